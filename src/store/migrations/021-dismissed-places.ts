/**
 * Places the team, resolving disagreements, decided to leave uncoded: the consensus layer holds no
 * coding there, so the decision itself must be kept for the place to count as resolved.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createTable('dismissed_place')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull().references('project.id'))
    .addColumn('document_id', 'text', (c) => c.notNull().references('document.id'))
    .addColumn('start', 'integer', (c) => c.notNull())
    .addColumn('end', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('user.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('dismissed_place_document').on('dismissed_place').columns(['document_id', 'start']).execute();
}
