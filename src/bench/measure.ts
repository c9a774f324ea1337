/**
 * The in-process measurements: each runs Sparks' own function the way the server calls it, a few
 * times to warm up and then for the samples, and its plain-SQL twin the same number of times.
 */
import { performance } from 'node:perf_hooks';
import { COMMANDS } from '../core/commands/index.js';
import { UserError } from '../core/errors.js';
import { execute } from '../store/execute.js';
import { codeIdByPath } from '../store/queries/codes.js';
import { documentView } from '../store/queries/document-view.js';
import { querySegments, resolveSegmentFilter, type SegmentCriteria } from '../store/queries/segments.js';
import type { Store } from '../store/store.js';
import { corpusCodePaths } from './corpus.js';
import { percentile } from './figures.js';
import type { LoadedStudy, Phases } from './load.js';
import { plainApplyCoding, plainDocumentView, plainSegments } from './plain-sql.js';
import { random } from './synthetic-document.js';

/** p95 of Sparks and of its plain-SQL twin, in milliseconds. */
export interface Timing { p95: number; plainP95: number | null }

// A running server has long compiled its hot paths; the first calls of a fresh process measure the compiler.
const WARM_UP = 20;

async function sampled(samples: number, phases: Phases, label: string, sparks: (i: number) => Promise<number | null>, plain: ((i: number) => Promise<number>) | null): Promise<Timing> {
  const phase = phases(label, samples);
  // Each side warms up and is sampled on its own: a twin that scans the database between samples
  // would otherwise measure how fast Sparks recovers from having its pages evicted.
  for (let i = 0; i < WARM_UP; i++) await sparks(-1 - i);
  const mine: number[] = [];
  for (let i = 0; i < samples; i++) {
    const ms = await sparks(i);
    if (ms !== null) mine.push(ms);
    phase.tick();
  }
  const theirs: number[] = [];
  if (plain) {
    for (let i = 0; i < WARM_UP; i++) await plain(-1 - i);
    for (let i = 0; i < samples; i++) theirs.push(await plain(i));
  }
  phase.done();
  return { p95: percentile(mine, 95), plainP95: plain ? percentile(theirs, 95) : null };
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

/** Documents of the study with their lengths, for picking spans to code. */
export async function documentSizes(store: Store, projectId: string): Promise<{ name: string; length: number }[]> {
  return store.adapter.db.selectFrom('document').select(['name', 'length']).where('projectId', '=', projectId).orderBy('sequence').execute();
}

/** A random span of 10–60 characters in a random document, from a seeded stream. */
export function spanPicker(docs: readonly { name: string; length: number }[], seed: number): () => { document: string; start: number; end: number } {
  const rnd = random(seed);
  return () => {
    const doc = docs[Math.floor(rnd() * docs.length)]!;
    const start = Math.floor(rnd() * Math.max(1, doc.length - 70));
    return { document: doc.name, start, end: Math.min(doc.length, start + 10 + Math.floor(rnd() * 50)) };
  };
}

/** Apply one coding through `execute` (transaction, undo data, event), as a coder of the study. */
export async function measureApplyCoding(store: Store, study: LoadedStudy, seed: number, phases: Phases, samples = 200): Promise<Timing> {
  const { leaves } = corpusCodePaths();
  const coders = [...study.coders.values()];
  const pick = spanPicker(await documentSizes(store, study.projectId), seed * 31 + 7);
  const codeIds = new Map<string, string>();
  for (const path of leaves.slice(0, 20)) codeIds.set(path, await codeIdByPath(store, study.projectId, path));
  const paths = [...codeIds.keys()];
  return sampled(samples, phases, 'Applying codings', async (i) => {
    const span = pick();
    const code = paths[Math.abs(i) % paths.length]!;
    try {
      return await time(() => execute(store, COMMANDS.applyCode, { actorId: coders[Math.abs(i) % coders.length]!, projectId: study.projectId, payload: { ...span, code } }));
    } catch (err) {
      // The same coder coded that very span with that code already: draw another sample.
      if (err instanceof UserError) return null;
      throw err;
    }
  }, async (i) => {
    const span = pick();
    return plainApplyCoding(store, study.projectId, span.document, span.start, span.end, codeIds.get(paths[Math.abs(i) % paths.length]!)!, coders[0]!);
  });
}

/** The criteria of the retrieval figure: one code, therapists with ten years of experience or more. */
export const SEGMENT_CRITERIA: SegmentCriteria = {
  codes: [corpusCodePaths().leaves[0]!], mode: 'any', documents: [], coders: [],
  attributes: [{ key: 'yearsOfExperience', op: '>=', value: '10' }],
};

/** The first page of 100 segments with the total, names resolved as the route resolves them. */
export async function measureSegments(store: Store, study: LoadedStudy, phases: Phases, samples = 50): Promise<Timing> {
  const codeId = await codeIdByPath(store, study.projectId, SEGMENT_CRITERIA.codes[0]!);
  return sampled(samples, phases, 'Retrieving segments', () => time(async () => {
    const filter = await resolveSegmentFilter(store, study.projectId, SEGMENT_CRITERIA);
    await querySegments(store, study.projectId, filter, { limit: 100, offset: 0 });
  }), () => plainSegments(store, study.projectId, codeId, 'yearsOfExperience', 10));
}

/** The document view's data for the transcript with 1,500 codings. */
export async function measureDocumentView(store: Store, study: LoadedStudy, phases: Phases, samples = 30): Promise<Timing> {
  return sampled(samples, phases, 'Reading the document view', () => time(() => documentView(store, study.projectId, study.viewDocumentId)),
    () => plainDocumentView(store, study.viewDocumentId));
}
