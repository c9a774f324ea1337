/** `sparks start` (what `npm start` runs): the demo project on first run, then the workbench in the browser. */
import type { Command as Cli } from 'commander';
import { CliContext } from '../context.js';
import { DEMO_PROJECT, ensureDemoProject } from '../demo-project.js';
import { serve, type ServeOptions } from './serve.js';

export function registerStart(program: Cli): void {
  program.command('start').description('prepare the demo project on first run and serve Sparks on this machine')
    .option('--host <address>', 'address to listen on', '127.0.0.1').option('--port <n>', 'port', '4173')
    .action(async (o: ServeOptions, cmd: Cli) => {
      const ctx = await CliContext.open(cmd);
      const created = await ensureDemoProject(ctx.store);
      const p = `"${DEMO_PROJECT}"`;
      await serve(ctx, o, () => [
        created
          ? `Created the demo project ${p}: the moments-of-meeting codebook and a small fictional study (six therapist interviews, two coders, memos).`
          : `The demo project ${p} is ready.`,
        'In the browser: open a document and select text to code it; the Code system, Segments, Memos and History',
        'tabs hold the rest, and "?" lists the keyboard shortcuts. Everything also works from `npx sparks --help`.',
        '',
      ]);
    });
}
