/**
 * Full-text search on PostgreSQL: a `passage` table with an accent-free tsvector per paragraph
 * and a GIN index, kept by a trigger on `document`. `unaccent` is a trusted extension; it is
 * installed once per database (in `public`) and wrapped in an IMMUTABLE function of this schema so
 * the trigger and the queries resolve it whatever the search_path.
 */
import { sql, type Kysely } from 'kysely';
import type { Range } from '../../../core/search-match.js';
import type { SearchNode } from '../../../core/search-query.js';
import type { PassageRow, SearchCapability } from '../adapter.js';

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

// Offsets must be UTF-16 code units, as in JavaScript: a character beyond the BMP (an emoji) counts
// twice. Those characters are counted by deleting them: a negated class spanning all of Unicode made
// the regular expression several times slower than the tsvectors themselves, and splitting on a
// plain string is cheaper than on a pattern.
const passages = (doc: string, from: string) => `
  insert into passage (document_id, start, "end", words)
  select ${doc}.id, l.start, l.start + l.len, to_tsvector('simple', sparks_unaccent(l.line))
  from ${from} lateral (
    select line, len, sum(len + 1) over (order by n) - len - 1 as start
    from (
      select line, n, char_length(line) + case when line ~ '[\\U00010000-\\U0010FFFF]'
        then char_length(line) - char_length(regexp_replace(line, '[\\U00010000-\\U0010FFFF]', '', 'g')) else 0 end as len
      from unnest(string_to_array(${doc}.text, E'\\n')) with ordinality as t(line, n)
    ) w
  ) l
  where l.line ~ '\\S'
  order by l.start;`;

/** The trigger function keeping a document's passages (migration 010 replaces earlier versions' with it). */
export const PASSAGE_TRIGGER_FUNCTION = `create or replace function passage_index() returns trigger language plpgsql as $$
  begin
    if tg_op <> 'INSERT' then delete from passage where document_id = old.id; end if;
    if tg_op <> 'DELETE' then ${passages('new', '')} end if;
    return null;
  end $$`;

export const postgresSearch: SearchCapability = {
  async install(db: Kysely<unknown>) {
    await sql.raw('create extension if not exists unaccent schema public').execute(db);
    const found = await sql<{ schema: string }>`select n.nspname as schema from pg_extension e
      join pg_namespace n on n.oid = e.extnamespace where e.extname = 'unaccent'`.execute(db);
    const ext = ident(found.rows[0]!.schema);
    const statements = [
      `create function sparks_unaccent(text) returns text language sql immutable strict parallel safe
         as $$ select ${ext}.unaccent('${ext}.unaccent'::regdictionary, $1) $$`,
      'create table passage (id bigserial primary key, document_id text not null, start integer not null, "end" integer not null, words tsvector not null)',
      'create index passage_document on passage (document_id, start)',
      'create index passage_words on passage using gin (words)',
      PASSAGE_TRIGGER_FUNCTION,
      'create trigger passage_on_write after insert or delete or update of text on document for each row execute function passage_index()',
      // Index what is already there, as the trigger would have.
      passages('d', 'document d,'),
    ];
    for (const s of statements) await sql.raw(s).execute(db);
  },
  matching(query) {
    // The query is built once (a one-row subquery), not once per row the index hands back.
    return sql<PassageRow>`select p.id, p.document_id, d.project_id, p.start, p."end"
      from (select to_tsquery('simple', sparks_unaccent(${toTsquery(query)})) as q) w
      join passage p on p.words @@ w.q join document d on d.id = p.document_id`;
  },
  async offsets(db, ids) {
    const out = new Map<number, Range>();
    if (ids.length === 0) return out;
    const rows = await db.selectFrom('passage' as never).select(['id', 'start', 'end'] as never[]).where('id' as never, 'in', [...ids] as never).execute();
    for (const r of rows as { id: number; start: number; end: number }[]) out.set(Number(r.id), { start: r.start, end: r.end });
    return out;
  },
};

/** tsquery syntax. Tokens hold only letters, digits and marks, so single quotes are enough. */
export function toTsquery(node: SearchNode): string {
  switch (node.kind) {
    case 'term': return `(${node.tokens.map((t, i) => `'${t}'${node.prefix && i === node.tokens.length - 1 ? ':*' : ''}`).join(' <-> ')})`;
    case 'or': return `(${node.items.map(toTsquery).join(' | ')})`;
    case 'not': return `!${toTsquery(node.item)}`;
    case 'and': return `(${node.items.map(toTsquery).join(' & ')})`;
  }
}
