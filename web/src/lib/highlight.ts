/**
 * Highlight layers of the document view: which codings cover each stretch of a row's text.
 * Pure functions over offsets, so they are tested without a browser.
 */
import { blockAt, type Block } from './blocks.js';

/** A coded segment as the view needs it: its range and the codes applied to it. */
export interface CodedSpan { id: string; start: number; end: number; codeIds: readonly string[] }
export interface Layer { segmentId: string; codeId: string }
/** A stretch [start, end) of text covered by the same layers; depth is layers.length. */
export interface Piece { start: number; end: number; layers: Layer[] }

/** Outer segments first, nested ones after them, so the last layer is the innermost. */
const byNesting = (a: CodedSpan, b: CodedSpan): number => a.start - b.start || b.end - a.end || a.id.localeCompare(b.id);

/** Cuts [from, to) at every segment boundary inside it; each piece lists the codings covering it. */
export function highlightPieces(from: number, to: number, spans: readonly CodedSpan[]): Piece[] {
  if (to <= from) return [];
  const inside = spans.filter((s) => s.end > s.start && s.start < to && s.end > from && s.codeIds.length > 0).sort(byNesting);
  const cuts = new Set([from, to]);
  for (const s of inside) {
    if (s.start > from) cuts.add(s.start);
    if (s.end < to) cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const layers = inside
      .filter((s) => s.start <= start && s.end >= end)
      .flatMap((s) => s.codeIds.map((codeId) => ({ segmentId: s.id, codeId })));
    pieces.push({ start, end, layers });
  }
  return pieces;
}

/** For each block, the segments overlapping it (in segment order); one pass over the segments. */
export function spansByBlock<S extends { start: number; end: number }>(blocks: readonly Block[], spans: readonly S[]): S[][] {
  const out: S[][] = blocks.map(() => []);
  for (const s of spans) {
    if (s.end <= s.start) continue;
    for (let i = blockAt(blocks, s.start); i < blocks.length && blocks[i]!.start < s.end; i++) {
      if (blocks[i]!.end > s.start) out[i]!.push(s);
    }
  }
  return out;
}

/** A passing mark over text: the selection being coded, or the place the reader was sent to. */
export interface Mark { name: string; start: number; end: number }
/** A piece with the names of the marks covering it. */
export interface MarkedPiece extends Piece { marks: string[] }

/** Cuts pieces further at the marks' boundaries and lists on each the marks covering it. */
export function withMarks(pieces: readonly Piece[], marks: readonly Mark[]): MarkedPiece[] {
  const out: MarkedPiece[] = [];
  for (const piece of pieces) {
    const inside = marks.filter((m) => m.start < piece.end && m.end > piece.start && m.end > m.start);
    const cuts = new Set([piece.start, piece.end]);
    for (const m of inside) {
      if (m.start > piece.start) cuts.add(m.start);
      if (m.end < piece.end) cuts.add(m.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    for (let i = 0; i + 1 < points.length; i++) {
      const start = points[i]!;
      const end = points[i + 1]!;
      const names = inside.filter((m) => m.start <= start && m.end >= end).map((m) => m.name);
      out.push({ start, end, layers: piece.layers, marks: names });
    }
  }
  return out;
}
