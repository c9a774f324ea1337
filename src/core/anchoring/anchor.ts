import type { Selector } from '../types.js';
import { findAllBetween } from './find-all.js';
import { approximateMatches, contextWindows, maxErrorsFor } from './fuzzy.js';
import { clampOffset, isGraphemeBoundary, snapToGraphemes } from './graphemes.js';
import {
  prefixAgreement,
  rankCandidates,
  scoreCandidate,
  suffixAgreement,
  type Candidate,
  type ScoredCandidate,
} from './score.js';

/** Outcome of re-anchoring a selector: a range in the text, or why none was found. */
export type AnchorResult =
  | {
      status: 'anchored';
      start: number;
      end: number;
      method: 'position' | 'quote' | 'fuzzy';
      score: number;
    }
  | { status: 'orphaned'; reason: string };

/** Options for `anchor`. */
export interface AnchorOptions {
  /** Edits allowed in a fuzzy match (default 10% of the quote's code units, at most 64; 0 turns it off). */
  maxFuzzyErrors?: number;
}

/**
 * Code units either side of the old position searched first. The nearest occurrence there with
 * its context intact is taken at once, so a shifted segment never costs a whole-text search.
 */
const NEAR = 8192;

/**
 * Least similarity of the prefix and of the suffix for a fuzzy match. Requiring both sides keeps
 * a deleted quote from landing on a look-alike that merely follows its old prefix.
 */
const MIN_FUZZY_CONTEXT = 0.5;

type Method = 'position' | 'quote' | 'fuzzy';

const orphaned = (reason: string): AnchorResult => ({ status: 'orphaned', reason });

function anchored(range: { start: number; end: number }, method: Method, score: number): AnchorResult {
  return { status: 'anchored', start: range.start, end: range.end, method, score };
}

/** Prefix and suffix agree exactly: what `scoreCandidate` rates as prefix = suffix = 1. */
function contextIntact(text: string, selector: Selector, c: Candidate): boolean {
  const { prefix, suffix } = selector;
  const before =
    prefix.length === 0
      ? c.start === 0
      : c.start >= prefix.length && text.startsWith(prefix, c.start - prefix.length);
  const after = suffix.length === 0 ? c.end === text.length : text.startsWith(suffix, c.end);
  return before && after;
}

/** A match must not begin or end inside an emoji or a letter with combining marks. */
function aligned(text: string, c: Candidate): boolean {
  return isGraphemeBoundary(text, c.start) && isGraphemeBoundary(text, c.end);
}

function byCloseness(origin: number): (a: Candidate, b: Candidate) => number {
  return (a, b) => Math.abs(a.start - origin) - Math.abs(b.start - origin) || a.start - b.start;
}

/** Step 2: exact occurrences of the quote; the near window with intact context first. */
function matchQuote(text: string, selector: Selector, origin: number | null): ScoredCandidate | null {
  const { exact } = selector;
  const toCandidate = (start: number): Candidate => ({ start, end: start + exact.length, errors: 0 });
  if (origin !== null) {
    const intact = findAllBetween(text, exact, origin - NEAR, origin + exact.length + NEAR)
      .map(toCandidate)
      .filter((c) => contextIntact(text, selector, c))
      .sort(byCloseness(origin));
    const best = intact.find((c) => aligned(text, c));
    if (best) return scoreCandidate(text, selector, best, origin);
  }
  const all = findAllBetween(text, exact, 0, text.length).map(toCandidate);
  return rankCandidates(text, selector, all, origin).find((c) => aligned(text, c)) ?? null;
}

function unique(candidates: Candidate[]): Candidate[] {
  const seen = new Map<string, Candidate>();
  for (const c of candidates) seen.set(`${c.start}:${c.end}`, c);
  return [...seen.values()];
}

/** Step 3: approximate matches near the old position, then after surviving context, then anywhere. */
function matchFuzzy(
  text: string,
  selector: Selector,
  origin: number | null,
  maxErrors: number,
): ScoredCandidate[] {
  const { exact } = selector;
  const near =
    origin === null
      ? []
      : approximateMatches(text, exact, maxErrors, origin - NEAR, origin + exact.length + NEAR);
  const nearRanked = rankCandidates(text, selector, near, origin);
  const first = nearRanked[0];
  if (first && first.prefix === 1 && first.suffix === 1) return nearRanked;
  const elsewhere = contextWindows(text, selector, maxErrors)
    .flatMap(([from, to]) => approximateMatches(text, exact, maxErrors, from, to))
    .concat(approximateMatches(text, exact, maxErrors));
  return rankCandidates(text, selector, unique([...near, ...elsewhere]), origin);
}

/**
 * Whether a fuzzy candidate is trustworthy: its prefix and suffix each still look alike, and
 * the old context does not close up at one of its edges. If the suffix fits as well right at
 * the candidate's start (or the prefix right at its end), the quote was deleted and the
 * candidate is merely a look-alike beside the seam.
 */
function plausible(text: string, selector: Selector, c: ScoredCandidate): boolean {
  if (Math.min(c.prefix, c.suffix) < MIN_FUZZY_CONTEXT) return false;
  const closesAtStart = suffixAgreement(text, selector.suffix, c.start) >= c.suffix;
  const closesAtEnd = prefixAgreement(text, selector.prefix, c.end) >= c.prefix;
  return !closesAtStart && !closesAtEnd;
}

/** Whether a value could be a selector at all: quote and context are strings. */
function wellFormed(selector: unknown): selector is Selector {
  if (typeof selector !== 'object' || selector === null) return false;
  const s = selector as Record<string, unknown>;
  return typeof s.exact === 'string' && typeof s.prefix === 'string' && typeof s.suffix === 'string';
}

/**
 * Find a selector again in a (possibly new version of a) text:
 * (1) position: the old [start, end) still holds the quote (and does not cut a cluster);
 * (2) quote: the nearest occurrence within 8192 units of the old start whose prefix and suffix
 *     are intact, else the best occurrence anywhere by `scoreCandidate` (ties: nearest);
 * (3) fuzzy: the best approximate match within `maxFuzzyErrors` edits whose prefix and suffix
 *     are each at least half similar and do not fit better at a seam where the quote was cut
 *     out, widened to whole grapheme clusters;
 * (4) otherwise orphaned, with the reason.
 * Matches that would cut a grapheme cluster are skipped. Never throws: unusable positions
 * (negative, fractional, beyond the text) only skip step 1 and weaken the closeness score;
 * a malformed selector or an empty quote is orphaned.
 */
export function anchor(text: string, selector: Selector, options: AnchorOptions = {}): AnchorResult {
  if (typeof text !== 'string') return orphaned('There is no text to anchor in.');
  if (!wellFormed(selector)) {
    return orphaned('The selector is malformed: quote, prefix and suffix must be strings.');
  }
  const { start, end, exact } = selector;
  if (exact.length === 0) return orphaned('The selector quotes no text.');

  const positionHolds =
    Number.isInteger(start) &&
    start >= 0 &&
    end - start === exact.length &&
    text.startsWith(exact, start) &&
    aligned(text, { start, end, errors: 0 });
  if (positionHolds) return anchored({ start, end }, 'position', 1);
  const origin = typeof start === 'number' && Number.isFinite(start) ? clampOffset(start, text.length) : null;

  const quoted = matchQuote(text, selector, origin);
  if (quoted) return anchored(quoted, 'quote', quoted.score);

  const maxErrors = maxErrorsFor(exact.length, options?.maxFuzzyErrors);
  if (maxErrors === 0) return orphaned('The quote no longer occurs in the text.');
  const ranked = matchFuzzy(text, selector, origin, maxErrors);
  const best = ranked.find((c) => plausible(text, selector, c));
  if (best) return anchored(snapToGraphemes(text, best.start, best.end), 'fuzzy', best.score);
  return orphaned(
    ranked.length > 0
      ? `The quote no longer occurs in the text; its near matches (within ${maxErrors} edits) have lost its context.`
      : `The quote no longer occurs in the text, not even within ${maxErrors} edits.`,
  );
}
