import type { Selector } from '../types.js';
import { similarity } from './similarity.js';

/** A place in the new text where the quote (or something close to it) occurs. */
export interface Candidate {
  start: number;
  end: number;
  /** Edits between the quote and text.slice(start, end); 0 for an exact occurrence. */
  errors: number;
}

/** A candidate with the evidence for it. All similarities are in [0, 1]. */
export interface ScoredCandidate extends Candidate {
  quote: number;
  prefix: number;
  suffix: number;
  /** Code units between the candidate's start and the old start (0 when that is unknown). */
  distance: number;
  /** Overall rank in [0, 1]; see `scoreCandidate`. */
  score: number;
}

/**
 * Weight of closeness to the old position. Small, so that matching context always outweighs
 * it except between near-equals: a duplicated sentence is told apart by what surrounds it.
 */
const POSITION_WEIGHT = 0.05;

/** Above this many occurrences only the best by exact context agreement get the full scoring. */
const MAX_FULLY_SCORED = 200;

/** How well the stored prefix matches the text just before `start`. */
export function prefixAgreement(text: string, prefix: string, start: number): number {
  // An empty prefix means the quote opened the text; only the text's start agrees with it.
  if (prefix.length === 0) return start === 0 ? 1 : 0;
  return similarity(prefix, text.slice(Math.max(0, start - prefix.length), start));
}

/** How well the stored suffix matches the text just after `end`. */
export function suffixAgreement(text: string, suffix: string, end: number): number {
  if (suffix.length === 0) return end === text.length ? 1 : 0;
  return similarity(suffix, text.slice(end, end + suffix.length));
}

/**
 * Score = 0.95 × evidence + 0.05 × closeness, where evidence = (2·quote + prefix + suffix) / 4
 * (quote similarity is 1 − errors / quote length; prefix and suffix similarity are 1 − edit
 * distance / length) and closeness = 1 − distance / text length (½ when the old position is
 * unknown).
 */
export function scoreCandidate(
  text: string,
  selector: Selector,
  candidate: Candidate,
  origin: number | null,
): ScoredCandidate {
  const quote = 1 - candidate.errors / Math.max(1, selector.exact.length);
  const prefix = prefixAgreement(text, selector.prefix, candidate.start);
  const suffix = suffixAgreement(text, selector.suffix, candidate.end);
  const distance = origin === null ? 0 : Math.abs(candidate.start - origin);
  const closeness = origin === null ? 0.5 : 1 - Math.min(1, distance / Math.max(1, text.length));
  const evidence = (2 * quote + prefix + suffix) / 4;
  const score = (1 - POSITION_WEIGHT) * evidence + POSITION_WEIGHT * closeness;
  return { ...candidate, quote, prefix, suffix, distance, score };
}

/** Best first: higher score, then nearer the old position, then earlier in the text. */
export function compareCandidates(a: ScoredCandidate, b: ScoredCandidate): number {
  return b.score - a.score || a.distance - b.distance || a.start - b.start;
}

/** Code units of context that agree exactly, counted outwards from the candidate. */
function exactContextAgreement(text: string, selector: Selector, candidate: Candidate): number {
  let agreed = 0;
  const { prefix, suffix } = selector;
  while (
    agreed < prefix.length &&
    prefix.charCodeAt(prefix.length - 1 - agreed) === text.charCodeAt(candidate.start - 1 - agreed)
  ) {
    agreed++;
  }
  let after = 0;
  while (after < suffix.length && suffix.charCodeAt(after) === text.charCodeAt(candidate.end + after)) {
    after++;
  }
  return agreed + after;
}

/**
 * Candidates scored and sorted best first. A very common quote (a single word, say) can occur
 * thousands of times; those are first narrowed by exact context agreement and distance, which
 * is cheap, so that the edit-distance scoring runs on a bounded number of them.
 */
export function rankCandidates(
  text: string,
  selector: Selector,
  candidates: readonly Candidate[],
  origin: number | null,
): ScoredCandidate[] {
  let pool = candidates;
  if (candidates.length > MAX_FULLY_SCORED) {
    const distance = (c: Candidate): number => (origin === null ? 0 : Math.abs(c.start - origin));
    pool = candidates
      .map((c) => ({ c, agreed: exactContextAgreement(text, selector, c) }))
      .sort((x, y) => y.agreed - x.agreed || distance(x.c) - distance(y.c))
      .slice(0, MAX_FULLY_SCORED)
      .map((x) => x.c);
  }
  return pool.map((c) => scoreCandidate(text, selector, c, origin)).sort(compareCandidates);
}
