/** An in-memory `Tx` so core commands can be tested without a database. */
import { randomUUID } from 'node:crypto';
import type { CommandContext } from '../../src/core/commands/index.js';
import { PatchBuilder } from '../../src/core/patch.js';
import type { EventRecord, Tx, Where } from '../../src/core/ports.js';
import type { Kind, Records } from '../../src/core/records.js';

type Row = Record<string, unknown> & { id: string };

function matches(row: Row, where: Record<string, unknown>): boolean {
  return Object.entries(where).every(([k, v]) => {
    if (v === undefined) return true;
    if (Array.isArray(v)) return v.includes(row[k]);
    return v === null ? row[k] === null || row[k] === undefined : row[k] === v;
  });
}

export class MemoryTx implements Tx {
  readonly tables = new Map<Kind, Map<string, Row>>();
  readonly events: EventRecord[] = [];

  private table(kind: Kind): Map<string, Row> {
    let t = this.tables.get(kind);
    if (!t) this.tables.set(kind, (t = new Map()));
    return t;
  }
  async get<K extends Kind>(kind: K, id: string) {
    const row = this.table(kind).get(id);
    return row ? ({ ...row } as unknown as Records[K]) : undefined;
  }
  async find<K extends Kind>(kind: K, where: Where<K>, options?: { limit?: number }) {
    const rows = [...this.table(kind).values()].filter((r) => matches(r, where as Record<string, unknown>));
    return rows.slice(0, options?.limit ?? rows.length).map((r) => ({ ...r }) as unknown as Records[K]);
  }
  async documentNamed(projectId: string, name: string) {
    const [doc] = await this.find('document', { projectId, name });
    if (!doc) return undefined;
    const { id, kind, caseId, sequence, text, length } = doc;
    return { id, projectId, name, kind, caseId, sequence, text, length };
  }
  async count<K extends Kind>(kind: K, where: Where<K>) {
    return (await this.find(kind, where)).length;
  }
  async insert<K extends Kind>(kind: K, rows: readonly Records[K][]) {
    for (const r of rows as unknown as Row[]) {
      if (this.table(kind).has(r.id)) throw new Error(`duplicate ${kind} ${r.id}`);
      this.table(kind).set(r.id, { ...r });
    }
  }
  async update<K extends Kind>(kind: K, id: string, changes: Partial<Records[K]>) {
    const row = this.table(kind).get(id);
    if (row) Object.assign(row, changes);
  }
  async updateVersioned<K extends 'code' | 'memo' | 'relation' | 'model'>(kind: K, id: string, version: number, changes: Partial<Records[K]>) {
    const row = this.table(kind).get(id);
    if (!row || (row.version ?? 1) !== version) return false;
    Object.assign(row, changes);
    return true;
  }
  async remove<K extends Kind>(kind: K, ids: readonly string[]) {
    for (const id of ids) this.table(kind).delete(id);
  }
  async max<K extends Kind>(kind: K, field: keyof Records[K] & string, where: Where<K>) {
    const values = (await this.find(kind, where)).map((r) => Number((r as unknown as Record<string, unknown>)[field]));
    return values.length ? Math.max(...values) : null;
  }
  async lastUndoable(projectId: string, actorId: string) {
    const undone = new Set(this.events.map((e) => e.undoes));
    return [...this.events].reverse().find((e) => e.projectId === projectId && e.actorId === actorId && e.command !== 'undo' && !undone.has(e.seq));
  }
  async recentEvents(projectId: string, actorId: string, limit: number) {
    const reverted = new Set(this.events.map((e) => e.undoes));
    return [...this.events].reverse().filter((e) => e.projectId === projectId && e.actorId === actorId).slice(0, limit)
      .map((e) => ({ ...e, reverted: reverted.has(e.seq) }));
  }

  context(actorId: string, projectId: string | null): CommandContext {
    return { tx: this, actorId, projectId, now: '2026-01-01T00:00:00.000Z', newId: randomUUID, patch: new PatchBuilder() };
  }
}

/** An owner `u1` and project `p1` holding one document `d1` with `text`: the usual start of a command test. */
export async function seedProject(tx: MemoryTx, o: { project: string; document: string; text: string }): Promise<void> {
  await tx.insert('user', [{ id: 'u1', name: 'owner', email: null, passwordHash: null, isAdmin: 1, isLocalOwner: 1, createdAt: '' }]);
  await tx.insert('project', [{ id: 'p1', name: o.project, settings: '{}', createdAt: '' }]);
  await tx.insert('document', [{
    id: 'd1', projectId: 'p1', name: o.document, kind: 'interview', caseId: null, sequence: 1, text: o.text, length: o.text.length,
    original: new Uint8Array(), originalName: 'E1.txt', mime: 'text/plain', format: 'txt', contentHash: '', createdBy: 'u1', createdAt: '',
  }]);
}
