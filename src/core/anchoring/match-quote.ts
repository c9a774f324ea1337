import type { Selector } from '../types.js';
import { findAllBetween } from './find-all.js';
import { isGraphemeBoundary } from './graphemes.js';
import { rankCandidates, scoreCandidate, type Candidate, type ScoredCandidate } from './score.js';

/**
 * Code units either side of the old position searched first. The nearest occurrence there with
 * its context intact is taken at once, so a shifted segment never costs a whole-text search.
 */
export const NEAR = 8192;

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

/**
 * Step 1: the old range still holds the quote, in whole clusters, with its context intact.
 * Otherwise the old range only competes in step 2 (where it has the closeness advantage):
 * an edit may have pushed another copy of the quote onto the old offset, or shifted the quote
 * within a repetitive run such as layout spaces.
 */
export function matchPosition(text: string, selector: Selector): Candidate | null {
  const { start, end, exact } = selector;
  const c: Candidate = { start, end, errors: 0 };
  const holds =
    Number.isInteger(start) &&
    start >= 0 &&
    end - start === exact.length &&
    text.startsWith(exact, start);
  return holds && aligned(text, c) && contextIntact(text, selector, c) ? c : null;
}

/**
 * Step 2: exact occurrences of the quote. The nearest one within NEAR of the old start whose
 * context is intact wins outright; failing that, every occurrence is ranked by
 * `scoreCandidate`. Occurrences that would cut a grapheme cluster are skipped.
 */
export function matchQuote(
  text: string,
  selector: Selector,
  origin: number | null,
): ScoredCandidate | null {
  const { exact } = selector;
  const toCandidate = (start: number): Candidate => ({ start, end: start + exact.length, errors: 0 });
  if (origin !== null) {
    const best = findAllBetween(text, exact, origin - NEAR, origin + exact.length + NEAR)
      .map(toCandidate)
      .filter((c) => contextIntact(text, selector, c))
      .sort(byCloseness(origin))
      .find((c) => aligned(text, c));
    if (best) return scoreCandidate(text, selector, best, origin);
  }
  const all = findAllBetween(text, exact, 0, text.length).map(toCandidate);
  return rankCandidates(text, selector, all, origin).find((c) => aligned(text, c)) ?? null;
}
