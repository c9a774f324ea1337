/**
 * Automatic layout of a model (a diagram of codes and their relations), left to right, with ELK's
 * layered algorithm. Pure: no DOM and no I/O, so the CLI's SVG export and the web editor share it.
 *
 * Positions are the top-left corners of the node boxes, in diagram units (pixels at 100 %).
 */
import type { ElkNode } from 'elkjs/lib/elk-api.js';
import type { ModelNodeView } from '../contract/models.js';
import type { ParadigmRole } from '../core/relation-types.js';

export interface LayoutNode { id: string; width: number; height: number }
export interface LayoutEdge { id: string; source: string; target: string; paradigm: ParadigmRole | null }
export type LayoutMode = 'layered' | 'paradigm';
export interface Point { x: number; y: number }

// Text metrics live in core (templates lay their figures out with them); re-exported for the editor and the SVG export.
export { NODE_TEXT, labelLines, nodeSize, textWidth, wrapLabel } from '../core/model-geometry.js';

/**
 * Columns of the paradigm model, read left to right: the conditions that frame the phenomenon,
 * those that bring it about, the phenomenon itself, what people do about it, and what follows.
 */
export const PARADIGM_COLUMNS = { context: 0, intervening: 0, causal: 1, phenomenon: 2, strategy: 3, consequence: 4 } as const;


/**
 * The column of every node that takes part in a paradigm relation. A relation's type says what its
 * source is (a causal condition, a consequence…); its target is the phenomenon unless the node is
 * itself the source of a paradigm relation (in a chain, conditions → triggers → phenomenon, the
 * middle node is a causal condition, not a phenomenon). A node that is the source of relations
 * of several roles takes the most frequent one, the leftmost on a tie. Nodes outside every
 * paradigm relation get no column.
 */
export function paradigmColumns(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[]): Map<string, number> {
  const ids = new Set(nodes.map((n) => n.id));
  const votes = new Map<string, Map<number, number>>();
  const targets = new Set<string>();
  for (const e of edges) {
    if (!e.paradigm || e.source === e.target || !ids.has(e.source) || !ids.has(e.target)) continue;
    const column = PARADIGM_COLUMNS[e.paradigm];
    const mine = votes.get(e.source) ?? new Map<number, number>();
    mine.set(column, (mine.get(column) ?? 0) + 1);
    votes.set(e.source, mine);
    targets.add(e.target);
  }
  const columns = new Map<string, number>();
  for (const n of nodes) {
    const mine = votes.get(n.id);
    if (mine) {
      const [best] = [...mine].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
      columns.set(n.id, best![0]);
    } else if (targets.has(n.id)) {
      columns.set(n.id, PARADIGM_COLUMNS.phenomenon);
    }
  }
  return columns;
}

const BASE_OPTIONS: Record<string, string> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  // Room between columns for an edge label such as "causal condition of".
  'elk.layered.spacing.nodeNodeBetweenLayers': '140',
  'elk.spacing.nodeNode': '36',
  'elk.spacing.componentComponent': '60',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  'elk.randomSeed': '1',
  'elk.padding': '[top=0,left=0,bottom=0,right=0]',
};

type ElkInstance = { layout(graph: ElkNode): Promise<ElkNode> };
let elk: Promise<ElkInstance> | undefined;

/** ELK is large (about 1.5 MB): load it on first use, so importing `nodeSize` stays cheap. */
function loadElk(): Promise<ElkInstance> {
  elk ??= import('elkjs/lib/elk.bundled.js').then((m) => {
    // CommonJS module: Node hands over `module.exports`, bundlers may hand over its `default`.
    const mod = m as unknown as { default: unknown };
    const Elk = ((mod.default as { default?: unknown }).default ?? mod.default) as new () => ElkInstance;
    return new Elk();
  });
  return elk;
}

/**
 * Place the nodes left to right. In 'layered' mode ELK chooses the columns; in 'paradigm' mode
 * each node with a paradigm role is fixed in its column (see `paradigmColumns`) and ELK only
 * orders the nodes within a column to reduce crossings; nodes without a role go where their
 * neighbours pull them. Either way, a consequence is drawn right of what it follows from, although
 * its relation points back at it. The same input always gives the same positions.
 */
export async function layoutModel(input: { nodes: LayoutNode[]; edges: LayoutEdge[] }, mode: LayoutMode): Promise<Map<string, Point>> {
  const ids = new Set(input.nodes.map((n) => n.id));
  const columns = paradigmColumns(input.nodes, input.edges);
  const paradigm = mode === 'paradigm';
  const children: ElkNode[] = input.nodes.map((n) => {
    const column = paradigm ? columns.get(n.id) : undefined;
    // Centred in its column: ELK otherwise aligns each node to the side its edges leave from.
    const layoutOptions: Record<string, string> = { 'elk.alignment': 'CENTER' };
    if (column !== undefined) layoutOptions['elk.partitioning.partition'] = String(column);
    return { id: n.id, width: Math.max(1, n.width), height: Math.max(1, n.height), layoutOptions };
  });
  const edges = input.edges
    .filter((e) => e.source !== e.target && ids.has(e.source) && ids.has(e.target))
    .map((e, i) => {
      // ELK lays edges out along their direction: turn round those that point against the reading order.
      const back = e.paradigm === 'consequence' || (columns.get(e.source) ?? -1) > (columns.get(e.target) ?? Infinity);
      return { id: `e${i}`, sources: [back ? e.target : e.source], targets: [back ? e.source : e.target] };
    });
  const layoutOptions = paradigm
    ? { ...BASE_OPTIONS, 'elk.partitioning.activate': 'true', 'elk.separateConnectedComponents': 'false' }
    : BASE_OPTIONS;
  const result = await (await loadElk()).layout({ id: 'root', layoutOptions, children, edges });
  const out = new Map<string, Point>();
  for (const c of result.children ?? []) out.set(c.id, { x: Math.round(c.x ?? 0), y: Math.round(c.y ?? 0) });
  return out;
}

/** The small second line of a code node: "12 codings · 8 cases · typical" (null when there are no counts). */
export function countsLine(counts: ModelNodeView['counts']): string | null {
  if (!counts) return null;
  const parts = [`${counts.codings} ${counts.codings === 1 ? 'coding' : 'codings'}`, `${counts.cases} ${counts.cases === 1 ? 'case' : 'cases'}`];
  if (counts.label) parts.push(counts.label);
  return parts.join(' · ');
}
