/**
 * Auto-layout: the nodes as drawn (at least as large as the SVG export draws them) and the
 * relations with their paradigm roles go to the shared layout, which places them in layers, or in
 * the paradigm model's columns. The layout engine itself loads on first use: it is large.
 */
import { countsLine, layoutModel, nodeSize } from '../../../../src/analysis/model-layout.js';
import type { FlowEdge, FlowNode, XY } from './model-flow.js';
import type { RelationTypeView } from './models-api.js';

export async function layoutPositions(
  nodes: readonly FlowNode[], edges: readonly FlowEdge[], types: readonly RelationTypeView[], mode: 'layered' | 'paradigm',
): Promise<Map<string, XY>> {
  const roles = new Map(types.map((t) => [t.id, t.paradigm]));
  const positions = await layoutModel({
    nodes: nodes.map((n) => {
      const drawn = nodeSize(n.data.label, n.style?.width ? { width: Number(n.style.width) } : null, countsLine(n.data.counts));
      return { id: n.id, width: Math.max(n.measured?.width ?? 0, drawn.width), height: Math.max(n.measured?.height ?? 0, drawn.height) };
    }),
    edges: edges.map((e) => ({ id: e.id, source: e.source, target: e.target, paradigm: roles.get(e.data?.relation.typeId ?? '') ?? null })),
  }, mode);
  return new Map([...positions].map(([id, p]) => [id, { x: Math.round(p.x), y: Math.round(p.y) }]));
}
