/** Optimistic concurrency for edits of one object: the version an edit was made on must still be current. */
import { z } from 'zod';
import { ConflictError } from '../errors.js';

/** The version the editor saw; absent, the edit applies to whatever is current (the command line's way). */
export const expectedVersion = z.number().int().min(1).nullish();

/** Refuse an edit made on an older version, telling what changed; `what` names the object in the sentence. */
export function checkVersion<R extends { version?: number }>(current: R, expected: number | null | undefined, what: string): void {
  const now = current.version ?? 1;
  if (expected != null && expected !== now) {
    throw new ConflictError(`${what} was changed by someone else since you opened it; nothing was changed. Compare both versions, then save again.`, current);
  }
}

/** The fields of an edit plus the next version number. */
export function nextVersion<R extends { version?: number }>(current: R, after: Partial<R>): Partial<R> {
  return { ...after, version: (current.version ?? 1) + 1 };
}
