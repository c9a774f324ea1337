/**
 * Matrices of a project: codes × cases, codes × documents (codings or presence) and codes × codes
 * (co-occurrence), optionally split by a case attribute. Counts come from grouped queries; the
 * arithmetic is the analysis layer's.
 */
import { sql } from 'kysely';
import {
  CooccurrenceCounter, codeCaseMatrix, groupOf, orderGroups, sumColumns, toDense,
  type CodeCaseCount, type CodeCaseMatrix, type MatrixAxis, type MatrixColumns, type MatrixPanel, type MatrixResult,
} from '../../analysis/index.js';
import { UserError, quoteName } from '../../core/errors.js';
import { parsePath } from '../../core/names.js';
import type { Store } from '../store.js';
import { codeCaseMatrixOf, codeTree, type AnalysisScope } from './analysis.js';
import { codedPlaceBatches, scopedDocuments } from './coded-places.js';
import { coderConditions } from './scope.js';
import { drain, giveWay, inBatches, type BatchSizes } from './yield.js';

export interface MatrixOptions extends AnalysisScope {
  cols: MatrixColumns;
  /** For cases and documents: codings, or presence. Codes always count co-occurrences. */
  measure?: 'codings' | 'presence';
  /** A case attribute to split by, and cut points when its values are to be banded. */
  by?: string;
  bands?: number[];
  /** Characters between two segments that still co-occur (codes only); 0 means overlapping. */
  within?: number;
}

/** A case with documents in scope, and its value of the split attribute. */
interface ScopedCase { id: string; label: string; group: string }

export async function matrixOf(store: Store, projectId: string, o: MatrixOptions): Promise<MatrixResult> {
  const codes = await codeTree(store, projectId);
  const rows: MatrixAxis[] = codes.map((c) => ({ id: c.id, label: c.path, depth: parsePath(c.path).length - 1 }));
  const cases = await casesInScope(store, projectId, o);
  const head = { columns: o.cols, by: o.by ?? null, rows };
  if (o.cols === 'codes') {
    const within = o.within ?? 0;
    const groups = o.by ? orderGroups(cases.map((c) => c.group), o.bands ?? null) : [null];
    const groupOfCase = new Map(cases.map((c) => [c.id, o.by ? c.group : null]));
    const counters = new Map(groups.map((g) => [g, new CooccurrenceCounter(codes, within)]));
    const docs = await scopedDocuments(store, projectId, o);
    // Split by an attribute, documents without a case belong to no group.
    const groupOfDoc = new Map(docs.map((d) => [d.id, d.caseId ? groupOfCase.get(d.caseId) : o.by ? undefined : null]));
    for await (const batch of codedPlaceBatches(store, docs.map((d) => d.id), o)) {
      // Counted in short steps: the densest documents hold tens of thousands of pairs of spans.
      for (const g of groups) await drain(counters.get(g)!.steps(o.by ? batch.filter((p) => groupOfDoc.get(p.documentId) === g) : batch));
    }
    const panels: MatrixPanel[] = [];
    for (const group of groups) {
      const cells: (number | null)[][] = [];
      for (const row of counters.get(group)!.rows(codes.map((c) => c.id))) {
        cells.push(row);
        await giveWay();
      }
      panels.push({ group, cases: cases.filter((c) => group === null || c.group === group).length, cells });
    }
    return { ...head, measure: 'cooccurrence', within, cols: rows, panels };
  }
  const measure = o.measure ?? 'codings';
  const presence = measure === 'presence';
  if (o.cols === 'cases') {
    const { matrix } = await codeCaseMatrixOf(store, projectId, o);
    return { ...head, measure, within: null, ...await columnsOf(matrix, codes, cases, o, presence, cases.length) };
  }
  const docs = await documentsInScope(store, projectId, o, cases);
  const matrix = codeCaseMatrix(codes, []);
  for await (const counts of codeDocumentCounts(store, docs.map((d) => d.id), o)) codeCaseMatrix(codes, counts, matrix);
  return { ...head, measure, within: null, ...await columnsOf(matrix, codes, docs, o, presence, cases.length) };
}

/** Cells per step when the matrix is laid out: a 300-code by 2,000-document table takes several. */
const CELLS = 50_000;

/**
 * The matrix in code order, with columns as they are or summed into the groups of the split
 * attribute, laid out a few rows at a time (every row is computed on its own).
 */
async function columnsOf(
  matrix: CodeCaseMatrix, codes: readonly { id: string }[], cols: readonly ScopedCase[], o: MatrixOptions, presence: boolean, cases: number,
): Promise<Pick<MatrixResult, 'cols' | 'panels'>> {
  const groups = o.by ? orderGroups(cols.map((c) => c.group), o.bands ?? null) : [];
  const ids = cols.map((c) => c.id), groupOfColumn = cols.map((c) => c.group);
  const cells: number[][] = [];
  const step = Math.max(1, Math.floor(CELLS / Math.max(1, cols.length)));
  for (let i = 0; i < codes.length; i += step) {
    await giveWay();
    const dense = toDense(matrix, codes.slice(i, i + step).map((c) => c.id), ids).counts;
    const rows = o.by ? sumColumns(dense, groupOfColumn, groups, presence)
      : presence ? dense.map((r) => r.map((v) => (v > 0 ? 1 : 0))) : dense;
    for (const row of rows) cells.push(row);
  }
  if (!o.by) return { cols: cols.map((c) => ({ id: c.id, label: c.label })), panels: [{ group: null, cases, cells }] };
  const size = new Map<string, number>();
  for (const c of cols) size.set(c.group, (size.get(c.group) ?? 0) + 1);
  return { cols: groups.map((g) => ({ id: g, label: g, size: size.get(g) ?? 0 })), panels: [{ group: null, cases, cells }] };
}

/** Cases with at least one document in scope, by label, with their group under the split. */
async function casesInScope(store: Store, projectId: string, o: MatrixOptions): Promise<ScopedCase[]> {
  const db = store.adapter.db;
  const cases = await db.selectFrom('case').select(['case.id', 'case.label']).where('case.projectId', '=', projectId)
    .where(({ exists, selectFrom }) => {
      let docs = selectFrom('document').select('document.id').whereRef('document.caseId', '=', 'case.id');
      if (o.kind) docs = docs.where('document.kind', '=', o.kind);
      return exists(docs);
    })
    .execute();
  // T2 before T10, as a study numbers its participants.
  cases.sort((a, b) => a.label.localeCompare(b.label, undefined, { numeric: true }));
  if (!o.by) return cases.map((c) => ({ ...c, group: '' }));
  const key = o.by;
  const values = await db.selectFrom('attribute').innerJoin('case', 'case.id', 'attribute.caseId')
    .select(['attribute.caseId', 'attribute.value', 'attribute.type']).where('case.projectId', '=', projectId).where('attribute.key', '=', key).execute();
  if (values.length === 0) {
    const known = await db.selectFrom('attribute').innerJoin('case', 'case.id', 'attribute.caseId').select('attribute.key').distinct()
      .where('case.projectId', '=', projectId).orderBy('attribute.key').execute();
    const list = known.length ? `the attributes are ${known.map((k) => k.key).join(', ')}` : 'no case has attributes yet';
    throw new UserError(`No case has the attribute ${quoteName(key)}; ${list}.`);
  }
  if (o.bands?.length && values.some((v) => v.value.trim() !== '' && !Number.isFinite(Number(v.value.replace(',', '.'))))) {
    throw new UserError(`The attribute ${quoteName(key)} holds values that are not numbers, so it cannot be split into bands; leave out --bands.`);
  }
  const valueOf = new Map(values.map((v) => [v.caseId, v.value]));
  return cases.map((c) => ({ ...c, group: groupOf(valueOf.get(c.id), o.bands ?? null) }));
}

/** Documents in scope in interview order, each with its case's group (documents without a case: "(not set)"). */
async function documentsInScope(store: Store, projectId: string, o: MatrixOptions, cases: readonly ScopedCase[]): Promise<ScopedCase[]> {
  let q = store.adapter.db.selectFrom('document').select(['id', 'name', 'caseId']).where('projectId', '=', projectId);
  if (o.kind) q = q.where('kind', '=', o.kind);
  const docs = await q.orderBy('sequence').orderBy('createdAt').orderBy('id').execute();
  const group = new Map(cases.map((c) => [c.id, c.group]));
  return docs.map((d) => ({ id: d.id, label: d.name, group: (d.caseId && group.get(d.caseId)) || groupOf(undefined, null) }));
}

/** Documents per query of their codings' counts: a few thousand codings, counted along an index. */
const DOCUMENT_BATCH: BatchSizes = { first: 25, most: 200 };

/**
 * Codings per (code, document) of the documents given, each code on its own, a batch of documents
 * per statement: a coding committed meanwhile counts only if its document comes later in the walk.
 */
function codeDocumentCounts(store: Store, documentIds: readonly string[], o: AnalysisScope): AsyncGenerator<CodeCaseCount[]> {
  return inBatches(documentIds, DOCUMENT_BATCH, async (ids) => {
    const where = [sql`document_id in (${sql.join(ids)})`, ...coderConditions(o)];
    return (await sql<CodeCaseCount>`select code_id as "codeId", document_id as "caseId", cast(count(*) as integer) as "count"
      from coding where ${sql.join(where, sql` and `)} group by document_id, code_id`.execute(store.adapter.db.withoutPlugins())).rows;
  });
}
