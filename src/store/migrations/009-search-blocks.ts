/**
 * Databases indexed for search by an earlier version get the current index (on SQLite, passages
 * numbered by document block instead of a row per passage); new databases have it already.
 */
import type { Kysely } from 'kysely';
import type { DialectAdapter } from '../dialects/adapter.js';

export async function up(db: Kysely<unknown>, a: DialectAdapter): Promise<void> {
  await a.search.upgrade?.(db);
}
