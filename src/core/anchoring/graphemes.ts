/**
 * Grapheme-cluster helpers that look only at a small window of the text, so that snapping or
 * cutting context near one offset costs the same in a 300,000-character transcript as in a line.
 */

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Below U+0300 (combining marks start there) no code point joins its neighbour, bar CR LF. */
const FIRST_JOINING = 0x300;

/**
 * How far around an offset the text is segmented. A cluster longer than this (hundreds of
 * stacked combining marks) or a longer run of regional-indicator flags may be cut slightly off;
 * real transcripts have neither.
 */
const WINDOW = 256;

/** Clamp any number (NaN, fractions, out of range) to an integer offset in [0, length]. */
export function clampOffset(value: number, length: number): number {
  if (Number.isNaN(value)) return 0;
  return Math.min(length, Math.max(0, Math.trunc(value)));
}

/**
 * A start for segmentation at or before `offset` that is known (or very likely) to be a cluster
 * boundary: just after a line feed, which always ends a cluster, otherwise WINDOW units back.
 */
function safeStart(text: string, offset: number): number {
  const floor = Math.max(0, offset - WINDOW);
  if (floor === 0) return 0;
  const newline = text.lastIndexOf('\n', offset - 1);
  return newline >= floor ? newline + 1 : floor;
}

/** The [start, end) of the cluster containing code unit `offset` (0 <= offset < text.length). */
function clusterAt(text: string, offset: number): { start: number; end: number } {
  const lo = safeStart(text, offset);
  const hi = Math.min(text.length, offset + WINDOW);
  const found = segmenter.segment(text.slice(lo, hi)).containing(offset - lo);
  if (!found) return { start: offset, end: offset + 1 };
  return { start: lo + found.index, end: lo + found.index + found.segment.length };
}


/** Whether `offset` falls between two grapheme clusters (0 and text.length always do). */
export function isGraphemeBoundary(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return offset === 0 || offset === text.length;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  // Fast path for Latin text, accents and Spanish punctuation included.
  if (before < FIRST_JOINING && after < FIRST_JOINING) return !(before === 0x0d && after === 0x0a);
  return clusterAt(text, offset).start === offset;
}

/**
 * Move the ends of a range off the middle of a surrogate pair / grapheme cluster.
 * Each end moves outwards, to the start or the end of the cluster it cuts, so the range still
 * covers everything it covered (an empty range inside a cluster becomes that cluster).
 * Out-of-range or fractional offsets are clamped first; an end before the start is moved to
 * the start. Never throws.
 */
export function snapToGraphemes(
  text: string,
  start: number,
  end: number,
): { start: number; end: number } {
  let s = clampOffset(start, text.length);
  let e = Math.max(s, clampOffset(end, text.length));
  if (s < text.length && !isGraphemeBoundary(text, s)) s = clusterAt(text, s).start;
  if (e > 0 && e < text.length && !isGraphemeBoundary(text, e)) {
    const cluster = clusterAt(text, e);
    if (cluster.start !== e) e = cluster.end;
  }
  return { start: s, end: e };
}
