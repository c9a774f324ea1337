/**
 * Codes by name within a project: a path such as `Category/Property` is resolved in one query for
 * all its levels (one round trip per coding on a server database), which looks names up without
 * knowing their parents yet.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('code_project_name').on('code').columns(['project_id', 'name']).execute();
}
