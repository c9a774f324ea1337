/**
 * Every segment matching a filter, in document order, read in batches so an export never holds the
 * whole list. Documents are walked in order (those sharing a sequence number together); their own
 * conditions (case, attributes) are tested once, with the list of documents, and each one's
 * segments are paged by key (start, end, id) along an index, so every batch costs the same however
 * far the export is.
 */
import type { Store } from '../store.js';
import { codeRefs, codingsOf, codingsOfDocuments, type CodesBySegment } from './segment-codes.js';
import { documentConditions, requiredCodes, segmentConditions, wantedDocuments, type SegmentFilter } from './segment-filter.js';
import { giveWay } from './yield.js';

export interface StreamedDocument { id: string; sequence: number; name: string; caseLabel: string | null }

/** One batch of matches in order, as the database gave them, with their documents and codes (in path order). */
export interface SegmentBatch {
  segments: StreamedSegment[];
  documents: ReadonlyMap<string, StreamedDocument>;
  codes: CodesBySegment;
}
export type StreamedSegment = Awaited<ReturnType<typeof segmentsOf>>[number];

/** The documents to walk, in order, with what every one of their segments shares. */
export function documentsOf(store: Store, projectId: string, filter: SegmentFilter): Promise<StreamedDocument[]> {
  const wanted = wantedDocuments(filter);
  const codes = requiredCodes(filter);
  return store.adapter.db.selectFrom('document').leftJoin('case', 'case.id', 'document.caseId')
    .select(['document.id', 'document.sequence', 'document.name', 'case.label as caseLabel'])
    .where('document.projectId', '=', projectId)
    .$if(wanted.length > 0, (q) => q.where('document.id', 'in', wanted))
    // With codes chosen, only documents with codings of them (a coding names its segment's document).
    .$if(codes !== null, (q) => q.where('document.id', 'in', (eb) => eb.selectFrom('coding as f').select('f.documentId')
      .where('f.projectId', '=', projectId).where('f.codeId', 'in', codes!.length ? codes! : [''])))
    .where((eb) => eb.and(documentConditions(eb, filter, projectId)))
    .orderBy('document.sequence').orderBy('document.id')
    .execute();
}

type Key = { start: number; end: number; id: string };

/**
 * One batch of the segments of `documentIds` after `after`, by key, with their coder; `detail`
 * adds what only some readers need (creation time, orphaned flag), which costs on every row.
 */
function segmentsOf(store: Store, projectId: string, filter: SegmentFilter, documentIds: string[], after: Key | null, batch: number, detail: boolean) {
  // The documents are the project's, so no condition on the segment's project is needed.
  return store.adapter.db.selectFrom('segment').innerJoin('user', 'user.id', 'segment.createdBy')
    .select(['segment.id', 'segment.documentId', 'segment.start', 'segment.end', 'segment.exact', 'user.name as coder'])
    .$if(detail, (q) => q.select(['segment.createdAt', 'segment.orphaned']))
    .where('segment.documentId', 'in', documentIds)
    .where((eb) => eb.and(segmentConditions(eb, filter, projectId, documentIds)))
    .$if(after !== null, (q) => q.where((eb) => {
      const { start, end, id } = after!;
      return eb.or([
        eb('segment.start', '>', start),
        eb.and([eb('segment.start', '=', start), eb('segment.end', '>', end)]),
        eb.and([eb('segment.start', '=', start), eb('segment.end', '=', end), eb('segment.id', '>', id)]),
      ]);
    }))
    .orderBy('segment.start').orderBy('segment.end').orderBy('segment.id')
    .limit(batch)
    .execute();
}

/** The matching segments, one batch (at most `batch` segments, never empty) at a time. */
export async function* segmentBatches(store: Store, projectId: string, filter: SegmentFilter, batch: number, detail: boolean): AsyncGenerator<SegmentBatch> {
  const refs = await codeRefs(store, projectId);
  const order = await documentsOf(store, projectId, filter);
  const byCode = requiredCodes(filter) !== null;
  for (let i = 0; i < order.length;) {
    const documents = new Map<string, StreamedDocument>();
    for (const sequence = order[i]!.sequence; i < order.length && order[i]!.sequence === sequence; i++) documents.set(order[i]!.id, order[i]!);
    const ids = [...documents.keys()];
    for (let after: Key | null = null; ;) {
      const segments = await segmentsOf(store, projectId, filter, ids, after, batch, detail);
      if (segments.length > 0) {
        // When one batch holds the documents' matches, and these are not a few chosen by code, read
        // their codings through the documents.
        const codes = after === null && segments.length < batch && !byCode
          ? await codingsOfDocuments(store, refs, ids, new Set(segments.map((s) => s.id)))
          : await codingsOf(store, refs, segments.map((s) => s.id));
        yield { segments, documents, codes };
      }
      // SQLite answers synchronously, so a long export would otherwise run on without a pause:
      // between batches, let other requests (another user's coding) have their turn.
      await giveWay();
      if (segments.length < batch) break;
      after = segments[segments.length - 1]!;
    }
  }
}
