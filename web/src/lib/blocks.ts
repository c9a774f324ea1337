/**
 * The rows of the document view: each speaker turn, plus any text outside turns (a preamble
 * before the first turn, notes between turns), or paragraphs when a document has no turns.
 * Offsets are UTF-16 code units into the canonical text, end exclusive.
 */

export interface TurnLike { start: number; end: number; speaker: string; startMs?: number | null }
/** `startMs`: when a recording's transcript says the turn is spoken. */
export interface Block { start: number; end: number; speaker: string | null; startMs?: number }

const isBlank = (text: string, start: number, end: number): boolean => text.slice(start, end).trim() === '';

/** The end of [start, end) without trailing whitespace. */
function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return end;
}

/** Speakerless paragraphs of [start, end), split at blank lines or single line breaks. */
function paragraphs(text: string, start: number, end: number): Block[] {
  const out: Block[] = [];
  let at = start;
  while (at < end) {
    const nl = text.indexOf('\n', at);
    const stop = nl === -1 || nl >= end ? end : nl;
    if (!isBlank(text, at, stop)) out.push({ start: at, end: trimEnd(text, at, stop), speaker: null });
    at = stop + 1;
  }
  return out;
}

/** Every row to show, in text order; blank stretches between turns are left out. */
export function blocksOf(text: string, turns: readonly TurnLike[]): Block[] {
  const sorted = [...turns].filter((t) => t.end > t.start).sort((a, b) => a.start - b.start);
  const out: Block[] = [];
  let at = 0;
  for (const t of sorted) {
    const start = Math.max(t.start, at);
    if (start > at) out.push(...paragraphs(text, at, start));
    if (t.end > start) out.push({ start, end: t.end, speaker: t.speaker, ...(t.startMs != null ? { startMs: t.startMs } : {}) });
    at = Math.max(at, t.end);
  }
  if (at < text.length) out.push(...paragraphs(text, at, text.length));
  return out;
}

/** The index of the block containing offset, or of the next one after it; blocks.length if none. */
export function blockAt(blocks: readonly Block[], offset: number): number {
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((blocks[mid]?.end ?? 0) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
