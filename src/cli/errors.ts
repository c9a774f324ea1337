/** How the command line reports failures: one sentence on stderr, exit 1 (failure) or 2 (wrong usage). */
import { CommanderError } from 'commander';
import { UserError } from '../core/errors.js';

/** A usage mistake found after parsing, such as a malformed option value. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export function usage(message: string): UsageError {
  return new UsageError(message);
}

/** Print the error and give the exit status it deserves. */
export function report(err: unknown): number {
  if (err instanceof CommanderError) {
    // commander has already printed its own message
    return err.exitCode === 0 ? 0 : 2;
  }
  if (err instanceof UsageError) {
    process.stderr.write(`${err.message}\n`);
    return 2;
  }
  if (err instanceof UserError) {
    process.stderr.write(`${err.message}\n`);
    return 1;
  }
  const message = err instanceof Error ? err.message : String(err);
  process.stderr.write(`Sparks failed unexpectedly: ${message}. Nothing was changed by the failed step; please report this with the command you ran.\n`);
  if (process.env.SPARKS_DEBUG && err instanceof Error) process.stderr.write(`${err.stack}\n`);
  return 1;
}
