/** Everything the document view needs in one read: text, turns, and each segment with its codings. */
import { UserError } from '../../core/errors.js';
import type { MediaKind } from '../../core/records.js';
import type { Store } from '../store.js';

export interface DocumentView {
  id: string; name: string; kind: string; case: string | null; text: string;
  /** A recording or picture brought in from another program: what it is and the path given for its file. */
  media?: { kind: MediaKind; path: string | null } | null;
  turns: { start: number; end: number; speaker: string; startMs: number | null; endMs: number | null }[];
  segments: { id: string; start: number; end: number; coder: string; orphaned: boolean; codings: { id: string; codeId: string; exemplar: boolean }[] }[];
}

/** The document with its turns and codings; `coderId` keeps only that coder's (blind coding). */
export async function documentView(store: Store, projectId: string, documentId: string, coderId?: string | null): Promise<DocumentView> {
  const db = store.adapter.db;
  const doc = await db.selectFrom('document').leftJoin('case', 'case.id', 'document.caseId')
    .select(['document.id', 'document.name', 'document.kind', 'document.text', 'case.label', 'document.mediaKind', 'document.mediaPath'])
    .where('document.projectId', '=', projectId).where('document.id', '=', documentId).executeTakeFirst();
  if (!doc) throw new UserError('That document does not exist in this project; it may have been removed.');
  const turns = await db.selectFrom('turn').select(['start', 'end', 'speaker', 'startMs', 'endMs'])
    .where('documentId', '=', documentId).orderBy('idx').execute();
  let q = db.selectFrom('segment').innerJoin('user', 'user.id', 'segment.createdBy')
    .innerJoin('coding', 'coding.segmentId', 'segment.id')
    .select(['segment.id', 'segment.start', 'segment.end', 'segment.orphaned', 'user.name as coder', 'coding.id as codingId', 'coding.codeId', 'coding.exemplar'])
    .where('segment.documentId', '=', documentId);
  if (coderId) q = q.where('coding.coderId', '=', coderId);
  const rows = await q.orderBy('segment.start').orderBy('segment.end').execute();
  const segments = new Map<string, DocumentView['segments'][number]>();
  for (const r of rows) {
    let s = segments.get(r.id);
    if (!s) segments.set(r.id, (s = { id: r.id, start: r.start, end: r.end, coder: r.coder, orphaned: r.orphaned === 1, codings: [] }));
    s.codings.push({ id: r.codingId, codeId: r.codeId, exemplar: r.exemplar === 1 });
  }
  return {
    id: doc.id, name: doc.name, kind: doc.kind, case: doc.label ?? null, text: doc.text, turns, segments: [...segments.values()],
    media: doc.mediaKind ? { kind: doc.mediaKind, path: doc.mediaPath ?? null } : null,
  };
}
