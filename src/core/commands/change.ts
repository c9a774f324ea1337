/** Changing fields of one row as part of a command, recording what undo puts back. */
import type { Versioned } from '../ports.js';
import type { Kind, Records } from '../records.js';
import type { CommandContext } from './command.js';
import { nextVersion, writeVersioned } from './versions.js';

const valuesOf = <R extends object>(row: R, keys: readonly string[]): Record<string, unknown> =>
  Object.fromEntries(keys.map((k) => [k, (row as Record<string, unknown>)[k]]));

/** Set `after` on a row that keeps no version. */
export async function changeRow<K extends Kind>(ctx: CommandContext, kind: K, row: Records[K], after: Partial<Records[K]>): Promise<Records[K]> {
  const before = valuesOf(row, Object.keys(after));
  await ctx.tx.update(kind, row.id, after);
  ctx.patch.changed(kind, row.id, before, after);
  return { ...row, ...after };
}

/**
 * Set `fields` on a versioned row (code, memo, relation, model) over the version it was read at,
 * moving its version on; `what` names it in the sentence when someone else's edit came first.
 */
export async function changeVersioned<K extends Versioned>(ctx: CommandContext, kind: K, row: Records[K], fields: Partial<Records[K]>, what: string): Promise<Records[K]> {
  const after = nextVersion(row, fields);
  const before = { ...valuesOf(row, Object.keys(after)), version: row.version ?? 1 };
  await writeVersioned(ctx.tx, kind, row, after, what);
  ctx.patch.changed(kind, row.id, before, after);
  return { ...row, ...after };
}
