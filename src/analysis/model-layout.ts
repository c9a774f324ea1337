/**
 * Automatic layout of a model (a diagram of codes and their relations), left to right, with ELK's
 * layered algorithm. Pure: no DOM and no I/O, so the CLI's SVG export and the web editor share it.
 *
 * Positions are the top-left corners of the node boxes, in diagram units (pixels at 100 %).
 */
import type { ElkNode } from 'elkjs/lib/elk-api.js';
import type { ModelNodeView, NodeStyle } from '../contract/models.js';
import type { ParadigmRole } from '../core/relation-types.js';

export interface LayoutNode { id: string; width: number; height: number }
export interface LayoutEdge { id: string; source: string; target: string; paradigm: ParadigmRole | null }
export type LayoutMode = 'layered' | 'paradigm';
export interface Point { x: number; y: number }

/**
 * Columns of the paradigm model, read left to right: the conditions that frame the phenomenon,
 * those that bring it about, the phenomenon itself, what people do about it, and what follows.
 */
export const PARADIGM_COLUMNS = { context: 0, intervening: 0, causal: 1, phenomenon: 2, strategy: 3, consequence: 4 } as const;

/** Text metrics shared by the editor and the SVG export, so a box drawn by one fits the other. */
export const NODE_TEXT = { fontSize: 13, lineHeight: 17, countsSize: 10, countsLineHeight: 15, paddingX: 12, paddingY: 9, maxWidth: 180, maxLines: 6 } as const;

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

/** Display width of one character, in font-size units: wide for CJK and emoji, narrow for thin glyphs. */
function charWidth(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp > 0x2e80) return 1.1;
  if (/[iljtfrI.,;:'!| ]/.test(ch)) return 0.32;
  if (/[mwMW@]/.test(ch)) return 0.86;
  if (/[A-Z]/.test(ch)) return 0.66;
  return 0.55;
}

/** Estimated width of `text` in pixels at `fontSize`. */
export function textWidth(text: string, fontSize: number = NODE_TEXT.fontSize): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch);
  return w * fontSize;
}

/**
 * Break a label into lines no wider than `maxWidth` (at the node font size), on spaces where it
 * can and inside an over-long word where it must; past `maxLines` the last line ends in "…".
 */
export function wrapLabel(label: string, maxWidth: number, maxLines: number = NODE_TEXT.maxLines): string[] {
  const lines: string[] = [];
  let line = '';
  const push = (): void => {
    lines.push(line);
    line = '';
  };
  for (const word of label.replace(/\s+/g, ' ').trim().split(' ')) {
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) push();
    for (const ch of word) {
      if (line && textWidth(line + ch) > maxWidth) push();
      line += ch;
    }
  }
  if (line || lines.length === 0) push();
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last && textWidth(`${last}…`) > maxWidth) last = [...last].slice(0, -1).join('');
  kept[maxLines - 1] = `${last.trimEnd()}…`;
  return kept;
}

/** A node's label as the lines drawn in its box. */
export function labelLines(label: string, style?: NodeStyle | null): string[] {
  return wrapLabel(label, (style?.width ?? NODE_TEXT.maxWidth) - 2 * NODE_TEXT.paddingX);
}

/** The small second line of a code node: "12 codings · 8 cases · typical" (null when there are no counts). */
export function countsLine(counts: ModelNodeView['counts']): string | null {
  if (!counts) return null;
  const parts = [`${counts.codings} ${counts.codings === 1 ? 'coding' : 'codings'}`, `${counts.cases} ${counts.cases === 1 ? 'case' : 'cases'}`];
  if (counts.label) parts.push(counts.label);
  return parts.join(' · ');
}

/**
 * The box a node needs for its label: as wide as its longest line (at most `style.width`, or
 * 180 px), as tall as its lines, plus a smaller line (`note`, such as the counts) under the label;
 * a note may widen the box a little beyond 180 px rather than overflow it.
 */
export function nodeSize(label: string, style?: NodeStyle | null, note?: string | null): { width: number; height: number } {
  const maxWidth = (style?.width ?? NODE_TEXT.maxWidth) - 2 * NODE_TEXT.paddingX;
  const lines = labelLines(label, style);
  const longest = Math.max(...lines.map((l) => textWidth(l)));
  const noteWidth = note ? Math.min(textWidth(note, NODE_TEXT.countsSize), maxWidth + 40) : 0;
  const width = style?.width ?? Math.max(80, Math.ceil(Math.max(longest, noteWidth) + 2 * NODE_TEXT.paddingX));
  const height = lines.length * NODE_TEXT.lineHeight + (note ? NODE_TEXT.countsLineHeight : 0) + 2 * NODE_TEXT.paddingY;
  return { width, height: Math.ceil(height) };
}
