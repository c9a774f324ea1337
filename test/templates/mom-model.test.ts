/** The template's Figure 1 as data: paths that exist, paradigm types, readable fixed positions, own words. */
import { describe, expect, it } from 'vitest';
import { layoutModel, nodeSize, paradigmColumns } from '../../src/analysis/model-layout.js';
import { DEFAULT_RELATION_TYPES } from '../../src/core/relation-types.js';
import { mom } from '../../src/templates/index.js';
import { ngrams, paperGrams, words } from '../helpers/own-words.js';

const relations = mom.relations ?? [];
const [model] = mom.models ?? [];
const paradigmOf = (type: string) => DEFAULT_RELATION_TYPES.find((t) => t.name === type)?.paradigm ?? null;
/** The template's nodes as the layout sees them, with room for the widest counts line a study may show. */
const nodes = (model?.nodes ?? []).map((n) => ({ id: n.code, ...nodeSize(n.code, null, '999 codings · 99 cases · general') }));
const edges = relations.map((r, i) => ({ id: String(i), source: r.from, target: r.to, paradigm: paradigmOf(r.type) }));

describe('Figure 1 of the moments-of-meeting template', () => {
  it('is one paradigm model named "Sparks of change" over the four categories', () => {
    expect(mom.models).toHaveLength(1);
    expect(model).toMatchObject({ name: 'Sparks of change', layout: 'paradigm' });
    expect(model!.nodes.map((n) => n.code)).toEqual([
      'Enabling conditions', 'Triggers of moments of meeting', 'Characteristics of moments of meeting', 'Main effects',
    ]);
    const categories = new Set(mom.codes.map((c) => c.name));
    for (const n of model!.nodes) expect(categories.has(n.code), n.code).toBe(true);
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

  it('places its nodes in the columns the paradigm layout would, on one line, without overlap', async () => {
    const fixed = model!.nodes;
    for (let i = 1; i < fixed.length; i++) {
      const previous = nodes[i - 1]!;
      // Room for the widest box and a relation label between neighbours.
      expect(fixed[i]!.x - fixed[i - 1]!.x - previous.width, fixed[i]!.code).toBeGreaterThanOrEqual(120);
      expect(fixed[i]!.y + nodes[i]!.height / 2).toBeCloseTo(fixed[0]!.y + nodes[0]!.height / 2, -1);
    }
    const auto = await layoutModel({ nodes, edges }, 'paradigm');
    const order = (xs: [string, number][]) => xs.sort((a, b) => a[1] - b[1]).map(([id]) => id);
    expect(order(fixed.map((n) => [n.code, n.x]))).toEqual(order([...auto].map(([id, p]) => [id, p.x])));
  });

  it('is written in Sparks\' own words', () => {
    const paper = paperGrams(8);
    for (const text of [model!.description, ...relations.map((r) => r.memo ?? '')]) {
      expect(ngrams(words(text), 8).filter((g) => paper.has(g)), text.slice(0, 40)).toEqual([]);
    }
  });
});
