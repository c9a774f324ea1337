/**
 * Indexes for the access paths of a large study (thousands of transcripts, hundreds of thousands
 * of codings), as `sparks bench` measures them. Each replaces or adds to one of 001's.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  const s = db.schema;
  // Import numbers a document after the project's last one: max(sequence) from an index instead
  // of a pass over every document. Exports walk documents in this order too.
  await s.createIndex('document_project_sequence').on('document').columns(['project_id', 'sequence']).execute();
  // A document's segments in reading order, the id last: the document view reads them in this
  // order and the streamed export pages through them by key instead of by OFFSET.
  await s.dropIndex('segment_document').execute();
  await s.createIndex('segment_document').on('segment').columns(['document_id', 'start', 'end', 'id']).execute();
  // Who coded in a project: one probe per user instead of a pass over every segment.
  await s.dropIndex('segment_project').execute();
  await s.createIndex('segment_project').on('segment').columns(['project_id', 'created_by']).execute();
  // Codings per code in a project (code list, matrix, frequency) and the segments carrying a
  // code (retrieval) straight from the index, without visiting the coding rows.
  await s.dropIndex('coding_project').execute();
  await s.createIndex('coding_project').on('coding').columns(['project_id', 'code_id', 'segment_id']).execute();
}
