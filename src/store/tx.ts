/** The core's `Tx` port over Kysely: generic record reads and writes inside one transaction. */
import { sql, type Kysely } from 'kysely';
import { InUseError } from '../core/errors.js';
import type { EventRecord, Tx, Versioned, Where } from '../core/ports.js';
import type { CodeRecord, CodingRecord, DocumentText, Kind, Records } from '../core/records.js';
import type { DialectAdapter } from './dialects/adapter.js';
import type { Database } from './schema.js';
import { textCacheOf } from './text-cache.js';

// The columns stored before `text`: SQLite reaches any column after it only by walking the text's
// and the original file's overflow pages, which costs as much as reading them.
const DOCUMENT_HEAD = ['id', 'projectId', 'name', 'kind', 'caseId', 'sequence'] as const;

// SQLite allows 32,766 bound parameters per statement; stay well below it.
const CHUNK = 400;

// Bound parameters of one multi-row INSERT, below both PostgreSQL's limit (65,535) and SQLite's:
// few, large statements save a round trip and a parse each, and a transcript's turns fit in one.
export const INSERT_PARAMETERS = 30_000;

// Generic by kind, which Kysely's static table typing cannot follow; the Records types guard callers.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyQuery = any;

/**
 * A filter field listing more values than one statement should bind (deleting a code may take
 * thousands of segments' relations along): queries on it go a chunk of values at a time.
 */
function longList(where: object): { field: string; values: readonly unknown[] } | null {
  for (const [field, value] of Object.entries(where)) if (Array.isArray(value) && value.length > CHUNK) return { field, values: value };
  return null;
}

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Rows split so that no INSERT binds more than `limit` parameters: a row binds one per column. */
export function insertBatches<T extends object>(rows: readonly T[], limit = INSERT_PARAMETERS): T[][] {
  const columns = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) columns.add(key);
  return chunks(rows, Math.max(1, Math.floor(limit / Math.max(1, columns.size))));
}

/**
 * Codes ordered so that each comes after its parent: rows inserted one by one (or split across
 * statements) are checked against their parent as they go, and undo restores subtrees in any order.
 */
export function parentsFirst(codes: readonly CodeRecord[]): CodeRecord[] {
  const pending = new Map(codes.map((c) => [c.id, c]));
  const out: CodeRecord[] = [];
  const place = (c: CodeRecord): void => {
    if (!pending.delete(c.id)) return;
    const parent = c.parentId ? pending.get(c.parentId) : undefined;
    if (parent) place(parent);
    out.push(c);
  };
  for (const c of codes) place(c);
  return out;
}

/** Filters of `find`/`count`: null means IS NULL, an array means IN (an empty one matches nothing). */
export function applyWhere(query: AnyQuery, where: Record<string, unknown>): AnyQuery {
  let q = query;
  for (const [field, value] of Object.entries(where)) {
    if (value === undefined) continue;
    if (value === null) q = q.where(field, 'is', null);
    else if (Array.isArray(value)) q = value.length ? q.where(field, 'in', value) : q.where(sql<boolean>`1 = 0`);
    else q = q.where(field, '=', value);
  }
  return q;
}

/** Bytes go to the drivers as Buffers, which both accept for blob/bytea. */
function toDriver(row: object): object {
  const out: Record<string, unknown> = { ...row };
  for (const [k, v] of Object.entries(out)) if (v instanceof Uint8Array && !Buffer.isBuffer(v)) out[k] = Buffer.from(v);
  return out;
}

export class KyselyTx implements Tx {
  constructor(private readonly db: Kysely<Database>, private readonly adapter: DialectAdapter) {}

  private table(kind: Kind): AnyQuery {
    return this.db as AnyQuery;
  }

  async get<K extends Kind>(kind: K, id: string): Promise<Records[K] | undefined> {
    return this.table(kind).selectFrom(kind).selectAll().where('id', '=', id).executeTakeFirst();
  }

  async find<K extends Kind>(kind: K, where: Where<K>, options?: { limit?: number }): Promise<Records[K][]> {
    const long = longList(where);
    if (long) {
      const out: Records[K][] = [];
      for (const part of chunks(long.values)) out.push(...(await this.find(kind, { ...where, [long.field]: part } as Where<K>)));
      return options?.limit ? out.slice(0, options.limit) : out;
    }
    let q = applyWhere(this.table(kind).selectFrom(kind).selectAll(), where as Record<string, unknown>);
    if (options?.limit) q = q.limit(options.limit);
    return q.execute();
  }

  async documentNamed(projectId: string, name: string): Promise<DocumentText | undefined> {
    const head = await this.db.selectFrom('document').select(DOCUMENT_HEAD).where('projectId', '=', projectId).where('name', '=', name).executeTakeFirst();
    if (!head) return undefined;
    // Reading a transcript is most of what coding one costs; texts never change once imported.
    const cache = textCacheOf(this.adapter);
    let text = cache.get(head.id);
    if (text === undefined) {
      text = (await this.db.selectFrom('document').select('text').where('id', '=', head.id).executeTakeFirstOrThrow()).text;
      cache.set(head.id, text);
    }
    return { ...head, text, length: text.length };
  }

  async count<K extends Kind>(kind: K, where: Where<K>): Promise<number> {
    const long = longList(where);
    if (long) {
      let total = 0;
      for (const part of chunks(long.values)) total += await this.count(kind, { ...where, [long.field]: part } as Where<K>);
      return total;
    }
    const q = applyWhere(this.table(kind).selectFrom(kind).select(sql<number>`count(*)`.as('n')), where as Record<string, unknown>);
    const row = await q.executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  async insert<K extends Kind>(kind: K, rows: readonly Records[K][]): Promise<void> {
    if (kind === 'coding') rows = (await this.withDocuments(rows as readonly CodingRecord[])) as unknown as Records[K][];
    if (kind === 'code') rows = parentsFirst(rows as readonly CodeRecord[]) as unknown as Records[K][];
    if (this.adapter.insertRows) return this.adapter.insertRows(kind, rows);
    for (const part of insertBatches(rows)) await this.table(kind).insertInto(kind).values(part.map(toDriver)).execute();
  }

  /** Codings restored by undo data written before codings named their document get it from their segment. */
  private async withDocuments(rows: readonly CodingRecord[]): Promise<readonly CodingRecord[]> {
    const missing = rows.filter((r) => !r.documentId);
    if (missing.length === 0) return rows;
    const segments = await this.find('segment', { id: [...new Set(missing.map((r) => r.segmentId))] });
    const documentOf = new Map(segments.map((seg) => [seg.id, seg.documentId]));
    return rows.map((r) => (r.documentId ? r : { ...r, documentId: documentOf.get(r.segmentId)! }));
  }

  async update<K extends Kind>(kind: K, id: string, changes: Partial<Records[K]>): Promise<void> {
    if (Object.keys(changes).length === 0) return;
    await this.table(kind).updateTable(kind).set(toDriver(changes)).where('id', '=', id).execute();
  }

  async updateVersioned<K extends Versioned>(kind: K, id: string, version: number, changes: Partial<Records[K]>): Promise<boolean> {
    const r = await this.table(kind).updateTable(kind).set(toDriver(changes)).where('id', '=', id).where('version', '=', version).executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  async remove<K extends Kind>(kind: K, ids: readonly string[]): Promise<void> {
    try {
      for (const part of chunks(ids)) await this.table(kind).deleteFrom(kind).where('id', 'in', part).execute();
    } catch (err) {
      if (this.adapter.isForeignKeyViolation(err)) throw new InUseError(`That ${kind} is still used by other work.`);
      throw err;
    }
  }

  async max<K extends Kind>(kind: K, field: keyof Records[K] & string, where: Where<K>): Promise<number | null> {
    const q = applyWhere(this.table(kind).selectFrom(kind).select((eb: AnyQuery) => eb.fn.max(field).as('m')), where as Record<string, unknown>);
    const row = await q.executeTakeFirst();
    return row?.m === null || row?.m === undefined ? null : Number(row.m);
  }

  async lastUndoable(projectId: string, actorId: string): Promise<EventRecord | undefined> {
    return this.db
      .selectFrom('event')
      .selectAll()
      .where('projectId', '=', projectId)
      .where('actorId', '=', actorId)
      .where('command', '!=', 'undo')
      .where(({ not, exists, selectFrom }) =>
        not(exists(selectFrom('event as u').select('u.seq').whereRef('u.undoes', '=', 'event.seq'))),
      )
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst();
  }

  async recentEvents(projectId: string, actorId: string, limit: number): Promise<(EventRecord & { reverted: boolean })[]> {
    const rows = await this.db
      .selectFrom('event')
      .selectAll()
      .select(({ exists, selectFrom }) => exists(selectFrom('event as u').select('u.seq').whereRef('u.undoes', '=', 'event.seq')).as('reverted'))
      .where('projectId', '=', projectId)
      .where('actorId', '=', actorId)
      .orderBy('seq', 'desc')
      .limit(limit)
      .execute();
    return rows.map((r) => ({ ...r, reverted: !!r.reverted }));
  }
}

/** The commands' `Tx` over the store outside any transaction, so reads reuse the same resolvers. */
export function readTx(store: { adapter: DialectAdapter }): KyselyTx {
  return new KyselyTx(store.adapter.db, store.adapter);
}
