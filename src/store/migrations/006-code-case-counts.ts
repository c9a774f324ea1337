/**
 * Codings counted by code, case, document kind and coder, kept by triggers on `coding` in the same
 * transaction as every change (commands, undo, redo alike). Frequency labels and the code × case
 * matrix read these counts, in key order, instead of grouping every coding of a large study.
 */
import { sql, type Kysely } from 'kysely';
import type { DialectAdapter } from '../dialects/adapter.js';

export async function up(db: Kysely<unknown>, a: DialectAdapter): Promise<void> {
  await db.schema.createTable('code_case_count')
    .addColumn('project_id', 'text', (c) => c.notNull())
    .addColumn('code_id', 'text', (c) => c.notNull())
    .addColumn('case_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('coder_id', 'text', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('code_case_count_key', ['project_id', 'code_id', 'case_id', 'kind', 'coder_id'])
    .execute();
  // The key plus the count: grouping by code and case reads this index alone, in order.
  await db.schema.createIndex('code_case_count_cover').on('code_case_count')
    .columns(['project_id', 'code_id', 'case_id', 'kind', 'coder_id', 'n']).execute();
  await sql`insert into code_case_count (project_id, code_id, case_id, kind, coder_id, n)
    select c.project_id, c.code_id, d.case_id, d.kind, c.coder_id, count(*) from coding c join document d on d.id = c.document_id
    where d.case_id is not null group by c.project_id, c.code_id, d.case_id, d.kind, c.coder_id`.execute(db);
  for (const statement of a.countTriggers) await sql.raw(statement).execute(db);
}
