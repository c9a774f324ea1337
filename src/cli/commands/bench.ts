/** `sparks bench`: generate a study, measure Sparks against its speed budgets, print the figures. */
import type { Command as Cli } from 'commander';
import { UserError } from '../../core/errors.js';
import type { Phases } from '../../bench/load.js';
import { teamTextReport, textReport } from '../../bench/report.js';
import { runBench } from '../../bench/run.js';
import { runTeamBench } from '../../bench/team.js';
import type { GlobalOptions } from '../context.js';
import { usage } from '../errors.js';
import { progress } from '../progress.js';

interface BenchFlags { docs: string; coders?: string; seed: string; team?: boolean; seconds?: string; json?: boolean }

function whole(value: string, flag: string, min: number, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw usage(`${flag} must be a whole number from ${min} to ${max.toLocaleString('en')}.`);
  return n;
}

const phases: Phases = (label, total) => {
  const bar = progress(total, label);
  return { tick: () => bar.tick(), done: () => bar.stop() };
};

export function registerBench(program: Cli): void {
  program.command('bench').description('measure Sparks on a generated study against its speed budgets')
    .option('--docs <n>', 'transcripts of about 10,000 words to generate', '2000')
    .option('--coders <n>', 'coders sharing the codings (default 6; with --team, simulated coders writing at once, default 20)')
    .option('--seed <n>', 'seed of the generated study', '1')
    .option('--team', 'load test instead: coders applying codes and saving memos over HTTP while the full export runs, then check every acknowledged write')
    .option('--seconds <n>', 'with --team, how long the coders write (default 60)')
    .option('--json', 'print JSON')
    .action(async (flags: BenchFlags, cmd: Cli) => {
      // The default is a temporary database, never $SPARKS_DB: the benchmark writes a large study.
      const db = cmd.optsWithGlobals<GlobalOptions>().db ?? null;
      const seed = whole(flags.seed, '--seed', 0, 2 ** 31 - 1);
      if (flags.team) {
        if (cmd.getOptionValueSource('docs') === 'cli') throw usage('--docs does not apply to --team, which loads a fixed study of 10 documents.');
        const o = { db, seed, coders: whole(flags.coders ?? '20', '--coders', 1, 100), seconds: whole(flags.seconds ?? '60', '--seconds', 1, 3600) };
        const report = await runTeamBench(o, phases);
        process.stdout.write(flags.json ? `${JSON.stringify(report, null, 2)}\n` : `${teamTextReport(report)}\n`);
        const failed = report.checks.filter((c) => !c.pass);
        if (failed.length) {
          throw new UserError(`The database does not match the acknowledged writes: ${failed.map((c) => `${c.name.charAt(0).toLowerCase()}${c.name.slice(1)} (expected ${c.expected}, found ${c.actual})`).join('; ')}.`);
        }
        return;
      }
      if (flags.seconds !== undefined) throw usage('--seconds applies only with --team.');
      const o = { docs: whole(flags.docs, '--docs', 1, 100_000), coders: whole(flags.coders ?? '6', '--coders', 1, 100), seed, db };
      const report = await runBench(o, phases);
      process.stdout.write(flags.json ? `${JSON.stringify(report, null, 2)}\n` : `${textReport(report)}\n`);
    });
}
