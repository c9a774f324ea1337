/**
 * Frames on the canvas, pure: the boxes `model-frames` reads membership from, and what a dragged
 * frame carries along. Membership is read once, when the drag starts, so a frame passing over
 * other nodes on its way does not pick them up.
 */
import { contentsOf, type Placed } from '../../../../src/analysis/model-frames.js';
import { rectOf, type FlowNode, type XY } from './model-flow.js';

export const isFrame = (n: FlowNode): boolean => n.data.kind === 'frame';

/** Every drawn node's box, as the shared frame geometry reads them. */
export const boxesOf = (nodes: readonly FlowNode[]): Placed[] => nodes.map((n) => ({ id: n.id, ...rectOf(n), frame: isFrame(n) }));

/** What a drag moves besides the dragged nodes: each node inside a dragged frame, with where it and its frame started. */
export interface Carry { nodes: Map<string, { from: XY; frame: string }>; frames: Map<string, XY> }

export function carriedBy(nodes: readonly FlowNode[], dragged: readonly string[]): Carry {
  const carry: Carry = { nodes: new Map(), frames: new Map() };
  const moving = new Set(dragged);
  const boxes = boxesOf(nodes);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  for (const id of dragged) {
    const frame = byId.get(id);
    if (!frame || !isFrame(frame)) continue;
    carry.frames.set(id, { ...frame.position });
    for (const inner of contentsOf(id, boxes)) {
      // Already dragged (selected with the frame), or carried by an outer frame: it moves once.
      if (moving.has(inner) || carry.nodes.has(inner)) continue;
      carry.nodes.set(inner, { from: { ...byId.get(inner)!.position }, frame: id });
    }
  }
  return carry;
}

/** Where the carried nodes are now, given where the dragged frames are. */
export function carriedTo(carry: Carry, frames: readonly { id: string; position: XY }[]): Map<string, XY> {
  const now = new Map(frames.map((f) => [f.id, f.position]));
  const out = new Map<string, XY>();
  for (const [id, { from, frame }] of carry.nodes) {
    const start = carry.frames.get(frame)!;
    const at = now.get(frame) ?? start;
    out.set(id, { x: from.x + at.x - start.x, y: from.y + at.y - start.y });
  }
  return out;
}

/** The nodes with the carried ones at their new places (and marked as dragged, so data read meanwhile leave them be). */
export function withCarried(nodes: readonly FlowNode[], at: ReadonlyMap<string, XY>, dragging: boolean): FlowNode[] {
  if (at.size === 0) return nodes as FlowNode[];
  return nodes.map((n) => {
    const p = at.get(n.id);
    return p ? { ...n, position: p, dragging } : n;
  });
}
