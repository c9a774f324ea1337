/** The `sparks` command line: parse, call the store and core, print. */
import { Command } from 'commander';
import { registerAgreement } from './commands/agreement.js';
import { registerAnalysis } from './commands/analysis.js';
import { registerBackup } from './commands/backup.js';
import { registerMatrix } from './commands/matrix.js';
import { registerReport } from './commands/report.js';
import { registerBench } from './commands/bench.js';
import { registerCases } from './commands/cases.js';
import { registerCodes } from './commands/code.js';
import { registerHistory } from './commands/history.js';
import { registerImport } from './commands/import.js';
import { registerMemos } from './commands/memo.js';
import { registerModels } from './commands/model.js';
import { registerRelations } from './commands/relation.js';
import { registerConsensus } from './commands/consensus.js';
import { registerPhases } from './commands/phases.js';
import { registerProjects } from './commands/project.js';
import { registerQdpx } from './commands/qdpx.js';
import { registerCodebook } from './commands/codebook.js';
import { registerSets } from './commands/sets.js';
import { registerSearch } from './commands/search.js';
import { registerRetrieval } from './commands/segments.js';
import { registerServe } from './commands/serve.js';
import { registerStart } from './commands/start.js';
import { report } from './errors.js';

export function buildProgram(): Command {
  const program = new Command('sparks')
    .description('Sparks: a workbench for qualitative psychotherapy research')
    .option('--db <location>', 'database file or postgres:// URL (default: $SPARKS_DB or ./sparks-data/sparks.db)')
    .option('--as <user>', 'act as this user (default: $SPARKS_USER or the local owner)')
    .showHelpAfterError('(run `sparks --help` for usage)')
    .exitOverride();
  for (const register of [registerProjects, registerPhases, registerCases, registerImport, registerCodes, registerRetrieval, registerSearch, registerAnalysis, registerAgreement, registerConsensus, registerMatrix, registerReport, registerMemos, registerRelations, registerModels, registerQdpx, registerCodebook, registerSets, registerHistory, registerBackup, registerServe, registerStart, registerBench]) {
    register(program);
  }
  // every sub-command reports usage errors with status 2 instead of exiting on its own
  const override = (cmd: Command): void => {
    cmd.exitOverride();
    cmd.commands.forEach(override);
  };
  override(program);
  return program;
}

try {
  await buildProgram().parseAsync(process.argv);
} catch (err) {
  process.exitCode = report(err);
}
