/**
 * Sets: named groups of codes, documents or memos, as other programs keep them (ATLAS.ti's code
 * and document groups, NVivo's and MAXQDA's sets), so a project brought in keeps its groupings.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createTable('object_set')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull().references('project.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('object_set_project').on('object_set').columns(['project_id', 'name']).execute();
  await db.schema.createTable('object_set_member')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('set_id', 'text', (c) => c.notNull().references('object_set.id'))
    .addColumn('target_type', 'text', (c) => c.notNull())
    .addColumn('target_id', 'text', (c) => c.notNull())
    .addUniqueConstraint('object_set_member_target', ['set_id', 'target_id'])
    .execute();
  await db.schema.createIndex('object_set_member_target_id').on('object_set_member').columns(['target_id']).execute();
}
