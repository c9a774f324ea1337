import search from 'approx-string-match';
import type { Selector } from '../types.js';
import type { Candidate } from './score.js';

/** Share of the quote's code units that may differ in a default fuzzy match. */
const ERROR_RATE = 0.1;
/** Default ceiling on edits, whatever the quote's length: beyond it, a person should review. */
const DEFAULT_MAX_ERRORS = 64;
/** Hard ceiling, also on an explicit option: the search slows down in proportion to it. */
const MAX_ERRORS_LIMIT = 256;
/** Exact occurrences of the prefix or suffix looked at when the quote has moved far. */
const MAX_CONTEXT_HITS = 16;

/**
 * Edits allowed between the quote and a fuzzy match: `requested` when given (clamped to
 * [0, 256] and below the quote length), otherwise 10% of the quote length rounded down, at
 * most 64. Quotes under 10 code units are thus only matched exactly by default.
 */
export function maxErrorsFor(quoteLength: number, requested?: number): number {
  const limit = Math.min(MAX_ERRORS_LIMIT, quoteLength - 1);
  const wanted = requested ?? Math.min(DEFAULT_MAX_ERRORS, Math.floor(quoteLength * ERROR_RATE));
  return Number.isFinite(wanted) ? Math.max(0, Math.min(limit, Math.floor(wanted))) : 0;
}

/**
 * Approximate occurrences of `quote` lying in [from, to). The search returns only the matches
 * with the fewest edits in the range it is given, so callers search several small windows when
 * they need near and context-backed matches to compete with a closer copy elsewhere.
 */
export function approximateMatches(
  text: string,
  quote: string,
  maxErrors: number,
  from = 0,
  to = text.length,
): Candidate[] {
  const lo = Math.max(0, from);
  const hi = Math.min(text.length, to);
  if (hi <= lo || quote.length === 0) return [];
  const window = lo === 0 && hi === text.length ? text : text.slice(lo, hi);
  return search(window, quote, maxErrors)
    .filter((m) => m.end > m.start)
    .map((m) => ({ start: lo + m.start, end: lo + m.end, errors: m.errors }));
}

/** Offsets at which `needle` occurs, at most MAX_CONTEXT_HITS of them. */
function firstHits(text: string, needle: string): number[] {
  const hits: number[] = [];
  for (let i = text.indexOf(needle); i !== -1 && hits.length < MAX_CONTEXT_HITS; ) {
    hits.push(i);
    i = text.indexOf(needle, i + 1);
  }
  return hits;
}

/**
 * Windows where the quote would sit if its prefix or suffix survived unchanged: right after an
 * occurrence of the prefix, right before one of the suffix. Short contexts say too little.
 */
export function contextWindows(
  text: string,
  selector: Selector,
  maxErrors: number,
): Array<[number, number]> {
  const span = selector.exact.length + 2 * maxErrors;
  const windows: Array<[number, number]> = [];
  if (selector.prefix.length >= 8) {
    for (const hit of firstHits(text, selector.prefix)) {
      const after = hit + selector.prefix.length;
      windows.push([after - maxErrors, after + span]);
    }
  }
  if (selector.suffix.length >= 8) {
    for (const hit of firstHits(text, selector.suffix)) windows.push([hit - span, hit + maxErrors]);
  }
  return windows;
}
