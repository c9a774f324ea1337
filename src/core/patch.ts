/**
 * A patch is how a command is reverted: rows to remove, rows to put back, and field values to
 * restore. Commands build the patch that undoes them from the rows they touched, so undo needs no
 * per-command code and refuses, rather than overwrites, what others changed since.
 */
import { UserError } from './errors.js';
import type { Tx } from './ports.js';
import { KIND_ORDER, type Kind, type Records } from './records.js';

export type RowSet = { [K in Kind]?: Records[K][] };
export interface FieldRestore { kind: Kind; id: string; before: Record<string, unknown>; after: Record<string, unknown> }
export interface Patch { remove?: RowSet; insert?: RowSet; restore?: FieldRestore[] }

/** Collects a command's effects as it runs and yields the inverse patch. */
export class PatchBuilder {
  private readonly removes: RowSet = {};
  private readonly inserts: RowSet = {};
  private readonly restores: FieldRestore[] = [];

  /** Rows the command created: undo removes them. */
  created<K extends Kind>(kind: K, rows: readonly Records[K][]): void {
    const list = (this.removes[kind] ??= []) as Records[K][];
    list.push(...rows);
  }
  /** Rows the command deleted: undo inserts them again. */
  deleted<K extends Kind>(kind: K, rows: readonly Records[K][]): void {
    const list = (this.inserts[kind] ??= []) as Records[K][];
    list.push(...rows);
  }
  /** Fields the command changed: undo puts `before` back if they still hold `after`. */
  changed(kind: Kind, id: string, before: Record<string, unknown>, after: Record<string, unknown>): void {
    this.restores.push({ kind, id, before, after });
  }
  isEmpty(): boolean {
    return Object.keys(this.removes).length === 0 && Object.keys(this.inserts).length === 0 && this.restores.length === 0;
  }
  build(): Patch {
    return { remove: this.removes, insert: this.inserts, restore: this.restores };
  }
}

/** Remove keeps only ids in the log: the rows themselves are gone by the time anyone reads it. */
export function compactPatch(patch: Patch): Patch {
  const remove: RowSet = {};
  for (const kind of KIND_ORDER) {
    const rows = patch.remove?.[kind];
    if (rows?.length) (remove as Record<string, unknown[]>)[kind] = rows.map((r) => ({ id: r.id }));
  }
  return { ...patch, remove };
}

/**
 * Apply a patch: re-insert deleted rows (parents first), restore changed fields (which may point
 * at those rows again), then remove created rows (children first) once nothing points at them.
 * `record` collects the patch that reverts this application, which is what makes redo possible.
 */
export async function applyPatch(tx: Tx, patch: Patch, label: string, record?: PatchBuilder): Promise<void> {
  for (const kind of KIND_ORDER) {
    const rows = patch.insert?.[kind];
    if (!rows?.length) continue;
    await tx.insert(kind, rows as never);
    record?.created(kind, rows as never);
  }
  for (const r of patch.restore ?? []) {
    const current = (await tx.get(r.kind, r.id)) as Record<string, unknown> | undefined;
    if (!current) throw new UserError(`Cannot ${label}: the ${r.kind} it changed was deleted since.`);
    for (const [field, value] of Object.entries(r.after)) {
      // The version moves on at every undo and redo too; the fields themselves tell whether anyone changed them since.
      if (field === 'version') continue;
      if (current[field] !== value) {
        throw new UserError(`Cannot ${label}: the ${r.kind} was changed again since; change it back by hand.`);
      }
    }
    const restored: Record<string, unknown> = { ...r.before };
    const version = current.version;
    if (typeof version === 'number' && (r.kind === 'code' || r.kind === 'memo')) {
      // A version only moves forward: someone still editing the undone version must be told, and
      // an editor of the version before it must not be able to save over what came after.
      restored.version = version + 1;
      if (!(await tx.updateVersioned(r.kind, r.id, version, restored as never))) {
        throw new UserError(`Cannot ${label}: the ${r.kind} was changed again since; change it back by hand.`);
      }
    } else {
      await tx.update(r.kind, r.id, r.before as never);
    }
    record?.changed(r.kind, r.id, r.after, restored);
  }
  for (const kind of [...KIND_ORDER].reverse()) {
    const rows = patch.remove?.[kind];
    if (!rows?.length) continue;
    const ids = rows.map((r) => r.id);
    const present = await tx.count(kind, { id: ids } as never);
    if (present !== ids.length) throw new UserError(`Cannot ${label}: part of what it created was deleted since.`);
    if (record) record.deleted(kind, (await tx.find(kind, { id: ids } as never)) as never);
    await tx.remove(kind, ids);
  }
}

const BYTES = '$bytes';

/** A patch as the event log stores it: JSON, with byte columns (an imported file) as base64. */
export function serializePatch(patch: Patch): string {
  // The holder's own value, since a Node Buffer would already have gone through its toJSON.
  return JSON.stringify(patch, function (this: Record<string, unknown>, key: string, value: unknown) {
    const raw = this[key];
    return raw instanceof Uint8Array ? { [BYTES]: toBase64(raw) } : value;
  });
}

export function parsePatch(text: string): Patch {
  return JSON.parse(text, (_key, value: unknown) => {
    const encoded = (value as Record<string, unknown> | null)?.[BYTES];
    return typeof encoded === 'string' && Object.keys(value as object).length === 1 ? fromBase64(encoded) : value;
  }) as Patch;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
