/**
 * The intercoder-agreement figures: every coefficient `sparks agreement --matrix` prints, on
 * 10,000 units × 6 coders, and the unitized α family a project's agreement computes, for 6 coders
 * over 500 transcripts of 10,000 words. Pure computations on generated data; the sizes are the
 * budgets' own, whatever size the rest of the benchmark runs at.
 */
import { performance } from 'node:perf_hooks';
import {
  agreementSummary, atLevel, krippendorffAlpha, LEVELS, projectAgreement, type Coding, type ProjectCodings, type ReliabilityData,
} from '../analysis/agreement/index.js';
import { median } from './figures.js';
import type { Phases } from './load.js';
import { random } from './synthetic-document.js';

export const MATRIX_SIZE = { units: 10_000, coders: 6 };
export const CONTINUUM_SIZE = { documents: 500, coders: 6, words: 10_000 };

/** Characters per word in the generated transcripts, spaces and punctuation included. */
const CHARS_PER_WORD = 6;
const CATEGORIES = ['1', '2', '3', '4', '5'];
/** Skewed, as real categories are: the first is used most. */
const CATEGORY_WEIGHTS = [0.35, 0.25, 0.2, 0.12, 0.08];
const DOMAINS = 5;
const CODES_PER_DOMAIN = 4;
/** How far a coder may place a boundary from where another placed it, in characters. */
const JITTER = 40;

const coderNames = (n: number): string[] => Array.from({ length: n }, (_, i) => `coder${i + 1}`);

/**
 * Reliability data of `units` × `coders`: each unit has a category drawn from a skewed
 * distribution; each coder gives it with probability 0.85 and another at random otherwise, and
 * leaves 3 % of the cells empty.
 */
export function reliabilityMatrix(units: number, coders: number, seed: number): ReliabilityData {
  const rnd = random(seed ^ 0x5a17e);
  const draw = (): string => {
    let r = rnd();
    for (const [i, w] of CATEGORY_WEIGHTS.entries()) if ((r -= w) < 0) return CATEGORIES[i]!;
    return CATEGORIES[CATEGORIES.length - 1]!;
  };
  const ratings = Array.from({ length: units }, () => {
    const truth = draw();
    return Array.from({ length: coders }, () => (rnd() < 0.03 ? null : rnd() < 0.85 ? truth : CATEGORIES[Math.floor(rnd() * CATEGORIES.length)]!));
  });
  return { units: ratings.map((_, i) => `u${i + 1}`), coders: coderNames(coders), ratings };
}

/**
 * Documents of about `words` words (lengths only: the coefficients never read the text) with 20
 * codes in 5 domains. Each document has 40–60 passages worth coding, apart from one another; each
 * coder codes a passage with probability 0.85, with the same code nine times in ten, boundaries
 * moved by up to 40 characters. One passage in ten only one coder noticed. A coder's codings never
 * overlap, so uα, cuα and Cuα are all computed rather than refused.
 */
export function codedContinua(documents: number, coders: number, words: number, seed: number): ProjectCodings {
  const rnd = random(seed ^ 0xc0de5);
  const int = (lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));
  const names = coderNames(coders);
  const codes = Array.from({ length: DOMAINS * CODES_PER_DOMAIN }, (_, i) => `Dominio ${Math.floor(i / CODES_PER_DOMAIN) + 1}/Código ${i + 1}`);
  const domains = new Map(codes.map((c) => [c, c.slice(0, c.indexOf('/'))]));
  const docs = Array.from({ length: documents }, (_, d) => ({ id: `Sesión ${d + 1}`, length: Math.round(words * CHARS_PER_WORD * (0.9 + 0.2 * rnd())) }));
  const codings: Coding[] = [];
  for (const doc of docs) {
    const passages = int(40, 60);
    const room = doc.length / passages;
    for (let p = 0; p < passages; p++) {
      // Each passage in a slot of its own, clear of the slot's edges by more than the jitter.
      const length = int(60, Math.max(60, Math.floor(room) - 4 * JITTER));
      const start = Math.floor(p * room) + 2 * JITTER + int(0, Math.max(0, Math.floor(room) - 4 * JITTER - length));
      const code = codes[int(0, codes.length - 1)]!;
      const solo = rnd() < 0.1 ? int(0, coders - 1) : -1;
      names.forEach((coder, c) => {
        if (solo >= 0 ? c !== solo : rnd() >= 0.85) return;
        const mine = rnd() < 0.9 ? code : codes[int(0, codes.length - 1)]!;
        const s = Math.max(0, start + int(-JITTER, JITTER));
        const e = Math.min(doc.length, start + length + int(-JITTER, JITTER));
        if (e > s) codings.push({ coder, document: doc.id, code: mine, start: s, end: e });
      });
    }
  }
  return { texts: { documents: docs, coders: names, codings }, domains, codes };
}

/** What `sparks agreement --matrix` computes (every coefficient, α nominal), then α at the other levels. */
export function matrixWork(data: ReliabilityData): number[] {
  const r = agreementSummary(data, 'nominal');
  if ('error' in r) throw new Error(r.error);
  const others = LEVELS.slice(1).map((level) => {
    const converted = atLevel(data, level);
    if ('error' in converted) throw new Error(converted.error);
    return krippendorffAlpha(converted.ratings, level).value ?? Number.NaN;
  });
  return [r.summary.alpha ?? Number.NaN, ...others, r.summary.fleissKappa ?? Number.NaN];
}

/** |uα per code and overall, uα, cuα and Cuα, as a project's agreement computes them. */
export function unitizedWork(data: ProjectCodings): number[] {
  const r = projectAgreement(data, { method: 'unitized' });
  return Object.values(r.overall.figures).map((e) => e.value ?? Number.NaN);
}

/** Median times, and the coefficients computed (α nominal to ratio and Fleiss' κ; |uα, uα, cuα, Cuα) to show the work was done. */
export interface AgreementTimes { matrixMs: number; unitizedMs: number; matrixFigures: number[]; unitizedFigures: number[] }

/** Median of `runs` after one warm-up; generation is not timed. */
function timed<T>(runs: number, work: () => T, tick: () => void): { ms: number; result: T } {
  let result = work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = work();
    samples.push(performance.now() - t0);
    tick();
  }
  return { ms: median(samples), result };
}

/** Median of 5 for the matrix and of 3 for the continua, at the budgets' sizes unless others are given. */
export function measureAgreement(seed: number, phases: Phases, sizes = { matrix: MATRIX_SIZE, continuum: CONTINUUM_SIZE }): AgreementTimes {
  const { matrix: m, continuum: c } = sizes;
  const phase = phases('Intercoder agreement', 5 + 3);
  const ratings = reliabilityMatrix(m.units, m.coders, seed);
  const matrix = timed(5, () => matrixWork(ratings), () => phase.tick());
  const continua = codedContinua(c.documents, c.coders, c.words, seed);
  const unitized = timed(3, () => unitizedWork(continua), () => phase.tick());
  phase.done();
  return { matrixMs: matrix.ms, unitizedMs: unitized.ms, matrixFigures: matrix.result, unitizedFigures: unitized.result };
}
