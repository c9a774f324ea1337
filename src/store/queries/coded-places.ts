/**
 * The coded places of a project's documents, read a batch of documents at a time, so an analysis of
 * half a million codings never holds them all: each batch is folded into the result and dropped.
 * Batches are small enough that reading one takes milliseconds, and other requests get a turn
 * between them.
 *
 * Each batch is its own statement: codings committed while an analysis runs may show in the later
 * batches and not the earlier ones. Every reader folds whole documents, so such an analysis counts
 * each document as it was at one moment, as if that coding had been made just before or just after.
 */
import { sql } from 'kysely';
import type { Store } from '../store.js';
import type { AnalysisScope } from './analysis.js';
import { coderConditions } from './scope.js';
import { inBatches, type BatchSizes } from './yield.js';

/** One coding at its place: the segment's span, the code, the coder and the exemplar mark. */
export interface CodedPlace { segmentId: string; documentId: string; start: number; end: number; codeId: string; coderId: string; exemplar: number }

/**
 * Documents per query, at first and at most: on SQLite a batch takes as many as are read in a few
 * milliseconds (some thousands of codings); on PostgreSQL, fifty per round trip.
 */
const BATCH: BatchSizes = { first: 10, most: 50 };

/** The documents in scope with their case, in interview order. */
export async function scopedDocuments(store: Store, projectId: string, scope: AnalysisScope): Promise<{ id: string; caseId: string | null }[]> {
  let q = store.adapter.db.selectFrom('document').select(['id', 'caseId']).where('projectId', '=', projectId);
  if (scope.kind) q = q.where('kind', '=', scope.kind);
  return q.orderBy('sequence').orderBy('createdAt').orderBy('id').execute();
}

/** Every coding in scope at its place (orphaned segments left out), batch by batch of documents. */
export async function* codedPlaceBatches(store: Store, documentIds: readonly string[], scope: AnalysisScope): AsyncGenerator<CodedPlace[]> {
  const db = store.adapter.db.withoutPlugins();
  const batches = inBatches(documentIds, BATCH, async (ids) => {
    const where = [sql`s.document_id in (${sql.join(ids)})`, sql`s.orphaned = 0`, ...coderConditions(scope, 'c.coder_id')];
    // Each document's segments along their index, each segment's codings along theirs.
    return (await sql<CodedPlace>`select s.id as "segmentId", s.document_id as "documentId", s.start as "start", s."end" as "end",
        c.code_id as "codeId", c.coder_id as "coderId", c.exemplar as "exemplar"
      from segment s join coding c on c.segment_id = s.id where ${sql.join(where, sql` and `)}`.execute(db)).rows;
  });
  for await (const rows of batches) if (rows.length) yield rows;
}
