/**
 * Long reads give other work turns of the event loop, and their batches add up to what one read of
 * everything gives. With the slice at 0 every batch boundary gives way, so what is counted is the
 * number of turns, not time: other callbacks run while a report, a matrix or a page of segments
 * is made, and (on SQLite, which answers synchronously) more often on a larger study. Both databases.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cooccurrence, cooccurrenceCells, SATURATION_DEFAULTS, type CodedSpan } from '../../src/analysis/index.js';
import { corpusCodePaths } from '../../src/bench/corpus.js';
import { loadStudy, type LoadedStudy, type Phases } from '../../src/bench/load.js';
import { codeTree, frequencyOf, saturationOf } from '../../src/store/queries/analysis.js';
import { listCodes } from '../../src/store/queries/codes.js';
import { matrixOf } from '../../src/store/queries/matrix.js';
import { codebookReport, tableReport } from '../../src/store/queries/report.js';
import { eachSegment, querySegments, resolveSegmentFilter, type SegmentCriteria } from '../../src/store/queries/segments.js';
import { setSlice } from '../../src/store/queries/yield.js';
import { DIALECTS, freshStore, type TestStore } from '../helpers/stores.js';

const quiet: Phases = () => ({ tick: () => undefined, done: () => undefined });

/** How many turns of the event loop other callbacks got while `work` ran. */
async function turnsDuring(work: () => Promise<unknown>): Promise<number> {
  let turns = 0;
  let running = true;
  const tick = (): void => {
    if (!running) return;
    turns++;
    setImmediate(tick);
  };
  setImmediate(tick);
  try {
    await work();
  } finally {
    running = false;
  }
  return turns;
}

describe.each(DIALECTS)('long reads on %s', (dialect) => {
  let t: TestStore;
  let small: LoadedStudy;
  let large: LoadedStudy;

  beforeAll(async () => {
    t = await freshStore(dialect);
    small = await loadStudy(t.store, { docs: 20, coders: 2, seed: 3, words: 250, codings: 20 }, quiet);
    large = await loadStudy(t.store, { docs: 110, coders: 2, seed: 4, words: 250, codings: 20 }, quiet);
    setSlice(0);
  }, 300_000);
  afterAll(async () => {
    setSlice();
    await t?.dispose();
  });

  // Work that reads the study a batch of documents at a time: more documents, more turns.
  const growing: Record<string, (projectId: string) => Promise<unknown>> = {
    'Table I': (p) => tableReport(t.store, p, { quotes: 2 }),
    'the codebook': (p) => codebookReport(t.store, p),
    'the co-occurrence matrix': (p) => matrixOf(t.store, p, { cols: 'codes', within: 20 }),
    'the codes × documents matrix': (p) => matrixOf(t.store, p, { cols: 'documents', measure: 'presence' }),
    'a far page of segments': (p) => querySegments(t.store, p, {}, { limit: 50, offset: 400 }),
  };
  it.each(Object.keys(growing))('gives way while making %s, more often on a larger study', async (name) => {
    const few = await turnsDuring(() => growing[name]!(small.projectId));
    const many = await turnsDuring(() => growing[name]!(large.projectId));
    expect(few).toBeGreaterThan(0);
    // PostgreSQL's answers arrive over the network, with turns in between however long the work:
    // counted turns there follow time, not batches.
    if (dialect === 'sqlite') expect(many).toBeGreaterThan(few);
    else expect(many).toBeGreaterThan(0);
  });

  // Work that reads the codebook's counts a few categories at a time, or stops at saturation.
  const bounded: Record<string, (projectId: string) => Promise<unknown>> = {
    'frequency labels': (p) => frequencyOf(t.store, p),
    'the codes × cases matrix': (p) => matrixOf(t.store, p, { cols: 'cases', by: 'gender' }),
    saturation: (p) => saturationOf(t.store, p, SATURATION_DEFAULTS),
  };
  it.each(Object.keys(bounded))('gives way while making %s', async (name) => {
    expect(await turnsDuring(() => bounded[name]!(large.projectId))).toBeGreaterThan(0);
  });

  it('counts co-occurrences in batches as one pass over every coding does', async () => {
    const p = large.projectId;
    const codes = await codeTree(t.store, p);
    const { rows } = await sql<CodedSpan>`select s.document_id as "documentId", s.start as "start", s."end" as "end", c.code_id as "codeId"
      from segment s join coding c on c.segment_id = s.id where s.project_id = ${p} and s.orphaned = 0`.execute(t.store.adapter.db.withoutPlugins());
    const once = cooccurrenceCells(codes, cooccurrence(codes, rows, 20), codes.map((c) => c.id));
    const m = await matrixOf(t.store, p, { cols: 'codes', within: 20 });
    expect(m.panels[0]!.cells).toEqual(once);
    expect(once.flat().some((v) => (v ?? 0) > 0)).toBe(true);
  });

  it('counts the codebook’s codings as the code list does', async () => {
    const book = await codebookReport(t.store, large.projectId);
    const listed = new Map((await listCodes(t.store, large.projectId)).map((c) => [c.path, c.codingsWithChildren]));
    expect(book.codes.map((c) => [c.path, c.codings])).toEqual(book.codes.map((c) => [c.path, listed.get(c.path)]));
    expect(book.codes.some((c) => c.codings > 0)).toBe(true);
  });

  const criteria: [string, Partial<SegmentCriteria>][] = [
    ['every segment', {}],
    ['a category in some cases', { codes: [corpusCodePaths().categories[0]!], attributes: [{ key: 'yearsOfExperience', op: '>=', value: '10' }] }],
  ];
  it.each(criteria)('pages through %s in the order of the export, with their total', async (_, criteria) => {
    const filter = await resolveSegmentFilter(t.store, large.projectId, { codes: [], mode: 'any', documents: [], coders: [], attributes: [], ...criteria });
    const all: string[] = [];
    for await (const s of eachSegment(t.store, large.projectId, filter)) all.push(s.id);
    expect(all.length).toBeGreaterThan(0);
    const paged: string[] = [];
    for (let offset = 0; ; offset += 70) {
      const page = await querySegments(t.store, large.projectId, filter, { limit: 70, offset });
      expect(page.total).toBe(all.length);
      if (page.items.length === 0) break;
      paged.push(...page.items.map((s) => s.id));
    }
    expect(paged).toEqual(all);
  });
});
