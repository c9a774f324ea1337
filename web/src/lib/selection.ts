/**
 * From a DOM selection to character offsets of the document's text. Each rendered piece of text
 * carries its start offset in `data-start`, so the mapping is exact whatever the markup around it
 * (highlights, rows, the margin). Offsets are UTF-16 code units, as DOM text offsets are.
 */

/** The two ends of a selection, as a DOM Range or a StaticRange gives them. */
export interface BoundaryRange { startContainer: Node; startOffset: number; endContainer: Node; endOffset: number }
export interface TextRange { start: number; end: number }

const PIECE = '[data-start]';
const TEXT_NODE = 3;
const FOLLOWING = 4;
const CONTAINED_BY = 16;

const startOf = (piece: Element): number => Number(piece.getAttribute('data-start'));
const endOf = (piece: Element): number => startOf(piece) + (piece.textContent ?? '').length;

/** Whether `piece` lies after the boundary point (node, offset) in document order. */
function isAfter(piece: Node, node: Node, offset: number): boolean {
  if (node.nodeType !== TEXT_NODE && offset < node.childNodes.length) {
    const child = node.childNodes[offset]!;
    return child === piece || child.contains(piece) || (child.compareDocumentPosition(piece) & FOLLOWING) !== 0;
  }
  const position = node.compareDocumentPosition(piece);
  return (position & FOLLOWING) !== 0 && (position & CONTAINED_BY) === 0;
}

/** The text offset of a boundary point; points outside the text snap inwards, toward the selected text. */
function offsetOf(pieces: readonly Element[], node: Node, offset: number, side: 'start' | 'end'): number | null {
  const element = node.nodeType === TEXT_NODE ? node.parentElement : (node as Element);
  const piece = element?.closest(PIECE);
  if (piece && pieces.includes(piece)) {
    const before = piece.ownerDocument.createRange();
    before.setStart(piece, 0);
    before.setEnd(node, offset);
    return startOf(piece) + before.toString().length;
  }
  if (side === 'start') {
    const next = pieces.find((p) => isAfter(p, node, offset));
    return next ? startOf(next) : null;
  }
  const previous = pieces.findLast((p) => !isAfter(p, node, offset));
  return previous ? endOf(previous) : null;
}

/** [start, end) without the whitespace around it, or null when nothing but whitespace is left. */
export function trimRange(text: string, start: number, end: number): TextRange | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return start < end ? { start, end } : null;
}

/**
 * The offsets of `text` selected by `range` within `root`, trimmed of surrounding whitespace; null
 * when the selection holds no transcript text (only the margin, say, or only text outside root).
 * An end beyond root (a drag released below the transcript) keeps the transcript text it covers.
 */
export function offsetsOf(root: Element, range: BoundaryRange, text: string): TextRange | null {
  const pieces = [...root.querySelectorAll(PIECE)];
  const start = offsetOf(pieces, range.startContainer, range.startOffset, 'start');
  const end = offsetOf(pieces, range.endContainer, range.endOffset, 'end');
  if (start === null || end === null) return null;
  return trimRange(text, Math.max(0, start), Math.min(text.length, end));
}
