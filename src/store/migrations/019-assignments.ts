/**
 * Which coders code which documents: in a team study the first transcripts go to everyone (to
 * compare and calibrate) and the rest to one coder each. A document without rows is open to all.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createTable('assignment')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull().references('project.id'))
    .addColumn('document_id', 'text', (c) => c.notNull().references('document.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('user.id'))
    .addUniqueConstraint('assignment_document_user', ['document_id', 'user_id'])
    .execute();
  await db.schema.createIndex('assignment_project').on('assignment').columns(['project_id', 'user_id']).execute();
}
