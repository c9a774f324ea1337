/** The codes on retrieved segments: each code's path and colour, and the codings of a set of segments. */
import { formatPath } from '../../core/names.js';
import type { Store } from '../store.js';
import { pathsOf } from './codes.js';

/** A code as a retrieved segment shows it; one shared, frozen object per code. */
export interface CodeRef { readonly path: string; readonly color: string | null }

/** Every code of a project by id. */
export type CodeRefs = ReadonlyMap<string, CodeRef>;

const UNKNOWN: CodeRef = Object.freeze({ path: '?', color: null });

/** Every code's path and colour, read once per listing or export. */
export async function codeRefs(store: Store, projectId: string): Promise<CodeRefs> {
  const codes = await store.adapter.db.selectFrom('code').select(['id', 'name', 'parentId', 'color']).where('projectId', '=', projectId).execute();
  const paths = pathsOf(codes);
  return new Map(codes.map((c) => [c.id, Object.freeze({ path: formatPath(paths.get(c.id)!), color: c.color })]));
}

export type CodesBySegment = Map<string, CodeRef[]>;

/** The codings of some segments of the project, looked up by segment. */
export async function codingsOf(store: Store, refs: CodeRefs, segmentIds: string[]): Promise<CodesBySegment> {
  const codings: { segmentId: string; codeId: string }[] = [];
  for (let i = 0; i < segmentIds.length; i += 500) {
    // The segments are the project's, so their codings are too: look them up by segment alone.
    codings.push(...await store.adapter.db.selectFrom('coding').select(['segmentId', 'codeId'])
      .where('segmentId', 'in', segmentIds.slice(i, i + 500)).execute());
  }
  return grouped(refs, codings);
}

/**
 * The codings of the segments `wanted` of some documents, read through the documents: one index
 * range per document instead of a probe per segment. A coding names its segment's document.
 */
export async function codingsOfDocuments(store: Store, refs: CodeRefs, documentIds: string[], wanted: ReadonlySet<string>): Promise<CodesBySegment> {
  const codings = await store.adapter.db.selectFrom('coding').select(['segmentId', 'codeId'])
    .where('documentId', 'in', documentIds).execute();
  return grouped(refs, codings.filter((c) => wanted.has(c.segmentId)));
}

/** Each segment's codes in path order. */
function grouped(refs: CodeRefs, codings: { segmentId: string; codeId: string }[]): CodesBySegment {
  const bySegment: CodesBySegment = new Map();
  for (const c of codings) {
    const ref = refs.get(c.codeId) ?? UNKNOWN;
    const list = bySegment.get(c.segmentId);
    if (list) list.push(ref);
    else bySegment.set(c.segmentId, [ref]);
  }
  for (const list of bySegment.values()) if (list.length > 1) list.sort((a, b) => a.path.localeCompare(b.path));
  return bySegment;
}
