/**
 * Each document's codings, kept by triggers on `coding`: the Documents list showed the count of
 * every transcript by walking all codings of the project, a quarter of a second at 2,000
 * transcripts and half a million codings. A row reaching zero is removed, so a deleted document
 * leaves nothing behind.
 */
import { sql, type Kysely } from 'kysely';
import type { DialectAdapter } from '../dialects/adapter.js';

// A coding written without its document (only plain SQL does that) counts for none.
const SQLITE_ADD = (row: string) => `insert into document_total (document_id, codings)
  select ${row}.document_id, 1 where ${row}.document_id is not null
  on conflict (document_id) do update set codings = codings + 1;`;
const SQLITE_REMOVE = (row: string) => `update document_total set codings = codings - 1 where document_id = ${row}.document_id;
  delete from document_total where document_id = ${row}.document_id and codings <= 0;`;

const STATEMENTS: Record<DialectAdapter['name'], string[]> = {
  sqlite: [
    'create table document_total (document_id text primary key, codings integer not null) without rowid',
    `create trigger document_total_insert after insert on coding begin ${SQLITE_ADD('new')} end`,
    `create trigger document_total_delete after delete on coding begin ${SQLITE_REMOVE('old')} end`,
    `create trigger document_total_update after update of document_id on coding begin ${SQLITE_REMOVE('old')} ${SQLITE_ADD('new')} end`,
  ],
  postgres: [
    'create table document_total (document_id text primary key, codings integer not null)',
    `create function document_total_keep() returns trigger language plpgsql as $$
     begin
       if tg_op <> 'INSERT' then
         update document_total set codings = codings - 1 where document_id = old.document_id;
         delete from document_total where document_id = old.document_id and codings <= 0;
       end if;
       if tg_op <> 'DELETE' and new.document_id is not null then
         insert into document_total (document_id, codings) values (new.document_id, 1)
         on conflict (document_id) do update set codings = document_total.codings + 1;
       end if;
       return null;
     end $$`,
    `create trigger document_total_keep after insert or delete or update of document_id on coding
       for each row execute function document_total_keep()`,
  ],
};

export async function up(db: Kysely<unknown>, a: DialectAdapter): Promise<void> {
  for (const statement of STATEMENTS[a.name]) await sql.raw(statement).execute(db);
  await sql`insert into document_total (document_id, codings) select document_id, count(*) from coding where document_id is not null group by document_id`.execute(db);
}
