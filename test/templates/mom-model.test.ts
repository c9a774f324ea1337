/** The template's Figure 1 as data: paths that exist, paradigm types, readable fixed positions, own words. */
import { describe, expect, it } from 'vitest';
import { frameOf } from '../../src/analysis/model-frames.js';
import { nodeSize, paradigmColumns } from '../../src/analysis/model-layout.js';
import { FIGURE_NODE_WIDTH, layoutFigure } from '../../src/core/template-figure.js';
import { DEFAULT_RELATION_TYPES } from '../../src/core/relation-types.js';
import { mom } from '../../src/templates/index.js';
import type { TemplateGroup } from '../../src/templates/types.js';
import { ngrams, paperGrams, words } from '../helpers/own-words.js';

const relations = mom.relations ?? [];
const [model] = mom.models ?? [];
const paradigmOf = (type: string) => DEFAULT_RELATION_TYPES.find((t) => t.name === type)?.paradigm ?? null;
const categories = ['Enabling conditions', 'Triggers of moments of meeting', 'Characteristics of moments of meeting', 'Main effects'];
/** The categories as the layout sees them, with room for the widest counts line a study may show. */
const nodes = categories.map((c) => ({ id: c, ...nodeSize(c, null, '999 codings · 99 cases · general') }));
const edges = relations.map((r, i) => ({ id: String(i), source: r.from, target: r.to, paradigm: paradigmOf(r.type) }));
const figure = layoutFigure(model?.columns ?? []);

/** Every code path in a group, with the titles of the groups it sits in (outermost first). */
function pathsIn(g: TemplateGroup, within: string[] = []): [string, string[]][] {
  return g.items.flatMap((i) => (typeof i === 'string' ? [[i, [...within, g.title]] as [string, string[]]] : pathsIn(i, [...within, g.title])));
}
const placed = (model?.columns ?? []).flatMap((c) => pathsIn(c));
const ownerOf = new Map<string, string>(mom.codes.flatMap((c) => (c.children ?? []).map((p) => [`${c.name}/${p.name}`, p.attributes?.owner ?? ''] as const)));

describe('Figure 1 of the moments-of-meeting template', () => {
  it('is one paradigm model named "Sparks of change": four columns, a category on top of each', () => {
    expect(mom.models).toHaveLength(1);
    expect(model).toMatchObject({ name: 'Sparks of change', layout: 'paradigm' });
    expect(model!.columns!.map((c) => c.title)).toEqual(['Context', 'Causal conditions', 'Phenomenon: sparks of change', 'Consequences']);
    expect(model!.columns!.map((c) => c.items[0])).toEqual(categories);
  });

  it('draws every property of the codebook exactly once, in its own category\'s column', () => {
    const paths = placed.map(([p]) => p);
    const codebook = mom.codes.flatMap((c) => [c.name, ...(c.children ?? []).map((p) => `${c.name}/${p.name}`)]);
    expect([...paths].sort()).toEqual([...codebook].sort());
    model!.columns!.forEach((column, i) => {
      for (const [path] of pathsIn(column)) expect(path.split('/')[0], path).toBe(categories[i]);
    });
  });

  it('groups properties as the figure does, by their owner in the codebook', () => {
    const allowed: Record<string, string[]> = {
      'Of the relationship': ['REL', 'T and P'], 'Of the therapist': ['T'], 'Of the patient': ['P'],
      'In the patient and the therapist': ['T and P'], 'In the therapist': ['T'], 'In the session': ['PR'], 'In the process': ['PR'], 'In the patient': ['P'],
    };
    const grouped = placed.filter(([, groups]) => groups.length > 1 && !categories.includes(groups.at(-1)!) && groups.at(-1)! in allowed);
    expect(grouped.length).toBe(11 + 12);
    for (const [path, groups] of grouped) expect(allowed[groups.at(-1)!], path).toContain(ownerOf.get(path));
    const frames = figure.frames.map((f) => f.title);
    for (const title of ['Of the relationship', 'Of the therapist', 'Of the patient', 'Immediate effects', 'Long-term effects', 'In the session', 'In the process']) expect(frames).toContain(title);
  });

  it('links conditions → triggers → moment ← effects with paradigm relation types', () => {
    expect(relations.map((r) => [r.from, paradigmOf(r.type), r.to])).toEqual([
      ['Enabling conditions', 'context', 'Triggers of moments of meeting'],
      ['Triggers of moments of meeting', 'causal', 'Characteristics of moments of meeting'],
      ['Main effects', 'consequence', 'Characteristics of moments of meeting'],
    ]);
    expect(Object.fromEntries(paradigmColumns(nodes, edges))).toEqual({
      'Enabling conditions': 0, 'Triggers of moments of meeting': 1, 'Characteristics of moments of meeting': 2, 'Main effects': 4,
    });
  });

  it('names the figure\'s groups and time frames in its memos, by the owner attribute', () => {
    const text = relations.map((r) => r.memo ?? '').join('\n');
    for (const owner of ['(REL)', '(T)', '(P)', '(PR)']) expect(text).toContain(owner);
    expect(text).toMatch(/right away/i);
    expect(text).toMatch(/longer run/i);
  });

  it('lays out without overlap, each box inside the frames it belongs to, columns in paradigm order', () => {
    const size = (path: string) => nodeSize(path.split('/').pop()!, { width: FIGURE_NODE_WIDTH }, '·');
    const boxes = figure.nodes.map((n) => ({ id: n.code, x: n.x, y: n.y, ...size(n.code) }));
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
        expect(apart, `${a.id} / ${b.id}`).toBe(true);
      }
    }
    const frames = figure.frames.map((f, i) => ({ id: `frame ${i} ${f.title}`, ...f, frame: true }));
    const parent = frameOf([...boxes.map((b) => ({ ...b, frame: false })), ...frames]);
    const title = new Map(frames.map((f) => [f.id, f.title]));
    for (const [path, groups] of placed) {
      const holder = parent.get(path);
      expect(holder && title.get(holder), path).toBe(groups.at(-1));
      const box = boxes.find((b) => b.id === path)!;
      const f = frames.find((x) => x.id === holder)!;
      expect(box.x >= f.x && box.y >= f.y && box.x + box.width <= f.x + f.width && box.y + box.height <= f.y + f.height, path).toBe(true);
    }
    const x = new Map(figure.nodes.map((n) => [n.code, n.x]));
    const columns = paradigmColumns(nodes, edges);
    const byColumn = [...columns].sort((a, b) => a[1] - b[1]).map(([id]) => id);
    expect([...byColumn].sort((a, b) => x.get(a)! - x.get(b)!)).toEqual(byColumn);
  });

  it('is written in Sparks\' own words', () => {
    const paper = paperGrams(8);
    for (const text of [model!.description, ...relations.map((r) => r.memo ?? '')]) {
      expect(ngrams(words(text), 8).filter((g) => paper.has(g)), text.slice(0, 40)).toEqual([]);
    }
  });
});
