import type { Selector } from '../types.js';
import { isGraphemeBoundary } from './graphemes.js';

/**
 * Longest context kept on each side of a quote, in UTF-16 code units (the unit of every offset
 * in Sparks). Cutting on cluster boundaries may make it shorter, never longer.
 */
export const CONTEXT_LENGTH = 32;

/** Up to CONTEXT_LENGTH code units ending at `offset`, starting on a grapheme boundary. */
export function contextBefore(text: string, offset: number): string {
  const from = Math.max(0, offset - CONTEXT_LENGTH);
  // The first cluster boundary from `from` on: usually `from` itself, found without segmenting.
  let first = from;
  while (first < offset && !isGraphemeBoundary(text, first)) first++;
  return text.slice(first, offset);
}

/** Up to CONTEXT_LENGTH code units starting at `offset`, ending on a grapheme boundary. */
export function contextAfter(text: string, offset: number): string {
  const to = Math.min(text.length, offset + CONTEXT_LENGTH);
  let last = to;
  while (last > offset && !isGraphemeBoundary(text, last)) last--;
  return text.slice(offset, last);
}

/**
 * Selector for [start, end) of text: exact quote plus up to 32 characters of context each side,
 * cut on grapheme boundaries (Intl.Segmenter) so no emoji or combining sequence is split.
 * "Characters" are UTF-16 code units, like the offsets. The range itself is recorded as given;
 * pass it through `snapToGraphemes` first if it may come from an unsnapped source.
 * Throws RangeError on bad ranges (start<0, end>len, start>=end, non-integers).
 */
export function describe(text: string, start: number, end: number): Selector {
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    throw new RangeError(`Selection offsets must be integers (got ${start}, ${end}).`);
  }
  if (start < 0 || end > text.length || start >= end) {
    throw new RangeError(
      `Selection [${start}, ${end}) is not a non-empty range inside a text of length ${text.length}.`,
    );
  }
  return {
    start,
    end,
    exact: text.slice(start, end),
    prefix: contextBefore(text, start),
    suffix: contextAfter(text, end),
  };
}
