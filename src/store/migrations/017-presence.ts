/**
 * Who has an object open for editing (a memo): a heartbeat row per user and object, refreshed while
 * the editor is open, so every server process can tell the others who else is writing.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createTable('presence')
    .addColumn('project_id', 'text', (c) => c.notNull())
    .addColumn('object_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('seen_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('presence_key', ['project_id', 'object_id', 'user_id'])
    .execute();
}
