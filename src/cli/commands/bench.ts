/** `sparks bench`: generate a study, measure Sparks against its budgets, print the figures. */
import type { Command as Cli } from 'commander';
import { textReport } from '../../bench/report.js';
import { runBench } from '../../bench/run.js';
import type { GlobalOptions } from '../context.js';
import { usage } from '../errors.js';
import { progress } from '../progress.js';

interface BenchFlags { docs: string; coders: string; seed: string; json?: boolean }

function whole(value: string, flag: string, min: number, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw usage(`${flag} must be a whole number from ${min} to ${max.toLocaleString('en')}.`);
  return n;
}

export function registerBench(program: Cli): void {
  program.command('bench').description('measure Sparks on a generated study against its speed budgets')
    .option('--docs <n>', 'transcripts of about 10,000 words to generate', '2000')
    .option('--coders <n>', 'coders sharing the codings', '6')
    .option('--seed <n>', 'seed of the generated study', '1')
    .option('--json', 'print JSON')
    .action(async (flags: BenchFlags, cmd: Cli) => {
      const o = {
        docs: whole(flags.docs, '--docs', 1, 100_000), coders: whole(flags.coders, '--coders', 1, 100), seed: whole(flags.seed, '--seed', 0, 2 ** 31 - 1),
        // The default is a temporary database, never $SPARKS_DB: the benchmark writes a large study.
        db: cmd.optsWithGlobals<GlobalOptions>().db ?? null,
      };
      const report = await runBench(o, (label, total) => {
        const bar = progress(total, label);
        return { tick: () => bar.tick(), done: () => bar.stop() };
      });
      process.stdout.write(flags.json ? `${JSON.stringify(report, null, 2)}\n` : `${textReport(report)}\n`);
    });
}
