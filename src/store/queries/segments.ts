/**
 * Retrieval: coded segments with their document, case, coder and codes, filtered in SQL by codes
 * (any, all, overlapping), documents, coders and case attributes, in pages or as a stream.
 */
import { setImmediate } from 'node:timers/promises';
import { sql, type ExpressionBuilder, type Expression, type RawBuilder, type SqlBool } from 'kysely';
import { formatPath } from '../../core/names.js';
import type { Database } from '../schema.js';
import type { Store } from '../store.js';
import { textCacheOf } from '../text-cache.js';
import { codeIdByPath, codeSubtreeIds, pathsOf } from './codes.js';
import { documentByName } from './documents.js';
import { userNamed } from './projects.js';

/** How several selected codes combine (MAXQDA's "overlapping" is `overlap`). */
export type SegmentMode = 'any' | 'all' | 'overlap';
export type AttributeOperator = '=' | '!=' | '<' | '<=' | '>' | '>=';
/** A condition on the case attribute `key`; numbers compare as numbers. */
export interface AttributeCondition { key: string; op: AttributeOperator; value: string }

export interface SegmentFilter {
  /** Segments carrying any of these codes (one code with the codes below it, for instance). */
  codeIds?: string[];
  /** One group per selected code (the code and the codes below it), combined by `mode`. */
  codeGroups?: string[][];
  mode?: SegmentMode;
  documentId?: string; documentIds?: string[];
  coderId?: string; coderIds?: string[];
  caseId?: string;
  /** All must hold for the case of the segment's document. */
  attributes?: AttributeCondition[];
}

/** A filter as people write it: code paths, document and user names. */
export interface SegmentCriteria { codes: string[]; mode: SegmentMode; documents: string[]; coders: string[]; attributes: AttributeCondition[] }

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

type Scope = ExpressionBuilder<Database, 'segment' | 'document'>;
const NUMBER = /^-?\d+(\.\d+)?$/;
const OPERATOR_SQL: Record<AttributeOperator, string> = { '=': '=', '!=': '<>', '<': '<', '<=': '<=', '>': '>', '>=': '>=' };

/**
 * The condition that the case of the `document` in scope has an attribute matching `a`. A number
 * compares as a number (only with attributes stored as numbers: the CASE keeps PostgreSQL from
 * casting words); anything else compares as text.
 */
export function caseAttributeMatches(a: AttributeCondition): RawBuilder<SqlBool> {
  const numeric = NUMBER.test(a.value);
  const left = numeric
    ? sql`case when ${sql.ref('a.type')} = 'number' then cast(${sql.ref('a.value')} as double precision) end`
    : sql.ref('a.value');
  return sql<SqlBool>`exists (select 1 from attribute a where ${sql.ref('a.caseId')} = ${sql.ref('document.caseId')}
    and ${sql.ref('a.key')} = ${a.key} and ${left} ${sql.raw(OPERATOR_SQL[a.op])} ${numeric ? Number(a.value) : a.value})`;
}

/** Turn names into ids; an unknown code path, document or user is the lookups' one-sentence error. */
export async function resolveSegmentFilter(store: Store, projectId: string, c: SegmentCriteria): Promise<SegmentFilter> {
  const filter: SegmentFilter = { mode: c.mode };
  if (c.codes.length) {
    filter.codeGroups = [];
    for (const path of c.codes) filter.codeGroups.push(await codeSubtreeIds(store, projectId, await codeIdByPath(store, projectId, path)));
  }
  if (c.documents.length) filter.documentIds = await Promise.all(c.documents.map(async (d) => (await documentByName(store, projectId, d)).id));
  if (c.coders.length) filter.coderIds = await Promise.all(c.coders.map(async (u) => (await userNamed(store, u)).id));
  if (c.attributes.length) filter.attributes = c.attributes.map((a) => ({ ...a, key: a.key.normalize('NFC').trim(), value: a.value.normalize('NFC').trim() }));
  return filter;
}

/** Whether codes are chosen: then the search starts from their codings, which also fix the project. */
function byCodes(f: SegmentFilter): boolean {
  return !!f.codeIds || (f.codeGroups ?? []).length > 0;
}

function conditions(eb: Scope, f: SegmentFilter, projectId: string): Expression<SqlBool>[] {
  const out: Expression<SqlBool>[] = [];
  const docs = [...(f.documentIds ?? []), ...(f.documentId ? [f.documentId] : [])];
  if (docs.length) out.push(eb('segment.documentId', 'in', docs));
  const coders = [...(f.coderIds ?? []), ...(f.coderId ? [f.coderId] : [])];
  if (coders.length) out.push(eb('segment.createdBy', 'in', coders));
  if (f.caseId) out.push(eb('document.caseId', '=', f.caseId));
  // IN rather than a correlated EXISTS, so the database starts from the codes' codings (an index
  // range) instead of testing every segment of the project; a coding's project is its segment's.
  const carries = (ids: string[]) => eb('segment.id', 'in', eb.selectFrom('coding as f').select('f.segmentId')
    .where('f.projectId', '=', projectId).where('f.codeId', 'in', ids.length ? ids : ['']));
  if (f.codeIds) out.push(carries(f.codeIds));
  const groups = f.codeGroups ?? [];
  if (groups.length) {
    const mode = f.mode ?? 'any';
    if (mode === 'all') out.push(...groups.map(carries));
    else out.push(carries(groups.flat()));
    // Overlap: for every selected code, a segment carrying it shares some text with this one
    // (this segment itself counts); with coders chosen, only their segments count.
    if (mode === 'overlap') {
      for (const ids of groups) {
        let o = eb.selectFrom('segment as o').innerJoin('coding as oc', 'oc.segmentId', 'o.id').select('o.id')
          .whereRef('o.documentId', '=', 'segment.documentId')
          .whereRef('o.start', '<', 'segment.end').whereRef('o.end', '>', 'segment.start')
          .where('oc.codeId', 'in', ids);
        if (coders.length) o = o.where('o.createdBy', 'in', coders);
        out.push(eb.exists(o));
      }
    }
  }
  for (const a of f.attributes ?? []) {
    out.push(caseAttributeMatches(a));
  }
  return out;
}

function filtered(store: Store, projectId: string, f: SegmentFilter) {
  const q = store.adapter.db.selectFrom('segment')
    .innerJoin('document', 'document.id', 'segment.documentId')
    .where((eb) => eb.and(conditions(eb, f, projectId)));
  // With codes chosen, their codings already keep to the project; a second, unselective condition
  // on the segment's project would tempt SQLite (which keeps no statistics) to scan the project.
  return byCodes(f) ? q : q.where('segment.projectId', '=', projectId);
}

function rows(store: Store, projectId: string, f: SegmentFilter) {
  return filtered(store, projectId, f)
    .leftJoin('case', 'case.id', 'document.caseId')
    .innerJoin('user', 'user.id', 'segment.createdBy')
    .select([
      'segment.id', 'segment.documentId', 'segment.start', 'segment.end', 'segment.exact', 'segment.createdAt', 'segment.orphaned',
      'document.name as doc', 'case.label as caseLabel', 'user.name as coder',
    ])
    .orderBy('document.sequence').orderBy('segment.start').orderBy('segment.end').orderBy('segment.id');
}
type Row = Awaited<ReturnType<ReturnType<typeof rows>['execute']>>[number];

/** Segments in document order with all their codes. */
export async function listSegments(store: Store, projectId: string, filter: SegmentFilter = {}): Promise<SegmentListing[]> {
  const found = await rows(store, projectId, filter).execute();
  if (found.length === 0) return [];
  const codes = await codingsOf(store, await codeInfo(store, projectId), found.map((s) => s.id));
  return found.map((s) => ({
    id: s.id, doc: s.doc, case: s.caseLabel ?? null, start: s.start, end: s.end, text: s.exact,
    codes: (codes.get(s.id) ?? []).map((c) => c.path).sort(), coder: s.coder, createdAt: s.createdAt, orphaned: s.orphaned === 1,
  }));
}

/** How many segments match, and one page of them with their context. */
export async function querySegments(store: Store, projectId: string, filter: SegmentFilter, page: { limit: number; offset: number }): Promise<SegmentPage> {
  const count = await filtered(store, projectId, filter).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const found = await rows(store, projectId, filter).limit(page.limit).offset(page.offset).execute();
  return {
    total: Number(count.n), offset: page.offset, limit: page.limit,
    items: await hydrate(store, await codeInfo(store, projectId), found, textCacheOf(store)), coders: await segmentCoders(store, projectId),
  };
}

/**
 * Every matching segment, read in batches so an export never holds the whole list. Documents are
 * walked in order (those sharing a sequence number together) and each one's segments are paged by
 * key (start, end, id) along an index, so every batch costs the same however far the export is.
 */
export function eachSegment(store: Store, projectId: string, filter: SegmentFilter, batch = 500): AsyncGenerator<SegmentHit> {
  return inOrder(store, projectId, filter, batch, true);
}

/** A segment as exports print it: everything but the surrounding text. */
export type SegmentRow = Omit<SegmentHit, 'before' | 'after'>;

/** Like `eachSegment` without the surrounding text, which exports do not print: no document text is read. */
export function eachSegmentRow(store: Store, projectId: string, filter: SegmentFilter, batch = 500): AsyncGenerator<SegmentRow> {
  return inOrder(store, projectId, filter, batch, false);
}

async function* inOrder(store: Store, projectId: string, filter: SegmentFilter, batch: number, context: boolean): AsyncGenerator<SegmentHit> {
  const db = store.adapter.db;
  const info = await codeInfo(store, projectId);
  let docs = db.selectFrom('document').select(['id', 'sequence']).where('projectId', '=', projectId);
  const wanted = [...(filter.documentIds ?? []), ...(filter.documentId ? [filter.documentId] : [])];
  if (wanted.length) docs = docs.where('id', 'in', wanted);
  const order = await docs.orderBy('sequence').orderBy('id').execute();
  for (let i = 0; i < order.length;) {
    const group: string[] = [];
    for (const sequence = order[i]!.sequence; i < order.length && order[i]!.sequence === sequence; i++) group.push(order[i]!.id);
    // Only the texts of the documents at hand stay in memory.
    const texts = new Map<string, string>();
    for (let after: Row | null = null; ;) {
      let q = rows(store, projectId, filter).where('segment.documentId', 'in', group);
      if (after) {
        const { start, end, id } = after;
        q = q.where((eb) => eb.or([
          eb('segment.start', '>', start),
          eb.and([eb('segment.start', '=', start), eb('segment.end', '>', end)]),
          eb.and([eb('segment.start', '=', start), eb('segment.end', '=', end), eb('segment.id', '>', id)]),
        ]));
      }
      const found = await q.limit(batch).execute();
      // When one batch holds the documents' matches, read their codings through the documents.
      const whole = after === null && found.length < batch;
      yield* await hydrate(store, info, found, context ? texts : null, whole ? () => codingsOfDocuments(store, info, group, found) : undefined);
      // SQLite answers synchronously, so a long export would otherwise run on without a pause:
      // between batches, let other requests (another user's coding) have their turn.
      await setImmediate();
      if (found.length < batch) break;
      after = found[found.length - 1]!;
    }
  }
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

interface CodeInfo { paths: Map<string, string>; colors: Map<string, string | null> }

/** Every code's path and colour, read once per listing or export. */
async function codeInfo(store: Store, projectId: string): Promise<CodeInfo> {
  const codes = await store.adapter.db.selectFrom('code').select(['id', 'name', 'parentId', 'color']).where('projectId', '=', projectId).execute();
  const paths = new Map([...pathsOf(codes)].map(([id, path]) => [id, formatPath(path)]));
  return { paths, colors: new Map(codes.map((c) => [c.id, c.color])) };
}

async function codingsOf(store: Store, info: CodeInfo, segmentIds: string[]): Promise<Map<string, { path: string; color: string | null }[]>> {
  const codings: { segmentId: string; codeId: string }[] = [];
  for (let i = 0; i < segmentIds.length; i += 500) {
    // The segments are the project's, so their codings are too: look them up by segment alone.
    codings.push(...await store.adapter.db.selectFrom('coding').select(['segmentId', 'codeId'])
      .where('segmentId', 'in', segmentIds.slice(i, i + 500)).execute());
  }
  return grouped(info, codings);
}

/** The codings of `found`, read through their documents' segments: one join instead of a list of hundreds of ids. */
async function codingsOfDocuments(store: Store, info: CodeInfo, documentIds: string[], found: Row[]): ReturnType<typeof codingsOf> {
  const wanted = new Set(found.map((s) => s.id));
  const codings = await store.adapter.db.selectFrom('segment').innerJoin('coding', 'coding.segmentId', 'segment.id')
    .select(['coding.segmentId', 'coding.codeId']).where('segment.documentId', 'in', documentIds).execute();
  return grouped(info, codings.filter((c) => wanted.has(c.segmentId)));
}

function grouped(info: CodeInfo, codings: { segmentId: string; codeId: string }[]): Map<string, { path: string; color: string | null }[]> {
  const bySegment = new Map<string, { path: string; color: string | null }[]>();
  for (const c of codings) {
    const list = bySegment.get(c.segmentId) ?? [];
    list.push({ path: info.paths.get(c.codeId) ?? '?', color: info.colors.get(c.codeId) ?? null });
    bySegment.set(c.segmentId, list);
  }
  for (const list of bySegment.values()) list.sort((a, b) => a.path.localeCompare(b.path));
  return bySegment;
}

/** Where hydrate finds and keeps document texts: a plain Map for one export, the shared cache for pages. */
interface TextStore { has(id: string): boolean; get(id: string): string | undefined; set(id: string, text: string): unknown }

async function hydrate(
  store: Store, info: CodeInfo, found: Row[], texts: TextStore | null,
  codesOf: () => ReturnType<typeof codingsOf> = () => codingsOf(store, info, found.map((s) => s.id)),
): Promise<SegmentHit[]> {
  if (found.length === 0) return [];
  // Without texts (null) the context stays empty: exports print only the segment.
  const missing = texts ? [...new Set(found.map((s) => s.documentId))].filter((id) => !texts.has(id)) : [];
  if (texts && missing.length) {
    for (const d of await store.adapter.db.selectFrom('document').select(['id', 'text']).where('id', 'in', missing).execute()) texts.set(d.id, d.text);
  }
  const codes = await codesOf();
  return found.map((s) => {
    const text = texts?.get(s.documentId) ?? '';
    // An orphaned segment's offsets no longer point at its quote: show no context rather than wrong context.
    const around = s.orphaned === 1 || !texts ? { before: '', after: '' } : contextOf(text, s.start, s.end);
    return {
      id: s.id, documentId: s.documentId, doc: s.doc, case: s.caseLabel ?? null, start: s.start, end: s.end, text: s.exact,
      ...around, codes: codes.get(s.id) ?? [], coder: s.coder, createdAt: s.createdAt, orphaned: s.orphaned === 1,
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
