/**
 * Codings counted by code, case and document kind across all coders, kept by triggers on `coding`
 * like 006's per-coder counts. With a team coding the same study the per-coder table holds several
 * times more rows; analyses of everyone's codings read this one instead.
 */
import { sql, type Kysely } from 'kysely';
import type { DialectAdapter } from '../dialects/adapter.js';

export async function up(db: Kysely<unknown>, a: DialectAdapter): Promise<void> {
  for (const statement of a.totalSchema) await sql.raw(statement).execute(db);
  await sql`insert into code_case_total (project_id, code_id, case_id, kind, n)
    select c.project_id, c.code_id, d.case_id, d.kind, count(*) from coding c join document d on d.id = c.document_id
    where d.case_id is not null group by c.project_id, c.code_id, d.case_id, d.kind`.execute(db);
}
