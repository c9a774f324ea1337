/** Optimistic concurrency for edits of one object: the version an edit was made on must still be current. */
import { z } from 'zod';
import { ConflictError } from '../errors.js';
import type { Tx, Versioned } from '../ports.js';
import type { Records } from '../records.js';

/** The version the editor saw; absent, the edit applies to whatever is current (the command line's way). */
export const expectedVersion = z.number().int().min(1).nullish();

const conflict = (what: string, current: unknown) =>
  new ConflictError(`${what} was changed by someone else since you opened it; nothing was changed. Compare both versions, then save again.`, current);

/** Refuse an edit made on an older version, telling what changed; `what` names the object in the sentence. */
export function checkVersion<R extends { version?: number }>(current: R, expected: number | null | undefined, what: string): void {
  const now = current.version ?? 1;
  if (expected != null && expected !== now) throw conflict(what, current);
}

/**
 * Write an edit over the version it was read at. Two editors who read the same version at once
 * both pass `checkVersion`; the database then lets only the first write land, and the second is
 * told, with the object as the first left it.
 */
export async function writeVersioned<K extends Versioned>(tx: Tx, kind: K, read: Records[K], changes: Partial<Records[K]>, what: string): Promise<void> {
  if (await tx.updateVersioned(kind, read.id, read.version ?? 1, changes)) return;
  throw conflict(what, (await tx.get(kind, read.id)) ?? read);
}

/** The fields of an edit plus the next version number. */
export function nextVersion<R extends { version?: number }>(current: R, after: Partial<R>): Partial<R> {
  return { ...after, version: (current.version ?? 1) + 1 };
}
