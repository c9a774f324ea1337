/**
 * Frames on a model: titled boxes drawn behind the nodes to group them. Which frame holds what is
 * read from where things lie (a box belongs to the smallest frame around its centre), so moving a
 * node out of a frame needs no separate step. Pure, shared by the editor and the SVG export.
 */
import { stack } from '../core/model-geometry.js';
import { layoutModel, type LayoutEdge, type LayoutMode, type Point } from './model-layout.js';

export { FRAME_SIZE, FRAME_TEXT, frameMinWidth, stack } from '../core/model-geometry.js';

export interface Placed { id: string; x: number; y: number; width: number; height: number; frame: boolean }
export interface Size { width: number; height: number }

const area = (b: Placed): number => b.width * b.height;

/**
 * The frame each box lies in (by its centre): the smallest frame larger than the box itself, so
 * frames nest and a frame never holds one as large as itself. Boxes outside every frame are absent.
 */
export function frameOf(boxes: readonly Placed[]): Map<string, string> {
  const frames = boxes.filter((b) => b.frame).sort((a, b) => area(a) - area(b) || (a.id < b.id ? -1 : 1));
  const out = new Map<string, string>();
  for (const b of boxes) {
    const cx = b.x + b.width / 2;
    const cy = b.y + b.height / 2;
    const holder = frames.find((f) => f.id !== b.id && area(f) > area(b) && cx >= f.x && cx <= f.x + f.width && cy >= f.y && cy <= f.y + f.height);
    if (holder) out.set(b.id, holder.id);
  }
  return out;
}

/** Everything inside a frame, at any depth: what moves with it when it is dragged. */
export function contentsOf(frameId: string, boxes: readonly Placed[]): string[] {
  const parent = frameOf(boxes);
  const inside = (id: string): boolean => {
    for (let p = parent.get(id), guard = 0; p && guard < boxes.length; p = parent.get(p), guard++) if (p === frameId) return true;
    return false;
  };
  return boxes.filter((b) => b.id !== frameId && inside(b.id)).map((b) => b.id);
}

export interface FramedLayout { at: Map<string, Point>; sizes: Map<string, Size> }

/**
 * Lay out a model with frames: each frame's contents are stacked inside it (innermost first),
 * then the top level (frames and loose nodes) is laid out as `layoutModel` does, a frame standing
 * for everything in it, so the relations between what frames hold still set the columns.
 * `titles` gives each frame's title; the result holds every box's new corner and every frame's size.
 */
export async function layoutFramed(boxes: readonly Placed[], edges: readonly LayoutEdge[], titles: ReadonlyMap<string, string>, mode: LayoutMode): Promise<FramedLayout> {
  const parent = frameOf(boxes);
  const size = new Map<string, Size>(boxes.map((b) => [b.id, { width: b.width, height: b.height }]));
  const relative = new Map<string, Point>();
  const depth = (id: string): number => {
    let d = 0;
    for (let p = parent.get(id); p && d <= boxes.length; p = parent.get(p)) d++;
    return d;
  };
  const order = (a: Placed, b: Placed): number => a.y - b.y || a.x - b.x || (a.id < b.id ? -1 : 1);
  const frames = boxes.filter((b) => b.frame).sort((a, b) => depth(b.id) - depth(a.id));
  for (const f of frames) {
    const members = boxes.filter((b) => parent.get(b.id) === f.id).sort(order);
    const s = stack(members.map((m) => ({ id: m.id, ...size.get(m.id)! })), titles.get(f.id) ?? '');
    size.set(f.id, s.size);
    for (const [id, p] of s.at) relative.set(id, p);
  }
  const top = (id: string): string => {
    let t = id;
    for (let p = parent.get(t), guard = 0; p && guard <= boxes.length; p = parent.get(t), guard++) t = p;
    return t;
  };
  const roots = boxes.filter((b) => !parent.has(b.id));
  const lifted = edges.map((e) => ({ ...e, source: top(e.source), target: top(e.target) })).filter((e) => e.source !== e.target);
  const placed = await layoutModel({ nodes: roots.map((r) => ({ id: r.id, ...size.get(r.id)! })), edges: lifted }, mode);
  const at = new Map<string, Point>();
  const resolve = (id: string): Point => {
    const known = at.get(id);
    if (known) return known;
    const p = parent.get(id);
    const point = p ? { x: resolve(p).x + relative.get(id)!.x, y: resolve(p).y + relative.get(id)!.y } : placed.get(id) ?? { x: 0, y: 0 };
    at.set(id, point);
    return point;
  };
  for (const b of boxes) resolve(b.id);
  const sizes = new Map(frames.map((f) => [f.id, size.get(f.id)!]));
  return { at, sizes };
}
