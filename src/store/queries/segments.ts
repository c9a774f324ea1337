/** Retrieval: coded segments with their document, case, coder and codes. */
import { formatPath } from '../../core/names.js';
import type { Store } from '../store.js';
import { pathsOf } from './codes.js';

export interface SegmentFilter { codeIds?: string[]; documentId?: string; coderId?: string; caseId?: string }

export interface SegmentListing {
  id: string; doc: string; case: string | null; start: number; end: number; text: string;
  codes: string[]; coder: string; createdAt: string; orphaned: boolean;
}

/** Segments in document order; `codeIds` keeps segments carrying any of those codes (all their codes are listed). */
export async function listSegments(store: Store, projectId: string, filter: SegmentFilter = {}): Promise<SegmentListing[]> {
  const db = store.adapter.db;
  let q = db.selectFrom('segment')
    .innerJoin('document', 'document.id', 'segment.documentId')
    .leftJoin('case', 'case.id', 'document.caseId')
    .innerJoin('user', 'user.id', 'segment.createdBy')
    .select([
      'segment.id', 'segment.start', 'segment.end', 'segment.exact', 'segment.createdAt', 'segment.orphaned',
      'document.name as doc', 'document.sequence', 'case.label as caseLabel', 'user.name as coder',
    ])
    .where('segment.projectId', '=', projectId);
  if (filter.documentId) q = q.where('segment.documentId', '=', filter.documentId);
  if (filter.coderId) q = q.where('segment.createdBy', '=', filter.coderId);
  if (filter.caseId) q = q.where('document.caseId', '=', filter.caseId);
  if (filter.codeIds) {
    const ids = filter.codeIds;
    q = q.where(({ exists, selectFrom }) =>
      exists(selectFrom('coding as f').select('f.id').whereRef('f.segmentId', '=', 'segment.id').where('f.codeId', 'in', ids.length ? ids : [''])),
    );
  }
  const segments = await q.orderBy('document.sequence').orderBy('segment.start').orderBy('segment.end').execute();
  if (segments.length === 0) return [];
  const codes = await db.selectFrom('code').select(['id', 'name', 'parentId']).where('projectId', '=', projectId).execute();
  const paths = pathsOf(codes);
  const codings = await db.selectFrom('coding').select(['segmentId', 'codeId']).where('projectId', '=', projectId).execute();
  const bySegment = new Map<string, string[]>();
  for (const c of codings) bySegment.set(c.segmentId, [...(bySegment.get(c.segmentId) ?? []), formatPath(paths.get(c.codeId) ?? ['?'])]);
  return segments.map((s) => ({
    id: s.id, doc: s.doc, case: s.caseLabel ?? null, start: s.start, end: s.end, text: s.exact,
    codes: (bySegment.get(s.id) ?? []).sort(), coder: s.coder, createdAt: s.createdAt, orphaned: s.orphaned === 1,
  }));
}

/** The id of the coding of `codeId` on a segment of the project, if there is one. */
export async function codingOn(store: Store, projectId: string, segmentId: string, codeId: string): Promise<string | undefined> {
  const row = await store.adapter.db.selectFrom('coding').select('id')
    .where('projectId', '=', projectId).where('segmentId', '=', segmentId).where('codeId', '=', codeId).executeTakeFirst();
  return row?.id;
}
