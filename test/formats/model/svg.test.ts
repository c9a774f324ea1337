import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ModelNodeView, ModelView, RelationEndType, RelationTypeView, RelationView } from '../../../src/contract/models.js';
import { DEFAULT_RELATION_TYPES } from '../../../src/core/relation-types.js';
import { modelSvg } from '../../../src/formats/model/svg.js';
import { layoutFigure } from '../../../src/core/template-figure.js';
import { mom } from '../../../src/templates/index.js';
import { RESULTS_DIR, closeBrowser, launchBrowser, watchedPage, type InPage } from '../../helpers/browser.js';

const TYPES: RelationTypeView[] = DEFAULT_RELATION_TYPES.map((t, i) => ({ id: `t${i}`, ...t, uses: 0 }));
const typeNamed = (name: string) => TYPES.find((t) => t.name === name)!;

function node(id: string, label: string, x: number, y: number, extra: Partial<ModelNodeView> = {}): ModelNodeView {
  return { id, type: 'code', targetId: `code-${id}`, label, x, y, style: {}, color: '#2E86AB', counts: { codings: 12, cases: 8, label: 'typical' }, place: null, ...extra };
}

function relation(id: string, from: ModelNodeView, typeName: string, to: ModelNodeView, label?: string): RelationView {
  const t = typeNamed(typeName);
  return {
    id, typeId: t.id, type: t.name, label: label ?? t.label, symmetric: t.symmetric,
    source: { type: from.type as RelationEndType, id: from.targetId, label: from.label }, target: { type: to.type as RelationEndType, id: to.targetId, label: to.label },
    memo: '', evidence: [], createdBy: 'u', createdAt: '2021-01-01T00:00:00.000Z', version: 1,
  };
}

function view(nodes: ModelNodeView[], relations: RelationView[], layout: 'free' | 'paradigm' = 'paradigm', name = 'Chispas de cambio <&> "bis"'): ModelView {
  return { model: { id: 'm', name, layout, description: 'Modelo de prueba: condiciones → momento → efectos 🌱', nodes: nodes.length, version: 1 }, nodes, relations, types: TYPES };
}

const conditions = node('a', 'Condiciones del vínculo <&>"\' previas', 0, 0);
const trigger = node('b', 'Gatillantes: humor 😄 y rupturas', 0, 0, { color: '#C0392B', style: { shape: 'box' } });
const moment = node('c', 'Momento de encuentro', 0, 0, { counts: { codings: 40, cases: 13, label: 'general' } });
const effects = node('d', 'Efectos: alivio y "encaje perfecto" ✨', 0, 0, { color: null, counts: { codings: 1, cases: 1, label: null } });
const note = node('e', 'Memo: ¿por qué <importa>?', 0, 0, { type: 'memo', color: null, counts: null, style: { shape: 'ellipse', color: '#777777' } });
const spanish = [conditions, trigger, moment, effects, note];
const spanishRelations = [
  relation('r1', conditions, 'context of', trigger, 'contexto de <ámbito> & "marco"'),
  relation('r2', trigger, 'causal condition of', moment, 'condición causal de'),
  relation('r3', effects, 'consequence of', moment, 'consecuencia de 💡'),
  relation('r4', note, 'is associated with', moment),
  relation('r5', moment, 'is cause of', trigger),
];
const placed = (x: number[], y: number[]) => spanish.map((n, i) => ({ ...n, x: x[i]!, y: y[i]! }));

/** Each `<text>` element's content, its tspans joined by spaces, entities decoded. */
function texts(svg: string): string[] {
  const out: string[] = [];
  const walk = (items: unknown[]): void => {
    for (const item of items as Record<string, unknown[]>[]) {
      const [name] = Object.keys(item).filter((k) => k !== ':@');
      if (!name || name === '#text') continue;
      if (name === 'text') out.push(item.text!.map((c) => ('#text' in (c as object) ? (c as { '#text': unknown })['#text'] : ((c as { tspan: { '#text': unknown }[] }).tspan[0]?.['#text'] ?? ''))).join(' '));
      else walk(item[name]!);
    }
  };
  walk(new XMLParser({ preserveOrder: true, ignoreAttributes: false, parseTagValue: false }).parse(svg) as unknown[]);
  return out;
}

/** Node boxes as drawn: `<g class="node">` followed by its rect. */
function boxes(svg: string): { x: number; y: number; width: number; height: number }[] {
  return [...svg.matchAll(/<g class="node"><rect x="([-\d.]+)" y="([-\d.]+)" width="([\d.]+)" height="([\d.]+)"/g)]
    .map((m) => ({ x: Number(m[1]), y: Number(m[2]), width: Number(m[3]), height: Number(m[4]) }));
}

describe('modelSvg', () => {
  it('writes a valid, self-contained SVG with every label as escaped text', async () => {
    const svg = await modelSvg(view(placed([0, 300, 600, 900, 600], [0, 0, 0, 0, 160]), spanishRelations));
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toMatch(/font-family="&quot;Liberation Sans&quot;, Arial, Helvetica, sans-serif"/);
    expect(svg).not.toMatch(/href=|url\((?!#)|<script|<image|<foreignObject|@import/i);
    expect(svg).toContain('<title>Chispas de cambio &lt;&amp;&gt; &quot;bis&quot;</title>');
    expect(svg).toContain('<desc>Modelo de prueba: condiciones → momento → efectos 🌱</desc>');
    const shown = texts(svg);
    for (const n of spanish) expect(shown).toContain(n.label);
    for (const r of spanishRelations) expect(shown).toContain(r.label);
    expect(shown).toContain('12 codings · 8 cases · typical');
    expect(shown).toContain('1 coding · 1 case');
    // Arrowheads on directed relations only; the symmetric one has none.
    expect(svg.match(/marker-end="url\(#arrow\)"/g)).toHaveLength(4);
    const viewBox = /viewBox="([-\d.]+) ([-\d.]+) ([\d.]+) ([\d.]+)"/.exec(svg)!.slice(1).map(Number);
    expect(viewBox[0]).toBeLessThan(0);
    expect(viewBox[0]! + viewBox[2]!).toBeGreaterThan(900 + 100);
    // Fitted to the content wherever it sits, not stretched back to the origin.
    const far = await modelSvg(view(placed([5000, 5300, 5600, 5900, 5600], [4000, 4000, 4000, 4000, 4160]), spanishRelations));
    const [fx, fy] = /viewBox="([-\d.]+) ([-\d.]+)/.exec(far)!.slice(1).map(Number);
    expect(fx).toBeGreaterThan(4900);
    expect(fy).toBeGreaterThan(3900);
  });

  it('lays out a model never laid out (every node at 0,0), in paradigm columns', async () => {
    const svg = await modelSvg(view(spanish, spanishRelations));
    const drawn = boxes(svg);
    expect(drawn).toHaveLength(4);
    const [a, b, c, d] = drawn;
    expect(a!.x).toBeLessThan(b!.x);
    expect(b!.x).toBeLessThan(c!.x);
    expect(c!.x).toBeLessThan(d!.x);
    expect(await modelSvg(view(spanish, spanishRelations))).toBe(svg);
  });

  it('draws frames under the relations and nodes, larger frames first, each titled', async () => {
    const outer = node('g1', 'Condiciones <previas>', -20, -40, { type: 'frame', targetId: 'g1', style: { width: 900, height: 300 }, color: null, counts: null });
    const inner = node('g2', 'Del terapeuta', -10, -30, { type: 'frame', targetId: 'g2', style: { width: 300, height: 200, color: '#2E86AB' }, color: null, counts: null });
    const blank = node('g3', '', 1000, 0, { type: 'frame', targetId: 'g3', style: { width: 100, height: 100 }, color: null, counts: null });
    const at = [{ ...trigger, x: 0, y: 0 }, { ...moment, x: 400, y: 0 }];
    const svg = await modelSvg(view([inner, ...at, blank, outer], [relation('r1', at[0]!, 'causal condition of', at[1]!)], 'free'));
    expect(XMLValidator.validate(svg)).toBe(true);
    const body = svg.slice(svg.indexOf('class="frames"'));
    expect(body.indexOf('Condiciones &lt;previas&gt;')).toBeLessThan(body.indexOf('Del terapeuta'));
    expect(body.indexOf('Del terapeuta')).toBeLessThan(body.indexOf('class="relations"'));
    expect(body.indexOf('class="relations"')).toBeLessThan(body.indexOf('class="nodes"'));
    expect((svg.match(/class="frame"/g) ?? []).length).toBe(3);
    // An untitled frame is a plain box; the figure's extent takes in every frame.
    expect(texts(svg).filter((t) => t === '')).toEqual([]);
    expect(svg).toMatch(/viewBox="-44 -64 /);
  });

  it('draws an empty model as a small valid figure', async () => {
    const svg = await modelSvg(view([], []), { title: 'Vacío' });
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toContain('<title>Vacío</title>');
  });

  it('drops characters XML cannot carry', async () => {
    const svg = await modelSvg(view([{ ...moment, label: 'Mo\u0001mento \uD800roto' }], []));
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(texts(svg)).toContain('Momento roto');
  });
});

/** The template's Figure 1 as the model view would give it, colours from the codebook, no data yet. */
function figure1(): ModelView {
  const [model] = mom.models!;
  const laid = layoutFigure(model!.columns!);
  const colorOf = (path: string) => mom.codes.find((c) => c.name === path.split('/')[0])!.color!;
  const nodes = [
    ...laid.frames.map((f, i) => node(`g${i}`, f.title, f.x, f.y, { type: 'frame', style: { width: f.width, height: f.height }, color: null, counts: null })),
    ...laid.nodes.map((n, i) => node(`f${i}`, n.code.split('/').pop()!, n.x, n.y, { targetId: n.code, style: { width: n.width }, color: colorOf(n.code), counts: { codings: 0, cases: 0, label: null } })),
  ];
  const byName = (name: string) => nodes.find((n) => n.targetId === name)!;
  const relations = mom.relations!.map((r, i) => relation(`fr${i}`, byName(r.from), r.type, byName(r.to)));
  return { model: { id: 'fig', name: model!.name, layout: model!.layout, description: model!.description, nodes: nodes.length, version: 1 }, nodes, relations, types: TYPES };
}

describe('the figure in Chromium', () => {
  let browser: Browser | undefined;
  beforeAll(async () => { browser = await launchBrowser(); });
  afterAll(async () => closeBrowser(browser));

  async function render(svg: string, name: string): Promise<void> {
    mkdirSync(RESULTS_DIR, { recursive: true });
    const file = join(RESULTS_DIR, `${name}.svg`);
    writeFileSync(file, svg);
    const watched = await watchedPage(await browser!.newContext({ viewport: { width: 1400, height: 700 }, deviceScaleFactor: 2 }));
    const { page } = watched;
    // Opened as a file, the SVG goes through Chromium's XML parser, which reports any error in the page.
    await page.goto(pathToFileURL(file).href);
    expect(await page.evaluate(() => {
      const { document } = globalThis as unknown as InPage & { document: { documentElement: { localName: string } } };
      return { root: document.documentElement.localName, error: document.querySelector('parsererror') !== null };
    })).toEqual({ root: 'svg', error: false });
    // As an image, the way a report or a slide embeds it.
    await page.goto('about:blank');
    await page.setContent(`<body style="margin:0;background:#fff"><img id="figure" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}"></body>`);
    const width = await page.waitForFunction(() => {
      const img = (globalThis as unknown as { document: { getElementById(id: string): { complete: boolean; naturalWidth: number } } }).document.getElementById('figure');
      return img.complete && img.naturalWidth > 0 ? img.naturalWidth : false;
    });
    expect(await width.jsonValue()).toBeGreaterThan(0);
    await page.locator('#figure').screenshot({ path: join(RESULTS_DIR, `${name}.png`) });
    expect(watched.errors).toEqual([]);
    expect(watched.requests.filter((u) => !u.startsWith('data:') && !u.startsWith('file:') && u !== 'about:blank')).toEqual([]);
    await page.context().close();
  }

  it('renders a model with Spanish, markup-like and emoji labels', async () => {
    await render(await modelSvg(view(placed([0, 300, 620, 940, 620], [0, 10, 0, 0, 150]), spanishRelations)), 'model-figure');
  });

  it("renders the template's Figure 1 (Sparks of change)", async () => {
    const svg = await modelSvg(figure1());
    const shown = texts(svg);
    for (const n of figure1().nodes) expect(shown).toContain(n.label);
    for (const group of ['Of the therapist', 'Immediate effects', 'In the session', 'Long-term effects']) expect(shown).toContain(group);
    for (const label of ['context of', 'causal condition of', 'consequence of']) expect(shown).toContain(label);
    await render(svg, 'figure-1');
  });
});
