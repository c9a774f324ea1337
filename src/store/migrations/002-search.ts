/** Full-text search: the passage index of every document, kept by triggers (see the dialects' search.ts). */
import type { Kysely } from 'kysely';
import type { DialectAdapter } from '../dialects/adapter.js';

export async function up(db: Kysely<unknown>, a: DialectAdapter): Promise<void> {
  await a.search.install(db);
}
