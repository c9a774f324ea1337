/**
 * Where the searched words are inside a passage the index returned, to the exact UTF-16 offset,
 * and the units auto-coding extends a hit to (the sentence around it).
 */
import { tokensOf, type SearchTerm } from './search-query.js';

export interface Range { start: number; end: number }

/** What auto-coding codes around each hit: the match itself, its sentence, or its speaker turn. */
export const AUTOCODE_UNITS = ['match', 'sentence', 'turn'] as const;
export type AutocodeUnit = (typeof AUTOCODE_UNITS)[number];

/** Occurrences of any term in `text` (accent- and case-insensitive), in order, without overlaps. */
export function findMatches(text: string, terms: readonly SearchTerm[]): Range[] {
  const tokens = tokensOf(text);
  const found: Range[] = [];
  for (const term of terms) {
    const n = term.tokens.length;
    for (let i = 0; i + n <= tokens.length; i++) {
      let ok = true;
      for (let k = 0; k < n && ok; k++) {
        const have = tokens[i + k]!.token;
        const want = term.tokens[k]!;
        ok = term.prefix && k === n - 1 ? have.startsWith(want) : have === want;
      }
      if (ok) found.push({ start: tokens[i]!.start, end: tokens[i + n - 1]!.end });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Range[] = [];
  for (const r of found) if (out.length === 0 || r.start >= out[out.length - 1]!.end) out.push(r);
  return out;
}

let segmenter: Intl.Segmenter | undefined;

/** The sentence of `text` holding [start, end) (all sentences it touches), without surrounding spaces. */
export function sentenceAround(text: string, start: number, end: number): Range {
  segmenter ??= new Intl.Segmenter('und', { granularity: 'sentence' });
  let from = start;
  let to = end;
  for (const s of segmenter.segment(text)) {
    const sEnd = s.index + s.segment.length;
    if (sEnd <= start) continue;
    if (s.index >= end) break;
    from = Math.min(from, s.index);
    to = Math.max(to, sEnd);
  }
  while (from < start && /\s/u.test(text[from]!)) from++;
  while (to > end && /\s/u.test(text[to - 1]!)) to--;
  return { start: from, end: to };
}
