/**
 * A covering index of what lists of documents show. SQLite stores a row's columns in order, and
 * every column after `text` and `original` sits behind their overflow pages: reading a document's
 * length or file name walked the whole transcript and file, seconds for a list of 2,000. PostgreSQL
 * keeps large values out of line, so its rows stay small and need no such index.
 */
import type { Kysely } from 'kysely';
import type { DialectAdapter } from '../dialects/adapter.js';

export async function up(db: Kysely<unknown>, a: DialectAdapter): Promise<void> {
  if (a.name !== 'sqlite') return;
  await db.schema.createIndex('document_listing').on('document')
    .columns(['project_id', 'sequence', 'id', 'name', 'kind', 'case_id', 'length', 'format', 'original_name', 'created_at']).execute();
}
