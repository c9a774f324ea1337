/**
 * A model as a self-contained SVG figure for a paper or a slide: boxes with wrapped labels (and a
 * code's counts), relations as arrows labelled with their type. No scripts, no links, no external
 * fonts or images; text is escaped by the XML builder.
 */
import { XMLBuilder } from 'fast-xml-parser';
import { xmlSafe } from '../xml-safe.js';
import { FRAME_SIZE, FRAME_TEXT, layoutFramed } from '../../analysis/model-frames.js';
import { NODE_TEXT, countsLine, labelLines, nodeSize, textWidth, type Point } from '../../analysis/model-layout.js';
import type { ModelNodeView, ModelView, RelationView } from '../../contract/models.js';

/** Fonts every journal production system has, then the generic family. */
export const FIGURE_FONT = '"Liberation Sans", Arial, Helvetica, sans-serif';
const MARGIN = 24;
const INK = '#1F2328';
const EDGE_INK = '#4A4F55';
const DEFAULT_COLOR = '#6B7785';
const FRAME_FILL = '#F5F6F8';
const FRAME_INK = '#C3C9D1';
const EDGE_FONT = 11;
/** How far apart two relations between the same two nodes bend. */
const PARALLEL_BEND = 26;

interface Box { node: ModelNodeView; x: number; y: number; width: number; height: number; lines: string[]; note: string | null }
type XmlNode = Record<string, unknown>;

const r1 = (n: number): number => Math.round(n * 10) / 10;

/** An element in fast-xml-parser's ordered form: attributes, then children or text. */
function el(name: string, attrs: Record<string, string | number>, children: XmlNode[] | string = []): XmlNode {
  const content = typeof children === 'string' ? [{ '#text': xmlSafe(children) }] : children;
  const at = Object.fromEntries(Object.entries(attrs).map(([k, v]) => [`@_${k}`, typeof v === 'number' ? r1(v) : xmlSafe(v)]));
  return { [name]: content, ':@': at };
}

/** A light tint of a colour, for box fills that stay readable in greyscale print. */
function tint(hex: string, amount = 0.84): string {
  const c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `#${c.map((v) => Math.round(v + (255 - v) * amount).toString(16).padStart(2, '0')).join('')}`;
}

function colorOf(node: ModelNodeView): string {
  const c = node.style.color ?? node.color ?? DEFAULT_COLOR;
  return /^#[0-9a-fA-F]{6}$/.test(c) ? c : DEFAULT_COLOR;
}

function boxOf(node: ModelNodeView): Box {
  if (node.type === 'frame') {
    return { node, x: node.x, y: node.y, width: node.style.width ?? FRAME_SIZE.width, height: node.style.height ?? FRAME_SIZE.height, lines: [], note: null };
  }
  const note = countsLine(node.counts);
  return { node, x: node.x, y: node.y, ...nodeSize(node.label, node.style, note), lines: labelLines(node.label, node.style), note };
}

/** Stored positions, unless the model was never laid out (every node at 0,0): then lay it out now. */
async function place(view: ModelView): Promise<Box[]> {
  const boxes = view.nodes.map(boxOf);
  if (boxes.length > 1 && boxes.every((b) => b.x === 0 && b.y === 0)) {
    const paradigm = new Map(view.types.map((t) => [t.id, t.paradigm]));
    const byTarget = new Map(boxes.filter((b) => b.node.type !== 'frame').map((b) => [b.node.targetId, b.node.id]));
    const edges = view.relations.flatMap((r) => {
      const source = byTarget.get(r.source.id);
      const target = byTarget.get(r.target.id);
      return source && target ? [{ id: r.id, source, target, paradigm: paradigm.get(r.typeId) ?? null }] : [];
    });
    // Frames all at one spot hold nothing in particular: lay them out as the empty boxes they are.
    const placed = boxes.map((b) => ({ id: b.node.id, x: 0, y: 0, width: b.width, height: b.height, frame: false }));
    const titles = new Map(boxes.map((b) => [b.node.id, b.node.label]));
    const { at } = await layoutFramed(placed, edges, titles, view.model.layout === 'paradigm' ? 'paradigm' : 'layered');
    for (const b of boxes) Object.assign(b, at.get(b.node.id));
  }
  return boxes;
}

/** Where the ray from a box's centre towards `toward` leaves the box (or its ellipse). */
function border(b: Box, toward: Point, gap = 2): Point {
  const c = { x: b.x + b.width / 2, y: b.y + b.height / 2 };
  const dx = toward.x - c.x;
  const dy = toward.y - c.y;
  if (dx === 0 && dy === 0) return c;
  const hw = b.width / 2 + gap;
  const hh = b.height / 2 + gap;
  const t = b.node.style.shape === 'ellipse'
    ? 1 / Math.sqrt((dx / hw) ** 2 + (dy / hh) ** 2)
    : Math.min(dx === 0 ? Infinity : hw / Math.abs(dx), dy === 0 ? Infinity : hh / Math.abs(dy));
  return { x: c.x + dx * t, y: c.y + dy * t };
}

interface Edge { relation: RelationView; d: string; label: Point }

/** Relations between placed nodes, as straight paths, or bent apart when two join the same pair. */
function edges(view: ModelView, boxes: Box[]): Edge[] {
  const byTarget = new Map(boxes.filter((b) => b.node.type !== 'frame').map((b) => [b.node.targetId, b]));
  const drawn = view.relations.filter((r) => byTarget.has(r.source.id) && byTarget.has(r.target.id) && r.source.id !== r.target.id);
  const pairKey = (r: RelationView): string => [r.source.id, r.target.id].sort().join(' ');
  const pairs = new Map<string, RelationView[]>();
  for (const r of drawn) pairs.set(pairKey(r), [...(pairs.get(pairKey(r)) ?? []), r]);
  return drawn.map((relation) => {
    const a = byTarget.get(relation.source.id)!;
    const b = byTarget.get(relation.target.id)!;
    const ca = { x: a.x + a.width / 2, y: a.y + a.height / 2 };
    const cb = { x: b.x + b.width / 2, y: b.y + b.height / 2 };
    const siblings = pairs.get(pairKey(relation))!;
    // Bend relative to one fixed direction of the pair, so A→B and B→A bend to opposite sides.
    const flip = relation.source.id < relation.target.id ? 1 : -1;
    const bend = (siblings.indexOf(relation) - (siblings.length - 1) / 2) * PARALLEL_BEND * flip;
    const len = Math.hypot(cb.x - ca.x, cb.y - ca.y) || 1;
    const mid = { x: (ca.x + cb.x) / 2, y: (ca.y + cb.y) / 2 };
    const control = { x: mid.x - ((cb.y - ca.y) / len) * bend * 2, y: mid.y + ((cb.x - ca.x) / len) * bend * 2 };
    const p0 = border(a, bend ? control : cb);
    const p2 = border(b, bend ? control : ca);
    const d = bend ? `M${r1(p0.x)},${r1(p0.y)} Q${r1(control.x)},${r1(control.y)} ${r1(p2.x)},${r1(p2.y)}` : `M${r1(p0.x)},${r1(p0.y)} L${r1(p2.x)},${r1(p2.y)}`;
    const label = bend ? { x: 0.25 * p0.x + 0.5 * control.x + 0.25 * p2.x, y: 0.25 * p0.y + 0.5 * control.y + 0.25 * p2.y } : { x: (p0.x + p2.x) / 2, y: (p0.y + p2.y) / 2 };
    return { relation, d, label };
  });
}

function nodeXml(b: Box): XmlNode {
  const color = colorOf(b.node);
  const cx = b.x + b.width / 2;
  const shape = b.node.style.shape === 'ellipse'
    ? el('ellipse', { cx, cy: b.y + b.height / 2, rx: b.width / 2, ry: b.height / 2, fill: tint(color), stroke: color, 'stroke-width': 1.5 })
    : el('rect', { x: b.x, y: b.y, width: b.width, height: b.height, rx: b.node.style.shape === 'box' ? 2 : 8, fill: tint(color), stroke: color, 'stroke-width': 1.5 });
  const top = b.y + NODE_TEXT.paddingY;
  const spans = b.lines.map((line, i) => el('tspan', { x: cx, y: top + i * NODE_TEXT.lineHeight + NODE_TEXT.lineHeight * 0.75 }, line));
  const parts = [shape, el('text', { 'text-anchor': 'middle', 'font-size': NODE_TEXT.fontSize, fill: INK }, spans)];
  if (b.note) {
    const y = top + b.lines.length * NODE_TEXT.lineHeight + NODE_TEXT.countsLineHeight * 0.75;
    parts.push(el('text', { x: cx, y, 'text-anchor': 'middle', 'font-size': NODE_TEXT.countsSize, fill: '#555B61' }, b.note));
  }
  return el('g', { class: 'node' }, parts);
}

/** A frame: a pale box under everything else, its title at the top left. */
function frameXml(b: Box): XmlNode {
  const color = b.node.style.color;
  const parts = [el('rect', { x: b.x, y: b.y, width: b.width, height: b.height, rx: 10, fill: color ? tint(color, 0.93) : FRAME_FILL, stroke: color ?? FRAME_INK, 'stroke-width': 1 })];
  if (b.node.label) {
    const y = b.y + FRAME_TEXT.header * 0.62;
    parts.push(el('text', { x: b.x + FRAME_TEXT.padding, y, 'font-size': FRAME_TEXT.fontSize, 'font-weight': 'bold', fill: '#3D444D' }, b.node.label));
  }
  return el('g', { class: 'frame' }, parts);
}

function edgeXml(e: Edge): XmlNode {
  return el('path', { d: e.d, fill: 'none', stroke: EDGE_INK, 'stroke-width': 1.3, ...(e.relation.symmetric ? {} : { 'marker-end': 'url(#arrow)' }) });
}

/** Drawn over lines and boxes; a white outline under the text keeps it legible where it crosses them. */
function edgeLabelXml(e: Edge): XmlNode {
  const at = { x: e.label.x, y: e.label.y, dy: '0.35em', 'text-anchor': 'middle', 'font-size': EDGE_FONT, 'font-style': 'italic' };
  const halo = el('text', { ...at, fill: '#FFFFFF', stroke: '#FFFFFF', 'stroke-width': 5, 'stroke-linejoin': 'round' }, e.relation.label);
  // The outline alone leaves the line showing through wide gaps between glyphs; a plain backing closes them.
  const w = textWidth(e.relation.label, EDGE_FONT) * 0.9;
  const backing = el('rect', { x: e.label.x - w / 2, y: e.label.y - EDGE_FONT / 2, width: w, height: EDGE_FONT, fill: '#FFFFFF' });
  return el('g', {}, [backing, halo, el('text', { ...at, fill: EDGE_INK }, e.relation.label)]);
}

/** The model as an SVG document: every node and relation of `view`, fitted with a margin. */
export async function modelSvg(view: ModelView, options: { title?: string } = {}): Promise<string> {
  const boxes = await place(view);
  const lines = edges(view, boxes);
  const extents = [
    ...boxes.map((b) => ({ x0: b.x, y0: b.y, x1: b.x + b.width, y1: b.y + b.height })),
    ...lines.map((e) => {
      const half = textWidth(e.relation.label, EDGE_FONT) / 2 + 3;
      return { x0: e.label.x - half, y0: e.label.y - EDGE_FONT, x1: e.label.x + half, y1: e.label.y + EDGE_FONT };
    }),
  ];
  // An empty model still gets a small blank page rather than a zero-sized image.
  if (extents.length === 0) extents.push({ x0: 0, y0: 0, x1: 160, y1: 60 });
  const x0 = Math.min(...extents.map((e) => e.x0)) - MARGIN;
  const y0 = Math.min(...extents.map((e) => e.y0)) - MARGIN;
  const width = Math.max(...extents.map((e) => e.x1)) + MARGIN - x0;
  const height = Math.max(...extents.map((e) => e.y1)) + MARGIN - y0;
  // Larger frames first, so a frame inside another is drawn over it.
  const frames = boxes.filter((b) => b.node.type === 'frame').sort((a, b) => b.width * b.height - a.width * a.height);
  const nodes = boxes.filter((b) => b.node.type !== 'frame');
  const title = options.title ?? view.model.name;
  const desc = view.model.description || `Model "${view.model.name}": ${nodes.length} nodes and ${lines.length} relations.`;
  const defs = el('defs', {}, [
    el('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 7, markerHeight: 7, markerUnits: 'strokeWidth', orient: 'auto' }, [
      el('path', { d: 'M0,0 L10,5 L0,10 z', fill: EDGE_INK }),
    ]),
  ]);
  const body = el('g', { 'font-family': FIGURE_FONT }, [
    el('g', { class: 'frames' }, frames.map(frameXml)),
    el('g', { class: 'relations' }, lines.map(edgeXml)), el('g', { class: 'nodes' }, nodes.map(nodeXml)), el('g', { class: 'relation-labels' }, lines.map(edgeLabelXml)),
  ]);
  const svg = el('svg', {
    xmlns: 'http://www.w3.org/2000/svg', version: '1.1', width: Math.ceil(width), height: Math.ceil(height),
    viewBox: `${r1(x0)} ${r1(y0)} ${Math.ceil(width)} ${Math.ceil(height)}`, role: 'img',
  }, [el('title', {}, title), el('desc', {}, desc), defs, el('rect', { x: x0, y: y0, width: Math.ceil(width), height: Math.ceil(height), fill: '#FFFFFF' }), body]);
  // Not indented: whitespace between the tspans of a label would shift centred lines.
  const builder = new XMLBuilder({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '@_', suppressEmptyNode: true });
  return `${builder.build([{ '?xml': [{ '#text': '' }], ':@': { '@_version': '1.0', '@_encoding': 'UTF-8' } }, svg]) as string}\n`;
}
