/**
 * Canonical text: the one form of a document's text that offsets point into.
 * Pure string functions, no I/O.
 */

/**
 * Makes text canonical: drops leading byte-order marks, turns `\r\n` and lone `\r` into `\n`,
 * and normalises to Unicode NFC (so "ó" typed as o + combining accent and as one code point
 * give the same offsets).
 */
export function canonicalize(s: string): string {
  // Every leading BOM goes, not just one, so that canonicalising twice changes nothing.
  return s.replace(/^\uFEFF+/u, '').replace(/\r\n?/gu, '\n').normalize('NFC');
}

/** True when the text has nothing but whitespace (or nothing at all). */
export function isBlank(s: string): boolean {
  return !/\S/u.test(s);
}

/** Length in UTF-16 code units of the longest line (lines split on `\n`). */
export function longestLineLength(s: string): number {
  let longest = 0;
  let lineStart = 0;
  for (;;) {
    const nl = s.indexOf('\n', lineStart);
    const end = nl === -1 ? s.length : nl;
    longest = Math.max(longest, end - lineStart);
    if (nl === -1) return longest;
    lineStart = nl + 1;
  }
}

/**
 * The lines of a text with the offset where each begins, so callers can map a position inside a
 * line back to the whole text.
 */
export function linesWithOffsets(s: string): { line: string; start: number }[] {
  const out: { line: string; start: number }[] = [];
  let lineStart = 0;
  for (;;) {
    const nl = s.indexOf('\n', lineStart);
    const end = nl === -1 ? s.length : nl;
    out.push({ line: s.slice(lineStart, end), start: lineStart });
    if (nl === -1) return out;
    lineStart = nl + 1;
  }
}

/** Index just past the last non-whitespace character at or before `end` (not before `start`). */
export function trimEndIndex(s: string, start: number, end: number): number {
  let i = end;
  while (i > start && /\s/u.test(s[i - 1] ?? '')) i--;
  return i;
}
