/**
 * Login sessions, in the database so every server process over it knows every session: a logout
 * or a password change in one process ends the sessions held in the others. The row is keyed by
 * the SHA-256 of the cookie's id, never the id itself, so a copy of the database logs nobody in.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createTable('session')
    .addColumn('id_hash', 'text', (c) => c.primaryKey())
    // Unlike the research records, a session is nothing to keep once its user is gone.
    .addColumn('user_id', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_seen', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('session_user').on('session').column('user_id').execute();
}
