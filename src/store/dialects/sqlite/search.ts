/**
 * Full-text search on SQLite: a contentless FTS5 index (unicode61, diacritics removed) of each
 * document's passages, kept by triggers on `document`. A passage's rowid is its document's block
 * number shifted left 32 bits plus its ordinal among the document's passages, so every passage of
 * a document is one rowid range: the index needs no row per passage elsewhere, only one block row
 * per document (its project, for counting without visiting documents) and the passages' offsets
 * packed in one value. Passages are cut by functions registered on the connection, so offsets
 * are JavaScript's (UTF-16) and each document is split in one linear pass.
 */
import type { Database as RawDatabase } from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';
import type { SearchNode } from '../../../core/search-query.js';
import type { Range } from '../../../core/search-match.js';
import type { PassageRow, SearchCapability } from '../adapter.js';
import { toFts5 } from './fts5-query.js';

/** The non-blank lines of a text as `[start, end, text]`: the passages the index holds. */
export function passagesOf(text: string): [number, number, string][] {
  const out: [number, number, string][] = [];
  for (let start = 0; start <= text.length;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(start, end);
    if (/\S/u.test(line)) out.push([start, end, line]);
    start = end + 1;
  }
  return out;
}

// Offsets are packed as fixed-width decimal digits, so SQL reads passage k's with one substr.
const DIGITS = 10;
const SPAN_BYTES = 2 * DIGITS;

/** The passages' [start, end) offsets packed for `passage_span`. */
export function packSpans(passages: readonly [number, number, string][]): Buffer {
  return Buffer.from(passages.map(([s, e]) => `${String(s).padStart(DIGITS, '0')}${String(e).padStart(DIGITS, '0')}`).join(''), 'latin1');
}

/** The offsets of passage `ordinal` in a packed value. */
export function unpackSpan(spans: Uint8Array, ordinal: number): Range {
  const at = ordinal * SPAN_BYTES;
  const digits = Buffer.from(spans.buffer, spans.byteOffset, spans.byteLength).toString('latin1', at, at + SPAN_BYTES);
  return { start: Number(digits.slice(0, DIGITS)), end: Number(digits.slice(DIGITS)) };
}

let last: { text: string; passages: [number, number, string][] } = { text: '', passages: [] };
/** The triggers ask for the same document's passages twice (offsets, then index): cut them once. */
function passagesMemo(text: unknown): [number, number, string][] {
  if (typeof text !== 'string') return [];
  if (text !== last.text) last = { text, passages: passagesOf(text) };
  return last.passages;
}

/** Make `sparks_passage_spans(text)` and `sparks_passage_texts(text)` available to the triggers. */
export function registerPassageFunctions(raw: RawDatabase): void {
  raw.function('sparks_passage_spans', { deterministic: true }, (text: unknown) => packSpans(passagesMemo(text)));
  raw.function('sparks_passage_texts', { deterministic: true }, (text: unknown) => JSON.stringify(passagesMemo(text).map((p) => p[2])));
}

/** The rowid range of a block: `[block << 32, (block + 1) << 32)`. Block numbers stay below 2^21, within JavaScript's exact integers. */
const BLOCK_OF = (doc: string) => `(select no from passage_block where document_id = ${doc})`;
const addRows = `
  insert into passage_block (no, document_id, project_id) values ((select coalesce(max(no), 0) + 1 from passage_block), new.id, new.project_id);
  insert into passage_span (no, spans) values ((select max(no) from passage_block), sparks_passage_spans(new.text));
  insert into passage_fts (rowid, body)
    select ((select max(no) from passage_block) << 32) + j.key, j.value from json_each(sparks_passage_texts(new.text)) j;`;
const dropRows = `
  delete from passage_fts where rowid >= (${BLOCK_OF('old.id')} << 32) and rowid < ((${BLOCK_OF('old.id')} + 1) << 32);
  delete from passage_span where no = ${BLOCK_OF('old.id')};
  delete from passage_block where document_id = old.id;`;

// A correlated read, so only queries that use a passage's offsets (the code filter) pay for them.
const span = (part: 0 | 1) => `(select cast(substr(s.spans, (f.rowid & 4294967295) * ${SPAN_BYTES} + ${part * DIGITS + 1}, ${DIGITS}) as integer)
  from passage_span s where s.no = f.rowid >> 32)`;

export const sqliteSearch: SearchCapability = {
  async install(db: Kysely<unknown>) {
    const statements = [
      'create table passage_block (no integer primary key, document_id text not null unique, project_id text not null)',
      'create index passage_block_project on passage_block (project_id, no)',
      'create table passage_span (no integer primary key, spans blob not null)',
      // Contentless: the text lives once, in `document`; the index keeps only tokens.
      `create virtual table passage_fts using fts5(body, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2')`,
      `create trigger passage_on_insert after insert on document begin ${addRows} end`,
      `create trigger passage_on_delete after delete on document begin ${dropRows} end`,
      `create trigger passage_on_update after update of text on document begin ${dropRows} ${addRows} end`,
    ];
    for (const s of statements) await sql.raw(s).execute(db);
    // Index the documents already stored, in their order, as the trigger would have.
    for (const { id } of (await sql<{ id: string }>`select id from document order by rowid`.execute(db)).rows) {
      await sql`insert into passage_block (no, document_id, project_id)
        select (select coalesce(max(no), 0) + 1 from passage_block), id, project_id from document where id = ${id}`.execute(db);
      await sql`insert into passage_span (no, spans)
        select (select max(no) from passage_block), sparks_passage_spans(text) from document where id = ${id}`.execute(db);
      await sql`insert into passage_fts (rowid, body) select ((select max(no) from passage_block) << 32) + j.key, j.value
        from document d, json_each(sparks_passage_texts(d.text)) j where d.id = ${id}`.execute(db);
    }
  },
  async upgrade(db: Kysely<unknown>) {
    const old = await sql<{ n: number }>`select count(*) as n from sqlite_master where type = 'table' and name = 'passage'`.execute(db);
    if (Number(old.rows[0]!.n) === 0) return;
    for (const s of ['passage_on_insert', 'passage_on_delete', 'passage_on_update'].map((t) => `drop trigger if exists ${t}`).concat('drop table passage_fts', 'drop table passage')) {
      await sql.raw(s).execute(db);
    }
    await this.install(db);
  },
  matching(query: SearchNode) {
    return sql<PassageRow>`select f.rowid as id, b.document_id, b.project_id, ${sql.raw(span(0))} as start, ${sql.raw(span(1))} as "end"
      from passage_fts f join passage_block b on b.no = f.rowid >> 32 where passage_fts match ${toFts5(query)}`;
  },
  async offsets(db, ids) {
    const blocks = [...new Set(ids.map((id) => Math.floor(id / 2 ** 32)))];
    const out = new Map<number, Range>();
    if (blocks.length === 0) return out;
    const rows = (await sql<{ no: number; spans: Uint8Array }>`select no, spans from passage_span where no in (${sql.join(blocks)})`.execute(db)).rows;
    const spans = new Map(rows.map((r) => [Number(r.no), r.spans]));
    for (const id of ids) {
      const packed = spans.get(Math.floor(id / 2 ** 32));
      if (packed) out.set(id, unpackSpan(packed, id % 2 ** 32));
    }
    return out;
  },
};
