/**
 * The analysis and search measurements: frequency labels with the code × case matrix, saturation,
 * and full-text search, each timed through the store function the server calls, with its twin.
 */
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { SATURATION_DEFAULTS } from '../analysis/index.js';
import { parseSearch } from '../core/search-query.js';
import { frequencyOf, saturationOf } from '../store/queries/analysis.js';
import { searchText } from '../store/queries/search.js';
import type { Store } from '../store/store.js';
import { median, percentile } from './figures.js';
import type { LoadedStudy, Phases } from './load.js';

/** A typical value of Sparks and of its plain-SQL twin, in milliseconds. */
export interface Timed { ms: number; plainMs: number }

/** A two-word phrase of the generated transcripts (with an accent-free spelling of "otoño"). */
export const SEARCH_PHRASE = '"lluvia de"';

async function time(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

async function repeated(runs: number, phases: Phases, label: string, sparks: () => Promise<unknown>, plain: () => Promise<unknown>, pick: (xs: number[]) => number): Promise<Timed> {
  const phase = phases(label, runs);
  await sparks();
  await plain();
  const mine: number[] = [];
  const theirs: number[] = [];
  for (let i = 0; i < runs; i++) {
    mine.push(await time(sparks));
    theirs.push(await time(plain));
    phase.tick();
  }
  phase.done();
  return { ms: pick(mine), plainMs: pick(theirs) };
}

/** Frequency labels of every code (which builds the code × case matrix), median of three. */
export function measureMatrix(store: Store, study: LoadedStudy, phases: Phases): Promise<Timed> {
  return repeated(3, phases, 'Code × case matrix and frequency labels', () => frequencyOf(store, study.projectId),
    () => sql`select g.code_id, d.case_id, count(*) as n from coding g join segment s on s.id = g.segment_id
      join document d on d.id = s.document_id where g.project_id = ${study.projectId} and d.case_id is not null
      group by g.code_id, d.case_id`.execute(store.adapter.db), median);
}

/** Saturation over every document in interview order, median of three. */
export function measureSaturation(store: Store, study: LoadedStudy, phases: Phases): Promise<Timed> {
  return repeated(3, phases, 'Saturation', () => saturationOf(store, study.projectId, SATURATION_DEFAULTS),
    () => sql`select g.code_id, min(d.sequence) as first from coding g join segment s on s.id = g.segment_id
      join document d on d.id = s.document_id where g.project_id = ${study.projectId} group by g.code_id`.execute(store.adapter.db), median);
}

/** The first 50 hits of a two-word phrase over all text, p95 of 30; the twin asks the index alone. */
export function measureSearch(store: Store, study: LoadedStudy, phases: Phases): Promise<Timed> {
  const db = store.adapter.db;
  return repeated(30, phases, 'Searching the text', () => searchText(store, study.projectId, SEARCH_PHRASE, { limit: 50 }), async () => {
    const matching = store.adapter.search.matching(parseSearch(SEARCH_PHRASE));
    await sql`select m.id, m.document_id, m.start, m."end" from (${matching}) m join document d on d.id = m.document_id
      where d.project_id = ${study.projectId} order by d.sequence, m.start limit 50`.execute(db);
    await sql`select count(*) as n from (${matching}) m join document d on d.id = m.document_id where d.project_id = ${study.projectId}`.execute(db);
  }, (xs) => percentile(xs, 95));
}
