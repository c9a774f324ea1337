/** `sparks backup FILE`: a consistent copy of the embedded database, taken while Sparks keeps running. */
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Command as Cli } from 'commander';
import { UserError } from '../../core/errors.js';
import { action } from '../context.js';

export function registerBackup(program: Cli): void {
  program.command('backup <file>')
    .description('copy the whole SQLite database to a new file, safely, even while Sparks is serving (PostgreSQL: use pg_dump)')
    .action(action(async (ctx, output: string) => {
      const { adapter } = ctx.store;
      if (!adapter.backupTo) {
        throw new UserError('This database is PostgreSQL, which has its own backup tool: run `pg_dump --format=custom --file=sparks.dump "URL"` (see the README).');
      }
      const file = resolve(output);
      if (!existsSync(dirname(file)) || !statSync(dirname(file)).isDirectory()) throw new UserError(`The folder ${dirname(file)} does not exist; create it or choose another place.`);
      if (existsSync(file)) throw new UserError(`${file} already exists; choose a new name (a backup never overwrites a file).`);
      // Written beside the target and renamed when whole: a stopped backup leaves no half file under its name.
      const part = `${file}.${process.pid}.part`;
      try {
        await adapter.backupTo(part);
        renameSync(part, file);
      } catch (err) {
        rmSync(part, { force: true });
        throw new UserError(`The backup could not be written (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}); check the free space and permissions of ${dirname(file)}.`);
      }
      process.stdout.write(`Backed up ${ctx.store.location} to ${file} (${(statSync(file).size / 1e6).toFixed(1)} MB).\n`);
    }));
}
