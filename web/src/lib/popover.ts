/** Placing a popover (the code picker, the segment details) next to what it belongs to, inside the viewport. */

export interface Rect { left: number; top: number; right: number; bottom: number }
export interface Size { width: number; height: number }

const GAP = 6;
const EDGE = 8;

/**
 * Where to put a box of `size` beside `anchor`: below it when it fits, otherwise above, otherwise
 * wherever it overlaps least; always kept within the viewport's edges.
 */
export function placeNear(anchor: Rect, size: Size, viewport: Size): { left: number; top: number } {
  const maxLeft = Math.max(EDGE, viewport.width - size.width - EDGE);
  const left = Math.min(Math.max(anchor.left, EDGE), maxLeft);
  const below = anchor.bottom + GAP;
  const above = anchor.top - GAP - size.height;
  let top: number;
  if (below + size.height <= viewport.height - EDGE) top = below;
  else if (above >= EDGE) top = above;
  else top = viewport.height - size.height - EDGE;
  return { left, top: Math.max(EDGE, top) };
}
