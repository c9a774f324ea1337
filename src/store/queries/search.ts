/**
 * Full-text search over a project's transcripts. The dialect's index finds matching passages
 * (paragraphs; in transcripts, speaker turns or parts of them) in SQL, filtered by document, case
 * attribute and code; each match is then located to the exact offset inside its passage.
 */
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import { findMatches, type Range } from '../../core/search-match.js';
import { parseSearch, positiveTerms, type SearchNode, type SearchTerm } from '../../core/search-query.js';
import type { PassageRow } from '../dialects/adapter.js';
import type { Database } from '../schema.js';
import type { Store } from '../store.js';
import { caseAttributeMatches, contextOf, resolveSegmentFilter, type AttributeCondition } from './segments.js';
import { giveWay } from './yield.js';

export const SEARCH_PAGE = 50;
const CONTEXT = 80;

/** Filters as people write them: document names, attribute conditions, a code path. */
export interface SearchOptions {
  documents?: string[];
  attributes?: AttributeCondition[];
  /** Only matches inside segments coded with this code or a code below it. */
  code?: string | null;
  /** With `code`, only segments this coder coded (blind coding). */
  coderId?: string | null;
  /** Passages per page (default 50) and how many to skip. */
  limit?: number;
  offset?: number;
}

/** One occurrence of a searched word or phrase, with its surroundings. */
export interface SearchHit {
  documentId: string; document: string; case: string | null;
  /** Exact UTF-16 offsets of the match in the document's canonical text. */
  start: number; end: number; text: string;
  /** About 80 characters on each side, cut at word boundaries. */
  before: string; after: string;
  turnSpeaker: string | null;
}

/**
 * One page of matching passages as hits. `total` counts matching passages, and so do `offset`
 * and `limit`; a passage holding the words twice gives two hits.
 */
export interface SearchPage { total: number; offset: number; limit: number; hits: SearchHit[] }

/** A parsed search with its filters turned into ids. */
export interface ResolvedSearch {
  node: SearchNode; terms: SearchTerm[];
  documentIds?: string[]; attributes?: AttributeCondition[]; codeIds?: string[]; coderId?: string;
}

/** Parse the query (one-sentence error if malformed) and resolve names (one-sentence error if unknown). */
export async function resolveSearch(store: Store, projectId: string, query: string, o: SearchOptions = {}): Promise<ResolvedSearch> {
  const node = parseSearch(query);
  const f = await resolveSegmentFilter(store, projectId, {
    codes: o.code ? [o.code] : [], mode: 'any', documents: o.documents ?? [], coders: [], attributes: o.attributes ?? [],
  });
  return {
    node, terms: positiveTerms(node),
    ...(f.documentIds ? { documentIds: f.documentIds } : {}),
    ...(f.attributes ? { attributes: f.attributes } : {}),
    ...(f.codeGroups ? { codeIds: f.codeGroups.flat() } : {}),
    ...(o.coderId ? { coderId: o.coderId } : {}),
  };
}

type Scope = ExpressionBuilder<Database & { m: PassageRow }, 'm' | 'document'>;

function conditions(eb: Scope, r: ResolvedSearch): Expression<SqlBool>[] {
  const out: Expression<SqlBool>[] = [];
  if (r.documentIds) out.push(eb('m.documentId', 'in', r.documentIds.length ? r.documentIds : ['']));
  for (const a of r.attributes ?? []) out.push(caseAttributeMatches(a));
  if (r.codeIds) {
    out.push(eb.exists(eb.selectFrom('segment as s').innerJoin('coding as c', 'c.segmentId', 's.id').select('s.id')
      .whereRef('s.documentId', '=', 'm.documentId').whereRef('s.start', '<', 'm.end').whereRef('s.end', '>', 'm.start')
      .where('c.codeId', 'in', r.codeIds.length ? r.codeIds : [''])
      .$if(!!r.coderId, (q) => q.where('c.coderId', '=', r.coderId!))));
  }
  return out;
}

/** Every matching passage of the database, as the subquery `m`. */
function matching(store: Store, r: ResolvedSearch) {
  const passages = sql<PassageRow>`(${store.adapter.search.matching(r.node)})`.as('m');
  return store.adapter.db.withTables<{ m: PassageRow }>().selectFrom(passages);
}

/**
 * The project's matching passages, joined to their documents (for order, names and attribute
 * filters). The project is tested on the document, so PostgreSQL can walk a project's documents
 * in order and stop once a page is full.
 */
function matched(store: Store, projectId: string, r: ResolvedSearch) {
  return matching(store, r)
    .innerJoin('document', 'document.id', 'm.documentId')
    .where('document.projectId', '=', projectId)
    .where((eb) => eb.and(conditions(eb as unknown as Scope, r)));
}

/** How many passages match. Without attribute filters the index's own project column is enough. */
export async function countPassages(store: Store, projectId: string, r: ResolvedSearch): Promise<number> {
  if (r.attributes?.length) {
    const row = await matched(store, projectId, r).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  }
  const row = await matching(store, r)
    .where('m.projectId', '=', projectId)
    .where((eb) => eb.and(conditions(eb as unknown as Scope, r)))
    .select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A matching passage in document order, with its document, case, offsets and speaker. */
export interface PassageHit {
  id: number; documentId: string; document: string; caseLabel: string | null;
  start: number; end: number; speaker: string | null;
}

const LOCATE_BATCH = 500;

/**
 * Matching passages in document order, `limit` of them from `offset` (all without a page). They
 * are ordered by id within a document, so offsets and speakers are looked up for the page only.
 */
export async function passageRows(store: Store, projectId: string, r: ResolvedSearch, page?: { limit: number; offset: number }): Promise<PassageHit[]> {
  let q = matched(store, projectId, r).leftJoin('case', 'case.id', 'document.caseId')
    .select(['m.id', 'm.documentId', 'document.name as document', 'case.label as caseLabel'])
    .orderBy('document.sequence').orderBy('document.id').orderBy('m.id');
  if (page) q = q.limit(page.limit).offset(page.offset);
  const rows = await q.execute();
  const out: PassageHit[] = [];
  for (let i = 0; i < rows.length; i += LOCATE_BATCH) {
    const batch = rows.slice(i, i + LOCATE_BATCH);
    const offsets = await store.adapter.search.offsets(store.adapter.db, batch.map((p) => Number(p.id)));
    for (const p of batch) {
      // Auto-coding locates every match of the project, one speaker lookup each.
      await giveWay();
      const at = offsets.get(Number(p.id));
      if (!at) continue;
      out.push({ id: Number(p.id), documentId: p.documentId, document: p.document, caseLabel: p.caseLabel ?? null, ...at, speaker: await speakerAt(store, p.documentId, at) });
    }
  }
  return out;
}

/** The speaker of the last turn overlapping a passage. */
async function speakerAt(store: Store, documentId: string, at: Range): Promise<string | null> {
  const turn = await store.adapter.db.selectFrom('turn').select('speaker').where('documentId', '=', documentId)
    .where('start', '<', at.end).where('end', '>', at.start).orderBy('start', 'desc').limit(1).executeTakeFirst();
  return turn?.speaker ?? null;
}

/** Search a project: the total of matching passages and one page of them as hits. */
export async function searchText(store: Store, projectId: string, query: string, o: SearchOptions = {}): Promise<SearchPage> {
  const r = await resolveSearch(store, projectId, query, o);
  const limit = o.limit ?? SEARCH_PAGE;
  const offset = o.offset ?? 0;
  const [total, rows] = await Promise.all([countPassages(store, projectId, r), passageRows(store, projectId, r, { limit, offset })]);
  const texts = await documentTexts(store, rows.map((p) => p.documentId));
  const inside = r.codeIds ? await codedRanges(store, rows.map((p) => p.documentId), r.codeIds) : undefined;
  const hits: SearchHit[] = [];
  for (const p of rows) {
    const text = texts.get(p.documentId) ?? '';
    for (const m of matchesIn(text, p, r.terms, inside?.get(p.documentId))) {
      hits.push({
        documentId: p.documentId, document: p.document, case: p.caseLabel ?? null, start: m.start, end: m.end,
        text: text.slice(m.start, m.end), ...contextOf(text, m.start, m.end, CONTEXT), turnSpeaker: p.speaker ?? null,
      });
    }
  }
  return { total, offset, limit, hits };
}

/** The matches inside one passage, in document offsets; with `inside`, only those within one of its ranges. */
export function matchesIn(text: string, p: { start: number; end: number }, terms: readonly SearchTerm[], inside?: readonly Range[]): Range[] {
  const found = findMatches(text.slice(p.start, p.end), terms).map((m) => ({ start: m.start + p.start, end: m.end + p.start }));
  return inside ? found.filter((m) => inside.some((s) => s.start <= m.start && m.end <= s.end)) : found;
}

/** The canonical texts of some documents. */
export async function documentTexts(store: Store, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  const out = new Map<string, string>();
  for (let i = 0; i < unique.length; i += 200) {
    const rows = await store.adapter.db.selectFrom('document').select(['id', 'text']).where('id', 'in', unique.slice(i, i + 200)).execute();
    for (const d of rows) out.set(d.id, d.text);
  }
  return out;
}

/** The spans of segments coded with any of `codeIds`, per document. */
export async function codedRanges(store: Store, documentIds: readonly string[], codeIds: readonly string[]): Promise<Map<string, Range[]>> {
  const unique = [...new Set(documentIds)];
  const out = new Map<string, Range[]>();
  for (let i = 0; i < unique.length; i += 200) {
    const rows = await store.adapter.db.selectFrom('segment').innerJoin('coding', 'coding.segmentId', 'segment.id')
      .select(['segment.documentId', 'segment.start', 'segment.end'])
      .where('segment.documentId', 'in', unique.slice(i, i + 200)).where('coding.codeId', 'in', codeIds.length ? [...codeIds] : [''])
      .execute();
    for (const s of rows) out.set(s.documentId, [...(out.get(s.documentId) ?? []), { start: s.start, end: s.end }]);
  }
  return out;
}
