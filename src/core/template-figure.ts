/**
 * A template's figure laid out at apply time: columns of frames, left to right, each stacking its
 * codes and smaller frames top to bottom, every code box the same width so the columns line up.
 * Only here can the boxes be measured (a code's name sets its height), and the figure reads the
 * same in the editor and in an SVG export.
 */
import { nodeSize, stack } from './model-geometry.js';

export interface FigureGroup { title: string; items: (string | FigureGroup)[] }
export interface FigureNode { code: string; x: number; y: number; width: number }
export interface FigureFrame { title: string; x: number; y: number; width: number; height: number }

/** Every code box of a template figure: wide enough for the longest names on two lines. */
export const FIGURE_NODE_WIDTH = 200;
/** Room between columns for a relation's label ("causal condition of"). */
const COLUMN_GAP = 150;

interface Laid { width: number; height: number; place(x: number, y: number, height?: number): void }

/** A code path's own name: its last segment. */
const nameOf = (path: string): string => path.split('/').pop()!.trim();

/** Lay out `columns`, with the top-left corner of the first at 0,0. */
export function layoutFigure(columns: readonly FigureGroup[]): { nodes: FigureNode[]; frames: FigureFrame[] } {
  const nodes: FigureNode[] = [];
  const frames: FigureFrame[] = [];
  const code = (path: string, height?: number): Laid => {
    // Counts sit under every code's name on a model, so its box always has that line.
    const size = nodeSize(nameOf(path), { width: FIGURE_NODE_WIDTH }, '·');
    const slot = height ?? size.height;
    return { width: size.width, height: slot, place: (x, y) => nodes.push({ code: path, x, y: y + Math.round((slot - size.height) / 2), width: FIGURE_NODE_WIDTH }) };
  };
  // A column's first box is the one its relations join: all get one height, so arrows between columns run level.
  const leads = columns.map((c) => c.items[0]).filter((i): i is string => typeof i === 'string');
  const lead = Math.max(0, ...leads.map((p) => code(p).height));
  const group = (g: FigureGroup, column: boolean): Laid => {
    const items = g.items.map((i, n) => (typeof i === 'string' ? code(i, column && n === 0 ? lead : undefined) : group(i, false)));
    const s = stack(items.map((i, n) => ({ id: String(n), width: i.width, height: i.height })), g.title);
    return {
      ...s.size,
      place: (x, y, height = s.size.height) => {
        // Outer frames first: the list order is the drawing order, and a frame must lie under what it holds.
        frames.push({ title: g.title, x, y, width: s.size.width, height });
        items.forEach((i, n) => i.place(x + s.at.get(String(n))!.x, y + s.at.get(String(n))!.y));
      },
    };
  };
  const laid = columns.map((c) => group(c, true));
  // Columns as tall as the tallest, so the figure reads as one row of panels.
  const height = Math.max(0, ...laid.map((l) => l.height));
  let x = 0;
  for (const l of laid) {
    l.place(x, 0, height);
    x += l.width + COLUMN_GAP;
  }
  return { nodes, frames };
}
