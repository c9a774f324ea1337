/**
 * Recordings and pictures brought in from other programs: a document keeps which kind of media it
 * stands for and the path the other program gave it, so the reference survives and goes out again.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('document').addColumn('media_kind', 'text').execute();
  await db.schema.alterTable('document').addColumn('media_path', 'text').execute();
}
