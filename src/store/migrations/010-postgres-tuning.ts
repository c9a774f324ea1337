/**
 * PostgreSQL tuning for large studies. The trigger indexing a transcript's passages for search,
 * rewritten to cost a fraction of what it did per imported transcript. And statistics on how many
 * (code, case) pairs the coding counts hold: from each column's own statistics the planner expected
 * a tenth of the code × case matrix's groups, and hashed them into a table that spilled to disk
 * before sorting them again; knowing the number, it sorts once and groups in order, twice as fast
 * on 2,400 transcripts. SQLite has nothing to change.
 */
import { sql, type Kysely } from 'kysely';
import type { DialectAdapter } from '../dialects/adapter.js';
import { PASSAGE_TRIGGER_FUNCTION } from '../dialects/postgres/search.js';

export async function up(db: Kysely<unknown>, a: DialectAdapter): Promise<void> {
  if (a.name !== 'postgres') return;
  for (const statement of [
    PASSAGE_TRIGGER_FUNCTION,
    'create statistics if not exists code_case_total_groups (ndistinct) on project_id, code_id, case_id from code_case_total',
    'create statistics if not exists code_case_count_groups (ndistinct) on project_id, code_id, case_id, coder_id from code_case_count',
  ]) await sql.raw(statement).execute(db);
}
