/**
 * The coded places of a project's documents, read a batch of documents at a time, so an analysis of
 * half a million codings never holds them all: each batch is folded into the result and dropped.
 */
import { sql } from 'kysely';
import type { Store } from '../store.js';
import type { AnalysisScope } from './analysis.js';

/** One coding at its place: the segment's span, the code, the coder and the exemplar mark. */
export interface CodedPlace { segmentId: string; documentId: string; start: number; end: number; codeId: string; coderId: string; exemplar: number }

/** Documents per query: a few hundred thousand codings at most in memory at once. */
const BATCH = 100;

/** The documents in scope with their case, in interview order. */
export async function scopedDocuments(store: Store, projectId: string, scope: AnalysisScope): Promise<{ id: string; caseId: string | null }[]> {
  let q = store.adapter.db.selectFrom('document').select(['id', 'caseId']).where('projectId', '=', projectId);
  if (scope.kind) q = q.where('kind', '=', scope.kind);
  return q.orderBy('sequence').orderBy('createdAt').orderBy('id').execute();
}

/** Every coding in scope at its place (orphaned segments left out), batch by batch of documents. */
export async function* codedPlaceBatches(store: Store, documentIds: readonly string[], scope: AnalysisScope): AsyncGenerator<CodedPlace[]> {
  const db = store.adapter.db.withoutPlugins();
  for (let i = 0; i < documentIds.length; i += BATCH) {
    const where = [sql`s.document_id in (${sql.join(documentIds.slice(i, i + BATCH))})`, sql`s.orphaned = 0`];
    if (scope.coderId) where.push(sql`c.coder_id = ${scope.coderId}`);
    // Each document's segments along their index, each segment's codings along theirs.
    const { rows } = await sql<CodedPlace>`select s.id as "segmentId", s.document_id as "documentId", s.start as "start", s."end" as "end",
        c.code_id as "codeId", c.coder_id as "coderId", c.exemplar as "exemplar"
      from segment s join coding c on c.segment_id = s.id where ${sql.join(where, sql` and `)}`.execute(db);
    if (rows.length) yield rows;
  }
}
