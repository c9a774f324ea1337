/**
 * Which segments a retrieval keeps, as SQL conditions: codes (any, all, overlapping), documents,
 * coders and case attributes. The conditions on the segment itself are kept apart from those on
 * its document, so an export can test the document once instead of once per segment.
 */
import { sql, type Expression, type ExpressionBuilder, type RawBuilder, type SqlBool } from 'kysely';
import type { Database } from '../schema.js';
import type { Store } from '../store.js';
import { codeIdByPath, codeSubtreeIds } from './codes.js';
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

const NUMBER = /^-?\d+(\.\d+)?$/;
const OPERATOR_SQL: Record<AttributeOperator, string> = { '=': '=', '!=': '<>', '<': '<', '<=': '<=', '>': '>', '>=': '>=' };

/**
 * The condition that the case of the `document` in scope has an attribute matching `a`. A number
 * compares as a number (only with attributes stored as numbers: the CASE keeps PostgreSQL from
 * casting words); anything else compares as text.
 */
export function caseAttributeMatches(a: AttributeCondition): RawBuilder<SqlBool> {
  return attributeOf('document.caseId', a);
}

/** The condition that the case `caseId` (a column reference) has an attribute matching `a`. */
function attributeOf(caseId: string, a: AttributeCondition): RawBuilder<SqlBool> {
  const numeric = NUMBER.test(a.value);
  const left = numeric
    ? sql`case when ${sql.ref('a.type')} = 'number' then cast(${sql.ref('a.value')} as double precision) end`
    : sql.ref('a.value');
  return sql<SqlBool>`exists (select 1 from attribute a where ${sql.ref('a.caseId')} = ${sql.ref(caseId)}
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

/**
 * When codes are chosen, codes one of which every match carries (a superset of what the filter
 * asks), so a walk through the documents can skip those without any of their codings.
 */
export function requiredCodes(f: SegmentFilter): string[] | null {
  if (f.codeIds) return f.codeIds;
  const groups = f.codeGroups ?? [];
  if (groups.length === 0) return null;
  return f.mode === 'all' ? groups[0]! : groups.flat();
}

/** The documents the filter names, if it names any. */
export function wantedDocuments(f: SegmentFilter): string[] {
  return [...(f.documentIds ?? []), ...(f.documentId ? [f.documentId] : [])];
}

function wantedCoders(f: SegmentFilter): string[] {
  return [...(f.coderIds ?? []), ...(f.coderId ? [f.coderId] : [])];
}

/**
 * What the filter asks of a segment alone: its coder and its codes. With `documentIds`, the
 * segments are known to be in those documents, and so are their codings: only those are read.
 */
export function segmentConditions(eb: ExpressionBuilder<Database, 'segment'>, f: SegmentFilter, projectId: string, documentIds?: string[]): Expression<SqlBool>[] {
  const out: Expression<SqlBool>[] = [];
  const coders = wantedCoders(f);
  if (coders.length) out.push(eb('segment.createdBy', 'in', coders));
  // IN rather than a correlated EXISTS, so the database starts from the codes' codings (an index
  // range) instead of testing every segment of the project; a coding's project is its segment's.
  const carries = (ids: string[]) => eb('segment.id', 'in', eb.selectFrom('coding as f').select('f.segmentId')
    .where('f.projectId', '=', projectId).where('f.codeId', 'in', ids.length ? ids : [''])
    .$if(documentIds !== undefined, (q) => q.where('f.documentId', 'in', documentIds!)));
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
  return out;
}

/** What the filter asks of the segment's document and its case (not which documents: see `wantedDocuments`). */
export function documentConditions(eb: ExpressionBuilder<Database, 'document'>, f: SegmentFilter, projectId: string): Expression<SqlBool>[] {
  const out: Expression<SqlBool>[] = [];
  if (f.caseId) out.push(eb('document.caseId', '=', f.caseId));
  const attributes = f.attributes ?? [];
  // The project's cases that qualify, found once, rather than their attributes looked up again for
  // every segment (a document's case is one of its project's).
  if (attributes.length) {
    out.push(eb('document.caseId', 'in', eb.selectFrom('case as c').select('c.id').where('c.projectId', '=', projectId)
      .where((c) => c.and(attributes.map((a) => attributeOf('c.id', a))))));
  }
  return out;
}

/** The matching segments joined to their documents, before any columns are chosen. */
export function filteredSegments(store: Store, projectId: string, f: SegmentFilter) {
  const docs = wantedDocuments(f);
  const q = store.adapter.db.selectFrom('segment')
    .innerJoin('document', 'document.id', 'segment.documentId')
    .where((eb) => eb.and([
      ...(docs.length ? [eb('segment.documentId', 'in', docs)] : []),
      ...segmentConditions(eb, f, projectId),
      ...documentConditions(eb, f, projectId),
    ]));
  // With codes chosen, their codings already keep to the project; a second, unselective condition
  // on the segment's project would tempt SQLite (which keeps no statistics) to scan the project.
  return requiredCodes(f) !== null ? q : q.where('segment.projectId', '=', projectId);
}
