/**
 * The data of the study's reports: Table I (each category with its properties, definition, example
 * quotes and frequency label) and the codebook (every code with its counts). Writers in
 * `formats/report` make files of them.
 */
import { sql } from 'kysely';
import {
  ancestorsOf, byTypicality, chooseQuotes, type CodebookReport, type QuoteCandidate, type ReportFrequency, type ReportProperty,
  type TableReport,
} from '../../analysis/index.js';
import { parsePath } from '../../core/names.js';
import type { Store } from '../store.js';
import { frequencyOf, type AnalysisScope, type FrequencyResult } from './analysis.js';
import { codedPlaceBatches, scopedDocuments } from './coded-places.js';
import { coderConditions } from './scope.js';
import { giveWay, inBatches, type BatchSizes } from './yield.js';

export interface ReportOptions extends AnalysisScope {
  /** Example quotes per category (default 1, as in the paper). */
  quotes?: number;
}

interface CodeFacts { id: string; parentId: string | null; name: string; path: string; definition: string; color: string | null; number: string | null; owner: string | null }

/** Every code in tree order with its definition and the Table I facts kept as attributes. */
async function codesWithFacts(store: Store, projectId: string, freq: FrequencyResult): Promise<CodeFacts[]> {
  const rows = await store.adapter.db.selectFrom('code').select(['id', 'parentId', 'name', 'definition', 'color', 'attributes'])
    .where('projectId', '=', projectId).execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return freq.rows.map((f, i) => {
    const id = freq.codes[i]!.id;
    const r = byId.get(id)!;
    const attrs = parseAttributes(r.attributes);
    return {
      id, parentId: r.parentId, name: r.name, path: f.code, definition: r.definition, color: r.color,
      number: attrs.number?.trim() || null, owner: attrs.owner?.trim() || null,
    };
  });
}

function parseAttributes(text: string): Record<string, string | undefined> {
  try {
    const v = JSON.parse(text) as unknown;
    return typeof v === 'object' && v !== null ? (v as Record<string, string>) : {};
  } catch {
    return {};
  }
}

const frequencyAt = (freq: FrequencyResult, i: number): ReportFrequency => {
  const r = freq.rows[i]!;
  return { cases: r.cases, n: r.n, label: r.label };
};

/**
 * Table I: one row per top-level category, in the code tree's order.
 *
 * Like the codebook, it is read in several statements, giving way between batches, not from one
 * snapshot (the store offers no read transaction): a coding saved meanwhile may count in the
 * frequency and not yet among the quotes, or in later batches of documents and not earlier ones.
 * Each category's frequency and each document's codings come from one statement, so no figure mixes
 * two states of one category or one document; the report is as one made a moment earlier or later.
 */
export async function tableReport(store: Store, projectId: string, o: ReportOptions = {}): Promise<TableReport> {
  const [project, freq] = await Promise.all([projectName(store, projectId), frequencyOf(store, projectId, o)]);
  const codes = await codesWithFacts(store, projectId, freq);
  const ancestors = ancestorsOf(codes);
  // A code's category is the last of its ancestors, or itself at the top.
  const categoryOf = new Map(codes.map((c) => [c.id, ancestors.get(c.id)!.at(-1) ?? c.id]));
  const candidates = (o.quotes ?? 1) > 0 ? await quoteCandidates(store, projectId, categoryOf, o) : new Map<string, QuoteCandidate[]>();
  const rows = [];
  for (const [i, c] of codes.entries()) {
    if (ancestors.get(c.id)!.length > 0) continue;
    const children = codes.filter((p) => p.parentId === c.id);
    const properties: ReportProperty[] = children.map((p, j) => ({ number: p.number ?? String(j + 1), name: p.name, owner: p.owner, definition: p.definition }));
    const quotes = chooseQuotes(candidates.get(c.id) ?? [], o.quotes ?? 1);
    rows.push({ category: c.name, definition: c.definition, properties, quotes, frequency: frequencyAt(freq, i) });
  }
  return { project, generatedAt: new Date().toISOString(), n: freq.n, ranges: { ranges: freq.ranges.ranges, source: freq.ranges.source }, rows };
}

/** The codebook: every code in tree order with its definition, codings and cases. */
export async function codebookReport(store: Store, projectId: string, o: AnalysisScope = {}): Promise<CodebookReport> {
  const [project, freq] = await Promise.all([projectName(store, projectId), frequencyOf(store, projectId, o)]);
  const codes = await codesWithFacts(store, projectId, freq);
  const codings = await codingsWithChildren(store, projectId, codes, o);
  return {
    project, generatedAt: new Date().toISOString(), n: freq.n, ranges: { ranges: freq.ranges.ranges, source: freq.ranges.source },
    codes: codes.map((c, i) => ({
      path: c.path, name: c.name, depth: parsePath(c.path).length - 1, number: c.number, owner: c.owner,
      definition: c.definition, color: c.color, codings: codings.get(c.id) ?? 0, frequency: frequencyAt(freq, i),
    })),
  };
}

async function projectName(store: Store, projectId: string): Promise<string> {
  return (await store.adapter.db.selectFrom('project').select('name').where('id', '=', projectId).executeTakeFirstOrThrow()).name;
}

/** Documents per query when counting their codings. */
const DOCUMENT_BATCH: BatchSizes = { first: 25, most: 200 };

/** Codings in scope of each code and every code below it, counted a batch of documents at a time. */
async function codingsWithChildren(store: Store, projectId: string, codes: readonly CodeFacts[], o: AnalysisScope): Promise<Map<string, number>> {
  const docs = (await scopedDocuments(store, projectId, o)).map((d) => d.id);
  const own = new Map<string, number>();
  const batches = inBatches(docs, DOCUMENT_BATCH, async (ids) => {
    const where = [sql`document_id in (${sql.join(ids)})`, ...coderConditions(o)];
    return (await sql<{ codeId: string; n: number }>`select code_id as "codeId", cast(count(*) as integer) as "n"
      from coding where ${sql.join(where, sql` and `)} group by code_id`.execute(store.adapter.db.withoutPlugins())).rows;
  });
  for await (const rows of batches) for (const r of rows) own.set(r.codeId, (own.get(r.codeId) ?? 0) + Number(r.n));
  const up = ancestorsOf(codes);
  const total = new Map<string, number>();
  for (const [codeId, n] of own) for (const id of [codeId, ...(up.get(codeId) ?? [])]) total.set(id, (total.get(id) ?? 0) + n);
  return total;
}

/** How many of a category's most typical places have their text read for the final choice. */
const CANDIDATES = 60;

interface Place { segmentId: string; documentId: string; start: number; end: number; codes: string[]; coders: string[]; exemplar: boolean }

const rank = (p: Place) => ({ exemplar: p.exemplar, coders: p.coders.length, codes: p.codes.length, length: p.end - p.start });

/**
 * Each category's candidate quotes: the places coded with it or below it, one per span (coders who
 * coded the same words count together), the most typical first. One pass over the codings in scope,
 * a batch of documents at a time, keeping only each category's front runners; texts are read for
 * those alone.
 */
async function quoteCandidates(store: Store, projectId: string, categoryOf: ReadonlyMap<string, string>, o: AnalysisScope): Promise<Map<string, QuoteCandidate[]>> {
  const docs = await scopedDocuments(store, projectId, o);
  const front = new Map<string, Place[]>();
  for await (const batch of codedPlaceBatches(store, docs.map((d) => d.id), o)) {
    // A place lies in one document, and a batch holds whole documents: it is complete here.
    const places = new Map<string, Map<string, Place>>();
    for (const [k, r] of batch.entries()) {
      if (k % 4096 === 4095) await giveWay();
      const category = categoryOf.get(r.codeId);
      if (category === undefined) continue;
      let mine = places.get(category);
      if (!mine) places.set(category, (mine = new Map()));
      const key = `${r.documentId}:${r.start}:${r.end}`;
      let place = mine.get(key);
      if (!place) mine.set(key, (place = { segmentId: r.segmentId, documentId: r.documentId, start: r.start, end: r.end, codes: [], coders: [], exemplar: false }));
      if (!place.codes.includes(r.codeId)) place.codes.push(r.codeId);
      if (!place.coders.includes(r.coderId)) place.coders.push(r.coderId);
      if (Number(r.exemplar) > 0) place.exemplar = true;
    }
    for (const [category, mine] of places) {
      front.set(category, [...(front.get(category) ?? []), ...mine.values()].sort((a, b) => byTypicality(rank(a), rank(b))).slice(0, CANDIDATES));
    }
  }
  const chosen = [...front.values()].flat();
  const texts = await segmentTexts(store, chosen.map((p) => p.segmentId));
  const labels = await documentLabels(store, [...new Set(chosen.map((p) => p.documentId))]);
  return new Map([...front].map(([category, list]) => [category, list.map((p) => ({
    segmentId: p.segmentId, text: texts.get(p.segmentId) ?? '', document: labels.get(p.documentId)?.name ?? '',
    participant: labels.get(p.documentId)?.label ?? null, exemplar: p.exemplar, codes: p.codes.length, coders: p.coders.length,
  }))]));
}

/** The quoted words of some segments, read a few hundred at a time. */
async function segmentTexts(store: Store, ids: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (let i = 0; i < ids.length; i += 500) {
    await giveWay();
    const rows = await store.adapter.db.selectFrom('segment').select(['id', 'exact']).where('id', 'in', ids.slice(i, i + 500)).execute();
    for (const r of rows) out.set(r.id, r.exact);
  }
  return out;
}

/** Each document's name and its case's label. */
async function documentLabels(store: Store, ids: readonly string[]): Promise<Map<string, { name: string; label: string | null }>> {
  const out = new Map<string, { name: string; label: string | null }>();
  for (let i = 0; i < ids.length; i += 500) {
    await giveWay();
    const rows = await store.adapter.db.selectFrom('document').leftJoin('case', 'case.id', 'document.caseId')
      .select(['document.id', 'document.name', 'case.label']).where('document.id', 'in', ids.slice(i, i + 500)).execute();
    for (const r of rows) out.set(r.id, { name: r.name, label: r.label ?? null });
  }
  return out;
}
