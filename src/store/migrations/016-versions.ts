/**
 * Edit counters on codes and memos: an edit may name the version it was made on, and is refused
 * when someone else's edit came first, instead of silently overwriting it.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of ['code', 'memo']) {
    await db.schema.alterTable(table).addColumn('version', 'integer', (c) => c.notNull().defaultTo(1)).execute();
  }
}
