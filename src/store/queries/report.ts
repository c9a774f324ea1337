/**
 * The data of the study's reports: Table I (each category with its properties, definition, example
 * quotes and frequency label) and the codebook (every code with its counts). Writers in
 * `formats/report` make files of them.
 */
import { sql } from 'kysely';
import {
  ancestorsOf, chooseQuotes, type CodebookReport, type QuoteCandidate, type ReportFrequency, type ReportProperty,
  type TableReport,
} from '../../analysis/index.js';
import { parsePath } from '../../core/names.js';
import type { Store } from '../store.js';
import { frequencyOf, type AnalysisScope, type FrequencyResult } from './analysis.js';

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

/** Table I: one row per top-level category, in the code tree's order. */
export async function tableReport(store: Store, projectId: string, o: ReportOptions = {}): Promise<TableReport> {
  const [project, freq] = await Promise.all([projectName(store, projectId), frequencyOf(store, projectId, o)]);
  const codes = await codesWithFacts(store, projectId, freq);
  const ancestors = ancestorsOf(codes);
  const rows = [];
  for (const [i, c] of codes.entries()) {
    if (ancestors.get(c.id)!.length > 0) continue;
    const children = codes.filter((p) => p.parentId === c.id);
    const properties: ReportProperty[] = children.map((p, j) => ({ number: p.number ?? String(j + 1), name: p.name, owner: p.owner, definition: p.definition }));
    const subtree = codes.filter((d) => d.id === c.id || ancestors.get(d.id)!.includes(c.id)).map((d) => d.id);
    const candidates = await quoteCandidates(store, projectId, subtree, o);
    rows.push({ category: c.name, definition: c.definition, properties, quotes: chooseQuotes(candidates, o.quotes ?? 1), frequency: frequencyAt(freq, i) });
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

/** Codings in scope of each code and every code below it. */
async function codingsWithChildren(store: Store, projectId: string, codes: readonly CodeFacts[], o: AnalysisScope): Promise<Map<string, number>> {
  const where = [sql`c.project_id = ${projectId}`];
  if (o.coderId) where.push(sql`c.coder_id = ${o.coderId}`);
  if (o.kind) where.push(sql`d.kind = ${o.kind}`);
  const { rows } = await sql<{ codeId: string; n: number }>`select c.code_id as "codeId", cast(count(*) as integer) as "n"
    from coding c join document d on d.id = c.document_id where ${sql.join(where, sql` and `)} group by c.code_id`
    .execute(store.adapter.db.withoutPlugins());
  const up = ancestorsOf(codes);
  const total = new Map<string, number>();
  for (const r of rows) for (const id of [r.codeId, ...(up.get(r.codeId) ?? [])]) total.set(id, (total.get(id) ?? 0) + Number(r.n));
  return total;
}

/** How many places one category's query weighs; the most typical are among the first by length. */
const CANDIDATES = 200;

/**
 * The places coded with a category or below, one per span (coders who coded the same words count
 * together), exemplars and agreed places first.
 */
async function quoteCandidates(store: Store, projectId: string, codeIds: readonly string[], o: AnalysisScope): Promise<QuoteCandidate[]> {
  const where = [sql`c.project_id = ${projectId}`, sql`c.code_id in (${sql.join(codeIds)})`, sql`s.orphaned = 0`];
  if (o.coderId) where.push(sql`c.coder_id = ${o.coderId}`);
  if (o.kind) where.push(sql`d.kind = ${o.kind}`);
  const { rows } = await sql<Omit<QuoteCandidate, "exemplar"> & { exemplar: number }>`select min(s.id) as "segmentId", min(s.exact) as "text", d.name as "document",
      k.label as "participant", max(c.exemplar) as "exemplar", count(distinct c.code_id) as "codes", count(distinct c.coder_id) as "coders"
    from coding c join segment s on s.id = c.segment_id join document d on d.id = s.document_id left join "case" k on k.id = d.case_id
    where ${sql.join(where, sql` and `)}
    group by s.document_id, s.start, s."end", d.name, d.sequence, k.label
    order by max(c.exemplar) desc, count(distinct c.coder_id) desc, count(distinct c.code_id) desc,
      abs(length(min(s.exact)) - 220), d.sequence, min(s.start)
    limit ${CANDIDATES}`.execute(store.adapter.db.withoutPlugins());
  return rows.map((r) => ({ ...r, exemplar: Number(r.exemplar) > 0, codes: Number(r.codes), coders: Number(r.coders) }));
}
