/**
 * Full-text search on SQLite: a contentless FTS5 index (unicode61, diacritics removed) of each
 * document's passages, filled and emptied by triggers on `document`. The passages are cut by a
 * function registered on the connection, so their offsets are JavaScript's (UTF-16) and each
 * document is split in one linear pass.
 */
import type { Database as RawDatabase } from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';
import type { SearchNode } from '../../../core/search-query.js';
import type { PassageRow, SearchCapability } from '../adapter.js';

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

let last = { text: '', json: '[]' };
/** The triggers ask twice for the same document's passages (rows, then index): answer once. */
function passagesJson(text: unknown): string {
  if (typeof text !== 'string') return '[]';
  if (text !== last.text) last = { text, json: JSON.stringify(passagesOf(text)) };
  return last.json;
}

/** Make `sparks_passages(text)` available to the triggers on this connection. */
export function registerPassageFunction(raw: RawDatabase): void {
  raw.function('sparks_passages', { deterministic: true }, passagesJson);
}

// Passage ids are allotted as one block after the highest (the subquery runs once per statement),
// so the index rows and the passage rows share ids without joining them back.
const NEXT = '(select coalesce(max(id), 0) + 1 from passage)';
const addRows = `
  insert into passage_fts (rowid, body)
    select ${NEXT} + j.key, j.value ->> 2 from json_each(sparks_passages(new.text)) j;
  insert into passage (id, document_id, start, "end")
    select ${NEXT} + j.key, new.id, j.value ->> 0, j.value ->> 1 from json_each(sparks_passages(new.text)) j;`;
const dropRows = `
  delete from passage_fts where rowid in (select id from passage where document_id = old.id);
  delete from passage where document_id = old.id;`;

export const sqliteSearch: SearchCapability = {
  async install(db: Kysely<unknown>) {
    const statements = [
      'create table passage (id integer primary key, document_id text not null, start integer not null, "end" integer not null)',
      'create index passage_document on passage (document_id, start)',
      // Contentless: the text lives once, in `document`; the index keeps only tokens.
      `create virtual table passage_fts using fts5(body, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2')`,
      `create trigger passage_on_insert after insert on document begin ${addRows} end`,
      `create trigger passage_on_delete after delete on document begin ${dropRows} end`,
      `create trigger passage_on_update after update of text on document begin ${dropRows} ${addRows} end`,
    ];
    for (const s of statements) await sql.raw(s).execute(db);
    // Index the documents already stored, one at a time, as the trigger would have.
    const next = sql.raw(NEXT);
    for (const { id } of (await sql<{ id: string }>`select id from document`.execute(db)).rows) {
      await sql`insert into passage_fts (rowid, body) select ${next} + j.key, j.value ->> 2
        from document d, json_each(sparks_passages(d.text)) j where d.id = ${id}`.execute(db);
      await sql`insert into passage (id, document_id, start, "end") select ${next} + j.key, d.id, j.value ->> 0, j.value ->> 1
        from document d, json_each(sparks_passages(d.text)) j where d.id = ${id}`.execute(db);
    }
  },
  matching(query) {
    return sql<PassageRow>`select p.id, p.document_id, p.start, p."end" from passage_fts f
      join passage p on p.id = f.rowid where passage_fts match ${toFts5(query)}`;
  },
};

/** FTS5 query syntax. Tokens hold only letters, digits and marks, so quoting them is enough. */
export function toFts5(node: SearchNode): string {
  switch (node.kind) {
    case 'term': return `"${node.tokens.join(' ')}"${node.prefix ? '*' : ''}`;
    case 'or': return `(${node.items.map(toFts5).join(' OR ')})`;
    case 'not': return toFts5(node.item);
    case 'and': {
      const wanted = node.items.filter((i) => i.kind !== 'not').map(toFts5).join(' AND ');
      const excluded = node.items.filter((i) => i.kind === 'not').map(toFts5);
      return excluded.length ? `(${wanted}) NOT (${excluded.join(' OR ')})` : `(${wanted})`;
    }
  }
}
