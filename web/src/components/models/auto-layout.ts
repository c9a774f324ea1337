/**
 * Auto-layout: the nodes as drawn (at least as large as the SVG export draws them), the frames
 * with what lies in them, and the relations with their paradigm roles go to the shared layout,
 * which stacks each frame's contents and places the rest in layers, or in the paradigm model's
 * columns. The layout engine itself loads on first use: it is large.
 */
import { layoutFramed } from '../../../../src/analysis/model-frames.js';
import { countsLine, nodeSize } from '../../../../src/analysis/model-layout.js';
import { isFrame } from './frame-flow.js';
import { rectOf, type FlowEdge, type FlowNode, type Size, type XY } from './model-flow.js';
import type { RelationTypeView } from './models-api.js';

/** Every node's new place, and each frame's new size. */
export interface Arrangement { at: Map<string, XY>; sizes: Map<string, Size> }

export async function arrange(
  nodes: readonly FlowNode[], edges: readonly FlowEdge[], types: readonly RelationTypeView[], mode: 'layered' | 'paradigm',
): Promise<Arrangement> {
  const roles = new Map(types.map((t) => [t.id, t.paradigm]));
  const boxes = nodes.map((n) => {
    if (isFrame(n)) return { id: n.id, ...rectOf(n), frame: true };
    const drawn = nodeSize(n.data.label, n.style?.width ? { width: Number(n.style.width) } : null, countsLine(n.data.counts));
    return {
      id: n.id, ...n.position, frame: false,
      width: Math.max(n.measured?.width ?? 0, drawn.width), height: Math.max(n.measured?.height ?? 0, drawn.height),
    };
  });
  const titles = new Map(nodes.filter(isFrame).map((f) => [f.id, f.data.label]));
  const edgesIn = edges.map((e) => ({ id: e.id, source: e.source, target: e.target, paradigm: roles.get(e.data?.relation.typeId ?? '') ?? null }));
  const { at, sizes } = await layoutFramed(boxes, edgesIn, titles, mode);
  const round = (p: XY): XY => ({ x: Math.round(p.x), y: Math.round(p.y) });
  return {
    at: new Map([...at].map(([id, p]) => [id, round(p)])),
    sizes: new Map([...sizes].map(([id, s]) => [id, { width: Math.round(s.width), height: Math.round(s.height) }])),
  };
}
