/**
 * The triggers keeping `code_case_count` (migration 006) again, now deleting an emptied count by its
 * whole key: the first version looked at every count of the code, which made removing thousands of
 * codings (a merge, an undone auto-coding) several times slower.
 */
import { sql, type Kysely } from 'kysely';
import type { DialectAdapter } from '../dialects/adapter.js';

const OLD = {
  sqlite: ['drop trigger code_case_count_insert', 'drop trigger code_case_count_delete', 'drop trigger code_case_count_update'],
  postgres: ['drop trigger code_case_count_keep on coding', 'drop function code_case_count_keep()'],
};

export async function up(db: Kysely<unknown>, a: DialectAdapter): Promise<void> {
  for (const statement of [...OLD[a.name], ...a.countTriggers]) await sql.raw(statement).execute(db);
}
