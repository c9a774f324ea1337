/**
 * Retrieval: coded segments with their document, case, coder and codes, filtered in SQL by codes
 * (any, all, overlapping), documents, coders and case attributes, in pages or as a stream.
 */
import type { Store } from '../store.js';
import { textCacheOf } from '../text-cache.js';
import { codeRefs, codingsOf, type CodesBySegment } from './segment-codes.js';
import { filteredSegments, type SegmentFilter } from './segment-filter.js';
import { pageKeys } from './segment-page.js';
import { segmentBatches, type StreamedDocument, type StreamedSegment } from './segment-stream.js';

export {
  caseAttributeMatches, resolveSegmentFilter,
  type AttributeCondition, type AttributeOperator, type SegmentCriteria, type SegmentFilter, type SegmentMode,
} from './segment-filter.js';

export interface SegmentListing {
  id: string; doc: string; case: string | null; start: number; end: number; text: string;
  codes: string[]; coder: string; createdAt: string; orphaned: boolean;
}

/** One retrieved segment with its surroundings, for reading and export. */
export interface SegmentHit {
  id: string; documentId: string; doc: string; case: string | null; start: number; end: number; text: string;
  /** Up to about 150 characters of the document around the segment, cut at word boundaries. */
  before: string; after: string;
  codes: { path: string; color: string | null }[]; coder: string; createdAt: string; orphaned: boolean;
}

/** One page of matches, with everyone who has made segments in the project (the coder choices). */
export interface SegmentPage { total: number; offset: number; limit: number; items: SegmentHit[]; coders: string[] }

function rows(store: Store, projectId: string, f: SegmentFilter) {
  return filteredSegments(store, projectId, f)
    .leftJoin('case', 'case.id', 'document.caseId')
    .innerJoin('user', 'user.id', 'segment.createdBy')
    .select([
      'segment.id', 'segment.documentId', 'segment.start', 'segment.end', 'segment.exact', 'segment.createdAt', 'segment.orphaned',
      'document.name as doc', 'case.label as caseLabel', 'user.name as coder',
    ])
    .orderBy('document.sequence').orderBy('segment.start').orderBy('segment.end').orderBy('segment.id');
}
type Row = Awaited<ReturnType<ReturnType<typeof rows>['execute']>>[number];

/** The page's segments, by id, with their document, case and coder. */
function pageRows(store: Store, ids: string[]): Promise<Row[]> {
  return store.adapter.db.selectFrom('segment')
    .innerJoin('document', 'document.id', 'segment.documentId')
    .leftJoin('case', 'case.id', 'document.caseId')
    .innerJoin('user', 'user.id', 'segment.createdBy')
    .select([
      'segment.id', 'segment.documentId', 'segment.start', 'segment.end', 'segment.exact', 'segment.createdAt', 'segment.orphaned',
      'document.name as doc', 'case.label as caseLabel', 'user.name as coder',
    ])
    .where('segment.id', 'in', ids.length ? ids : [''])
    .execute();
}

/** Segments in document order with all their codes. */
export async function listSegments(store: Store, projectId: string, filter: SegmentFilter = {}): Promise<SegmentListing[]> {
  const found = await rows(store, projectId, filter).execute();
  if (found.length === 0) return [];
  const codes = await codingsOf(store, await codeRefs(store, projectId), found.map((s) => s.id));
  return found.map((s) => ({
    id: s.id, doc: s.doc, case: s.caseLabel ?? null, start: s.start, end: s.end, text: s.exact,
    codes: (codes.get(s.id) ?? []).map((c) => c.path).sort(), coder: s.coder, createdAt: s.createdAt, orphaned: s.orphaned === 1,
  }));
}

/** How many segments match, and one page of them with their context. */
export async function querySegments(store: Store, projectId: string, filter: SegmentFilter, page: { limit: number; offset: number }): Promise<SegmentPage> {
  const { total, ids } = await pageKeys(store, projectId, filter, page);
  const byId = new Map((await pageRows(store, ids)).map((s) => [s.id, s]));
  // A segment removed since the page was found is left out.
  const found = ids.map((id) => byId.get(id)).filter((s): s is Row => s !== undefined);
  const refs = await codeRefs(store, projectId);
  return {
    total, offset: page.offset, limit: page.limit,
    items: hydrate(found, await codingsOf(store, refs, found.map((s) => s.id)), await textsOf(store, found, textCacheOf(store))),
    coders: await segmentCoders(store, projectId),
  };
}

/** Every matching segment with its context, read in batches so an export never holds the whole list. */
export async function* eachSegment(store: Store, projectId: string, filter: SegmentFilter, batch = 500): AsyncGenerator<SegmentHit> {
  // Only the texts of the documents at hand stay in memory.
  let texts = new Map<string, string>();
  for await (const { segments, documents, codes } of segmentBatches(store, projectId, filter, batch, true)) {
    const kept = new Map<string, string>();
    for (const id of documents.keys()) {
      const text = texts.get(id);
      if (text !== undefined) kept.set(id, text);
    }
    texts = await textsOf(store, segments, kept);
    for (const s of segments) {
      const row = rowOf(s, documents.get(s.documentId)!, codes);
      yield { ...row, ...around(row, texts.get(s.documentId) ?? '') };
    }
  }
}

/** A segment as exports print it: everything but the surrounding text. */
export type SegmentRow = Omit<SegmentHit, 'before' | 'after'>;

/** Like `eachSegment` without the surrounding text, which exports do not print: no document text is read. */
export async function* eachSegmentRow(store: Store, projectId: string, filter: SegmentFilter, batch = 500): AsyncGenerator<SegmentRow> {
  for await (const { segments, documents, codes } of segmentBatches(store, projectId, filter, batch, true)) {
    for (const s of segments) yield rowOf(s, documents.get(s.documentId)!, codes);
  }
}

function rowOf(s: StreamedSegment, d: StreamedDocument, codes: CodesBySegment): SegmentRow {
  return {
    id: s.id, documentId: s.documentId, doc: d.name, case: d.caseLabel ?? null, start: s.start, end: s.end, text: s.exact,
    codes: codes.get(s.id) ?? [], coder: s.coder, createdAt: s.createdAt!, orphaned: s.orphaned === 1,
  };
}

/** The users who made segments in the project, by name (the coder choices of a filter). */
export async function segmentCoders(store: Store, projectId: string): Promise<string[]> {
  // One index probe per user, rather than a pass over every segment of the project.
  const found = await store.adapter.db.selectFrom('user').select('user.name')
    .where(({ exists, selectFrom }) => exists(selectFrom('segment').select('segment.id')
      .where('segment.projectId', '=', projectId).whereRef('segment.createdBy', '=', 'user.id')))
    .orderBy('user.name').execute();
  return found.map((u) => u.name);
}

/** Where document texts are found and kept: the shared cache for pages, a plain Map for one export. */
interface TextStore { has(id: string): boolean; get(id: string): string | undefined; set(id: string, text: string): unknown }

/** `texts` with the texts of the documents of `found` added. */
async function textsOf<T extends TextStore>(store: Store, found: readonly { documentId: string }[], texts: T): Promise<T> {
  const missing = [...new Set(found.map((s) => s.documentId))].filter((id) => !texts.has(id));
  if (missing.length) {
    for (const d of await store.adapter.db.selectFrom('document').select(['id', 'text']).where('id', 'in', missing).execute()) texts.set(d.id, d.text);
  }
  return texts;
}

/** The context of a segment; an orphaned segment's offsets no longer point at its quote: none rather than wrong context. */
function around(s: { start: number; end: number; orphaned: boolean }, text: string): { before: string; after: string } {
  return s.orphaned ? { before: '', after: '' } : contextOf(text, s.start, s.end);
}

function hydrate(found: Row[], codes: CodesBySegment, texts: TextStore): SegmentHit[] {
  return found.map((s) => {
    const orphaned = s.orphaned === 1;
    return {
      id: s.id, documentId: s.documentId, doc: s.doc, case: s.caseLabel ?? null, start: s.start, end: s.end, text: s.exact,
      ...around({ ...s, orphaned }, texts.get(s.documentId) ?? ''), codes: codes.get(s.id) ?? [], coder: s.coder, createdAt: s.createdAt, orphaned,
    };
  });
}

/** Up to `size` characters on each side of [start, end), cut at word boundaries, with … where cut. */
export function contextOf(text: string, start: number, end: number, size = 150): { before: string; after: string } {
  const from = Math.max(0, start - size);
  let before = text.slice(from, start);
  if (from > 0 && !/\s/.test(text[from - 1]!)) {
    const cut = before.search(/\s/);
    if (cut >= 0) before = before.slice(cut + 1);
    else if (/^[\uDC00-\uDFFF]/.test(before)) before = before.slice(1);
  }
  if (from > 0) before = `…${before.trimStart()}`;
  const to = Math.min(text.length, end + size);
  let after = text.slice(end, to);
  if (to < text.length && !/\s/.test(text[to]!)) {
    const cut = after.search(/\s\S*$/);
    if (cut >= 0) after = after.slice(0, cut);
    else if (/[\uD800-\uDBFF]$/.test(after)) after = after.slice(0, -1);
  }
  if (to < text.length) after = `${after.trimEnd()}…`;
  return { before, after };
}

/** The id of the coding of `codeId` on a segment of the project, if there is one. */
export async function codingOn(store: Store, projectId: string, segmentId: string, codeId: string): Promise<string | undefined> {
  const row = await store.adapter.db.selectFrom('coding').select('id')
    .where('projectId', '=', projectId).where('segmentId', '=', segmentId).where('codeId', '=', codeId).executeTakeFirst();
  return row?.id;
}
