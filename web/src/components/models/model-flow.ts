/**
 * The model as @xyflow/react draws it: nodes keyed by the object they show (a code's id), so a node
 * added here before the server answers and the same node read back are one; edges are the
 * project's relations between them. Pure, so the merge of server data with changes still on their
 * way is tested without a browser.
 */
import { MarkerType, type Edge, type Node } from '@xyflow/react';
import { FRAME_SIZE } from '../../../../src/analysis/model-frames.js';
import { countsLine, nodeSize } from '../../../../src/analysis/model-layout.js';
import type { CodeListing, MemoListing } from '../../api.js';
import type { ModelNodeView, ModelView, NodeStyle, RelationView } from './models-api.js';

export interface XY { x: number; y: number }
export interface Size { width: number; height: number }
export interface Rect extends XY, Size {}

export interface NodeData extends Record<string, unknown> {
  /** What the node shows: a code's own name. */
  label: string;
  /** Its full path (a code's categories), for the tooltip. */
  title: string;
  color: string;
  counts: ModelNodeView['counts'];
  kind: ModelNodeView['type'];
  /** What commands name the object by: a code's path, a memo's or a segment's id. */
  ref: string;
  /** The code's path for the Segments view's filter; null for memos and segments. */
  codePath: string | null;
  /** A segment's document and where in it the segment starts; null for other nodes. */
  place: ModelNodeView['place'];
  /** The node's own style as stored: a resize or a layout sends it back whole, with the new size. */
  look: NodeStyle;
}
export type FlowNode = Node<NodeData, 'code' | 'frame'>;
export type FlowEdge = Edge<{ relation: RelationView }>;

/**
 * A change not yet read back: a node put somewhere (new or moved; a frame perhaps resized or
 * retitled), or taken off. `held`: moved here and not yet sent (arrow keys, until they rest), so
 * data arriving meanwhile leave it be. `done`: the `tick()` at which the server answered for it
 * (0 while on its way).
 */
export type Pending = ({ at: XY; node?: ModelNodeView; size?: Size; label?: string; held?: true } | { gone: true }) & { done: number };

let clock = 0;
/** A moment in the page's own order of events: a read started after a change was answered holds it. */
export const tick = (): number => ++clock;

/** A node's box before the browser has measured it. */
export const NODE_SIZE = { width: 190, height: 78 };
const DEFAULT_COLOR = '#8a94a3';
const FRAME_COLOR = '#7d8ca3';
/** Frames are drawn behind every other node (and every relation). */
export const FRAME_Z = -1;

/** A code not yet on the model, shaped as the server will send it back. */
export function nodeOfCode(code: CodeListing, at: XY): ModelNodeView {
  return {
    id: `new:${code.id}`, type: 'code', targetId: code.id, label: code.path, x: at.x, y: at.y, style: {}, color: code.color,
    counts: { codings: code.codingsWithChildren, cases: code.casesWithChildren, label: null }, place: null,
  };
}

/** A memo not yet on the model, shaped as the server will send it back. */
export function nodeOfMemo(memo: Pick<MemoListing, 'id' | 'title'>, at: XY): ModelNodeView {
  return { id: `new:${memo.id}`, type: 'memo', targetId: memo.id, label: memo.title, x: at.x, y: at.y, style: {}, color: null, counts: null, place: null };
}

function dataOf(n: ModelNodeView, code: CodeListing | undefined): NodeData {
  const isCode = n.type === 'code';
  return {
    label: code?.name ?? n.label, title: code?.path ?? n.label,
    color: n.style.color ?? n.color ?? code?.color ?? (n.type === 'frame' ? FRAME_COLOR : DEFAULT_COLOR),
    counts: n.counts, kind: n.type, ref: isCode ? code?.path ?? n.label : n.targetId, codePath: isCode ? code?.path ?? n.label : null,
    place: n.place, look: n.style,
  };
}

/** A frame's size as stored, or a new frame's. */
export const frameSize = (style: NodeStyle): Size => ({ width: style.width ?? FRAME_SIZE.width, height: style.height ?? FRAME_SIZE.height });

/**
 * The nodes to draw: the server's, with pending changes laid over them, keeping what the canvas
 * knows and the server does not (selection, measured size, a drag in progress).
 */
export function toFlowNodes(
  view: ModelView, codes: ReadonlyMap<string, CodeListing>, pending: ReadonlyMap<string, Pending>, previous: readonly FlowNode[],
): FlowNode[] {
  const before = new Map(previous.map((n) => [n.id, n]));
  const listed = new Map(view.nodes.map((n) => [n.targetId, n]));
  for (const [id, p] of pending) if ('node' in p && p.node && !listed.has(id)) listed.set(id, p.node);
  const frames: FlowNode[] = [];
  const others: FlowNode[] = [];
  for (const [id, listedNode] of listed) {
    const p = pending.get(id);
    if (p && 'gone' in p) continue;
    const moved = p && 'at' in p ? p : undefined;
    const n = moved?.label === undefined ? listedNode : { ...listedNode, label: moved.label };
    const old = before.get(id);
    // A drag or a resize in progress is the canvas's until it ends.
    const busy = old?.dragging || old?.resizing;
    const position = busy ? old!.position : moved ? moved.at : { x: n.x, y: n.y };
    const data = dataOf(n, codes.get(n.targetId));
    const selected = old?.selected ?? false;
    if (n.type === 'frame') {
      const size = busy && old?.width && old.height ? { width: old.width, height: old.height } : moved?.size ?? frameSize(n.style);
      frames.push({
        ...(old ?? {}), id, type: 'frame', position, data, ...size, zIndex: FRAME_Z, connectable: false, selected,
        ariaLabel: n.label ? `Frame ${n.label}` : 'Frame without a title',
      });
      continue;
    }
    // As wide as the SVG export draws the box, so a layout made here reads the same there.
    const { width } = nodeSize(data.label, n.style, countsLine(n.counts));
    others.push({ ...(old ?? {}), id, type: 'code', position, data, style: { width }, selected });
  }
  // Larger frames first, so a frame inside another is drawn over it.
  const area = (f: FlowNode) => (f.width ?? 0) * (f.height ?? 0);
  frames.sort((a, b) => area(b) - area(a));
  return [...frames, ...others];
}

/** The relations between drawn nodes, labelled with their type; an arrow unless the type works both ways. */
export function toFlowEdges(view: ModelView, drawn: ReadonlySet<string>, previous: readonly FlowEdge[]): FlowEdge[] {
  const selected = new Set(previous.filter((e) => e.selected).map((e) => e.id));
  return view.relations
    .filter((r) => drawn.has(r.source.id) && drawn.has(r.target.id))
    .map((r) => ({
      id: r.id, source: r.source.id, target: r.target.id, label: r.label, data: { relation: r },
      ariaLabel: `${r.source.label} ${r.type} ${r.target.label}`,
      selected: selected.has(r.id),
      ...(r.symmetric ? {} : { markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18 } }),
    }));
}

/** Each relation between the facing sides of its nodes: right to left when the target lies to the right, else left to right. */
export function withSides(edges: readonly FlowEdge[], nodes: readonly FlowNode[]): FlowEdge[] {
  const middle = new Map(nodes.map((n) => [n.id, n.position.x + (n.measured?.width ?? NODE_SIZE.width) / 2]));
  return edges.map((e) => {
    const forward = (middle.get(e.target) ?? 0) >= (middle.get(e.source) ?? 0);
    const [sourceHandle, targetHandle] = forward ? ['right', 'left'] : ['left', 'right'];
    return e.sourceHandle === sourceHandle && e.targetHandle === targetHandle ? e : { ...e, sourceHandle, targetHandle };
  });
}

/**
 * Pending changes answered before the data just read were asked for are dropped: those data hold
 * them. A read already on its way when a change was answered may not, so that change stays.
 */
export function settle(pending: Map<string, Pending>, readAt: number): void {
  for (const [id, p] of pending) if (p.done > 0 && p.done < readAt) pending.delete(id);
}

const overlaps = (a: Rect, b: Rect, gap: number) =>
  a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;

/** The first place in `area` (row by row) where a node of `size` touches no other; below everything when the area is full. */
export function freeSpot(taken: readonly Rect[], area: Rect, size = NODE_SIZE, gap = 24): XY {
  const stepX = size.width + gap;
  const stepY = size.height + gap;
  for (let y = area.y + gap; y + size.height <= area.y + area.height; y += stepY) {
    for (let x = area.x + gap; x + size.width <= area.x + area.width; x += stepX) {
      const box = { x, y, ...size };
      if (!taken.some((t) => overlaps(box, t, gap))) return { x: Math.round(x), y: Math.round(y) };
    }
  }
  const bottom = taken.reduce((max, t) => Math.max(max, t.y + t.height), area.y);
  return { x: Math.round(area.x + gap), y: Math.round(bottom + gap) };
}

/** A drawn node's box, measured when the browser has laid it out; a frame's is its own size. */
export const rectOf = (n: FlowNode): Rect => ({
  ...n.position,
  width: n.measured?.width ?? n.width ?? NODE_SIZE.width,
  height: n.measured?.height ?? n.height ?? NODE_SIZE.height,
});
