/** `sparks start` (what `npm start` runs until the web workbench exists): a ready demo project and a tour. */
import type { Command as Cli } from 'commander';
import { action } from '../context.js';
import { DEMO_PROJECT, ensureDemoProject } from '../demo-project.js';

export function registerStart(program: Cli): void {
  program.command('start').description('prepare the demo project and show how to use Sparks')
    .action(action(async (ctx) => {
      await ensureDemoProject(ctx.store);
      const p = `"${DEMO_PROJECT}"`;
      process.stdout.write([
        `Sparks is ready. Your data lives in ${ctx.store.location} (one file: copy it to back it up).`,
        '',
        `The demo project ${p} holds the moments-of-meeting codebook (4 categories, 41 properties), its interview guide,`,
        'and a small fictional study: six therapist interviews (T1–T6) with their attributes, codings by two coders, and memos.',
        'The web workbench is not part of this version yet; everything works from the command line:',
        '',
        `  npx sparks code list ${p}`,
        `  npx sparks segments ${p} --code "Triggers of moments of meeting/Humor"`,
        `  npx sparks case add ${p} T1 --attr gender=female --attr yearsOfExperience=22`,
        `  npx sparks import ${p} interview-T1.docx --case T1 --kind interview`,
        `  npx sparks code apply ${p} --doc interview-T1 --text "exact words" --code "Triggers of moments of meeting/Humor"`,
        `  npx sparks segments ${p} --code "Triggers of moments of meeting"`,
        `  npx sparks memo add ${p} --type reflexive --title "First read" --body "…" --link doc:interview-T1`,
        `  npx sparks undo ${p}        npx sparks log ${p}`,
        '',
        'Run `npx sparks --help` for every command; add --json to any of them for machine-readable output.',
        '',
      ].join('\n'));
    }));
}
