/**
 * Each coding also names its document. A segment never changes document, so this copy never goes
 * stale, and counting codes per document or per case (frequency labels, saturation, matrices)
 * reads one index instead of joining every coding to its segment.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('coding').addColumn('document_id', 'text', (c) => c.references('document.id')).execute();
  await sql`update coding set document_id = (select s.document_id from segment s where s.id = coding.segment_id)`.execute(db);
  await db.schema.createIndex('coding_project_code_document').on('coding').columns(['project_id', 'code_id', 'document_id', 'coder_id']).execute();
}
