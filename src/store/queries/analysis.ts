/**
 * What the analysis layer reads: grouped queries that return at most one row per (code, case) or
 * per code, never one per coding, and the frequency and saturation results built from them.
 */
import { sql } from 'kysely';
import {
  casesPerCode, codeCaseMatrix, frequencyTable, rangesFor, rangesFromSettings, saturation,
  type CodeCaseCount, type CodeCaseMatrix, type FrequencyRow, type OrderedDocument, type RangesInUse,
  type SaturationOptions, type SaturationResult,
} from '../../analysis/index.js';
import { formatPath } from '../../core/names.js';
import type { DocumentKind } from '../../core/types.js';
import type { Store } from '../store.js';
import { pathsOf } from './codes.js';
import { coderConditions, everyCoder } from './scope.js';
import { giveWay } from './yield.js';

/** Which codings and documents an analysis reads: one coder's or everyone's; one kind or all. */
export interface AnalysisScope {
  /** Only this coder's codings; all coders' when absent. */
  coderId?: string;
  /** With no `coderId`: every coder's but this one's (the consensus layer, see `scope.ts`). */
  exceptCoderId?: string;
  /** Only documents of this kind; every kind when absent. */
  kind?: DocumentKind;
}

/** A code in tree order with its path. */
export interface TreeCode { id: string; parentId: string | null; path: string }

export interface FrequencyResult {
  n: number; rows: FrequencyRow[]; ranges: RangesInUse;
  /** The codes of `rows`, in the same order. */
  codes: TreeCode[];
}

/** Every code, categories first and then their sub-codes, siblings by position and name. */
export async function codeTree(store: Store, projectId: string): Promise<TreeCode[]> {
  const codes = await store.adapter.db.selectFrom('code').select(['id', 'parentId', 'name', 'position'])
    .where('projectId', '=', projectId).execute();
  const paths = pathsOf(codes);
  const children = new Map<string | null, typeof codes>();
  for (const c of codes) {
    const key = c.parentId !== null && paths.has(c.parentId) ? c.parentId : null;
    children.set(key, [...(children.get(key) ?? []), c]);
  }
  const out: TreeCode[] = [];
  const visit = (parentId: string | null): void => {
    const siblings = (children.get(parentId) ?? []).sort((a, b) => a.position - b.position || a.name.localeCompare(b.name));
    for (const c of siblings) {
      out.push({ id: c.id, parentId: c.parentId, path: formatPath(paths.get(c.id)!) });
      visit(c.id);
    }
  };
  visit(null);
  return out;
}

/** N: the cases with at least one document in scope. */
export async function countCases(store: Store, projectId: string, scope: AnalysisScope = {}): Promise<number> {
  let q = store.adapter.db.selectFrom('document').select(sql<number>`count(distinct case_id)`.as('n'))
    .where('projectId', '=', projectId).where('caseId', 'is not', null);
  if (scope.kind) q = q.where('kind', '=', scope.kind);
  return Number((await q.executeTakeFirstOrThrow()).n);
}

/** Codes per statement reading the kept counts (more when one category holds more): some thousands of rows. */
const CODE_BATCH = 20;

/** The codes, in tree order, cut into runs of whole category trees of about CODE_BATCH codes. */
function treeBatches(codes: readonly TreeCode[]): string[][] {
  const ids = new Set(codes.map((c) => c.id));
  const out: string[][] = [];
  let run: string[] = [];
  for (const c of codes) {
    const root = c.parentId === null || !ids.has(c.parentId);
    if (root && run.length >= CODE_BATCH) {
      out.push(run);
      run = [];
    }
    run.push(c.id);
  }
  if (run.length) out.push(run);
  return out;
}

/**
 * Codings per (code, case) of `codes` (tree order), each code on its own (no sub-codes), a few
 * category trees per statement; documents without a case count for none. A category and every
 * code below it are read together, so its row is as of one moment even while others code.
 */
async function* codeCaseCountBatches(store: Store, projectId: string, codes: readonly TreeCode[], scope: AnalysisScope): AsyncGenerator<CodeCaseCount[]> {
  // Counts kept by triggers, grouped in key order: no pass over the codings. Everyone's come from
  // migration 007's totals; one coder's (or all but one's) from 006's per-coder counts, several
  // times as many rows.
  const where = [sql`project_id = ${projectId}`, ...coderConditions(scope)];
  if (scope.kind) where.push(sql`kind = ${scope.kind}`);
  for (const ids of treeBatches(codes)) {
    await giveWay();
    // Thousands of rows, named here as the caller wants them: the camel-case plugin's per-row key
    // mapping would cost about as much as the query itself.
    const { rows } = await sql<CodeCaseCount>`select code_id as "codeId", case_id as "caseId", cast(sum(n) as integer) as "count"
      from ${sql.table(everyCoder(scope) ? 'code_case_total' : 'code_case_count')} where ${sql.join(where, sql` and `)} and code_id in (${sql.join(ids)})
      group by code_id, case_id order by code_id, case_id`.execute(store.adapter.db.withoutPlugins());
    yield rows;
  }
}

/**
 * The code × case matrix (codings, categories including their sub-codes) keyed by code and case id.
 * A code created after the tree was read is left out, as from a matrix made a moment earlier.
 */
export async function codeCaseMatrixOf(store: Store, projectId: string, scope: AnalysisScope = {}): Promise<{ codes: TreeCode[]; matrix: CodeCaseMatrix }> {
  const codes = await codeTree(store, projectId);
  const matrix = codeCaseMatrix(codes, []);
  for await (const counts of codeCaseCountBatches(store, projectId, codes, scope)) codeCaseMatrix(codes, counts, matrix);
  return { codes, matrix };
}

/** Frequency labels of every code in tree order, with the project's own ranges when they fit N. */
export async function frequencyOf(store: Store, projectId: string, scope: AnalysisScope = {}): Promise<FrequencyResult> {
  const [{ codes, matrix }, n, project] = await Promise.all([
    codeCaseMatrixOf(store, projectId, scope),
    countCases(store, projectId, scope),
    store.adapter.db.selectFrom('project').select('settings').where('id', '=', projectId).executeTakeFirstOrThrow(),
  ]);
  const ranges = rangesFor(n, rangesFromSettings(parseSettings(project.settings)));
  return { n, rows: frequencyTable(codes, casesPerCode(matrix), n, ranges.ranges), ranges, codes };
}

/** A project's settings as stored (frequency ranges, saturation parameters…), or null when unreadable. */
export async function projectSettings(store: Store, projectId: string): Promise<unknown> {
  const row = await store.adapter.db.selectFrom('project').select('settings').where('id', '=', projectId).executeTakeFirstOrThrow();
  return parseSettings(row.settings);
}

function parseSettings(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** How many documents' codes one query reads while walking them in order. */
const WALK_BATCH = 25;

/**
 * Documents in interview order (sequence, then import order) with how many codes each shows for
 * the first time. The walk reads each document's distinct codes from an index and stops once every
 * code in use has been seen: from there on no document brings a new one. Saturated data, the usual
 * case, are thus read only up to about the point of saturation.
 */
export async function documentsWithNewCodes(store: Store, projectId: string, scope: AnalysisScope = {}): Promise<OrderedDocument[]> {
  const db = store.adapter.db;
  let docs = db.selectFrom('document').select(['id', 'name', 'sequence']).where('projectId', '=', projectId);
  if (scope.kind) docs = docs.where('kind', '=', scope.kind);
  const ordered = await docs.orderBy('sequence').orderBy('createdAt').orderBy('id').execute();
  const inUse = await codesInUse(store, projectId, scope);
  const seen = new Set<string>();
  const fresh = new Map<string, number>();
  for (let i = 0; i < ordered.length && seen.size < inUse; i += WALK_BATCH) {
    await giveWay();
    const batch = ordered.slice(i, i + WALK_BATCH);
    let q = db.selectFrom('coding').select(['documentId', 'codeId']).distinct().where('documentId', 'in', batch.map((d) => d.id));
    if (scope.coderId) q = q.where('coderId', '=', scope.coderId);
    else if (scope.exceptCoderId) q = q.where('coderId', '<>', scope.exceptCoderId);
    const byDoc = new Map<string, string[]>();
    for (const r of await q.execute()) byDoc.set(r.documentId, [...(byDoc.get(r.documentId) ?? []), r.codeId]);
    for (const d of batch) {
      let n = 0;
      for (const code of byDoc.get(d.id) ?? []) if (!seen.has(code)) { seen.add(code); n++; }
      fresh.set(d.id, n);
    }
  }
  return ordered.map((d) => ({ doc: d.name, sequence: d.sequence, newCodes: fresh.get(d.id) ?? 0 }));
}

/** The number of codes with at least one coding in scope: one index probe per code. */
async function codesInUse(store: Store, projectId: string, scope: AnalysisScope): Promise<number> {
  const row = await store.adapter.db.selectFrom('code').select((eb) => eb.fn.countAll<number>().as('n'))
    .where('code.projectId', '=', projectId)
    .where(({ exists, selectFrom }) => {
      let used = selectFrom('coding').select('coding.id').whereRef('coding.codeId', '=', 'code.id').where('coding.projectId', '=', projectId);
      if (scope.coderId) used = used.where('coding.coderId', '=', scope.coderId);
      else if (scope.exceptCoderId) used = used.where('coding.coderId', '<>', scope.exceptCoderId);
      if (scope.kind) {
        const kind = scope.kind;
        used = used.where(({ exists: inKind, selectFrom: from }) =>
          inKind(from('document').select('document.id').whereRef('document.id', '=', 'coding.documentId').where('document.kind', '=', kind)));
      }
      return exists(used);
    })
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The saturation analysis of the documents in scope. */
export async function saturationOf(store: Store, projectId: string, options: SaturationOptions, scope: AnalysisScope = {}): Promise<SaturationResult> {
  return saturation(await documentsWithNewCodes(store, projectId, scope), options);
}
