/**
 * The paper's Table I rebuilt from coding: 13 participants coded like the published study yield its
 * frequency labels under its own ranges, and the report data carry numbered properties, quotes
 * ending with the participant's label, and exemplars chosen by coders first. Both databases.
 */
import { readFileSync } from 'node:fs';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/core/commands/index.js';
import { canonicalize } from '../../src/core/text.js';
import { renderTableReport } from '../../src/formats/report/index.js';
import { frequencyOf } from '../../src/store/queries/analysis.js';
import { codebookReport, tableReport } from '../../src/store/queries/report.js';
import { demoStudy } from '../../src/templates/demo/index.js';
import { mom } from '../../src/templates/index.js';
import { Session } from '../helpers/session.js';
import { DIALECTS, freshStore, type TestStore } from '../helpers/stores.js';

const C = 'Characteristics of moments of meeting', TR = 'Triggers of moments of meeting', EC = 'Enabling conditions', ME = 'Main effects';
/** Thirteen interviews: the demo's six fictional ones and seven real ones (PDPilot study, BSD-3-Clause). */
const REAL = '/work/shared/data/pdpilot-interviews/transcripts_txt';
const TEXTS = [
  ...demoStudy.interviews.map((i) => canonicalize(i.text)),
  ...[1, 2, 3, 4, 5, 6, 7].map((n) => canonicalize(readFileSync(`${REAL}/P${n}.layout.txt`, 'utf8'))),
];

/** Lines of a transcript long enough to quote, as [start, end) ranges. */
function quotable(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed.length >= 60) out.push({ start: at + line.indexOf(trimmed), end: at + line.indexOf(trimmed) + trimmed.length });
    at += line.length + 1;
  }
  return out;
}

/** Which cases (1-based) each category is coded in, with which of its properties. */
const PLAN: { category: string; properties: string[]; cases: number[] }[] = [
  { category: C, properties: ['Emergent nature', 'Shared experience', 'Embodied experience'], cases: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13] },
  { category: TR, properties: ['Humor', 'Silences'], cases: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] },
  { category: EC, properties: ['Openness', 'Authenticity'], cases: [2, 4, 6, 8, 10, 11, 12, 13] },
  { category: ME, properties: ['Relief', 'Gives new directions'], cases: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13] },
];

describe.each(DIALECTS)('Table I of a 13-case study on %s', (dialect) => {
  let t: TestStore;
  let s: Session;
  let projectId: string;
  let triggerCoding = '';

  beforeAll(async () => {
    t = await freshStore(dialect);
    const owner = await Session.owner(t.store);
    projectId = (await owner.run(COMMANDS.createProject, { name: 'Momentos de encuentro — réplica' })).id;
    s = owner.in(projectId);
    await s.run(COMMANDS.applyTemplate, { template: mom });
    for (let i = 1; i <= 13; i++) {
      await s.run(COMMANDS.addCase, { label: `T${i}`, attributes: {} });
      await s.importText(`Entrevista ${i}`, TEXTS[i - 1]!, { case: `T${i}` });
    }
    const used = new Map<number, number>();
    for (const { category, properties, cases } of PLAN) {
      for (const [k, c] of cases.entries()) {
        const spans = quotable(TEXTS[c - 1]!);
        const span = spans[(used.get(c) ?? 0) % spans.length]!;
        used.set(c, (used.get(c) ?? 0) + 1);
        const applied = await s.run(COMMANDS.applyCode, { document: `Entrevista ${c}`, ...span, code: `${category}/${properties[k % properties.length]}` });
        if (category === TR && c === 7) triggerCoding = applied.coding.id;
      }
    }
  }, 120_000);
  afterAll(async () => t?.dispose());

  it('labels the four categories as the paper does, under its ranges', async () => {
    const f = await frequencyOf(t.store, projectId, { kind: 'interview' });
    expect(f.n).toBe(13);
    expect(f.ranges.source).toBe('project');
    const label = Object.fromEntries(f.rows.map((r) => [r.code, [r.cases, r.label]]));
    expect(label[C]).toEqual([13, 'general']);
    expect(label[TR]).toEqual([10, 'typical']);
    expect(label[EC]).toEqual([8, 'typical']);
    expect(label[ME]).toEqual([13, 'general']);
    expect(label[`${EC}/Openness`]).toEqual([4, 'variant']);
    expect(label[`${C}/Idiosyncratic`]).toEqual([0, null]);
  });

  it('builds one Table I row per category with numbered properties, a quote and its participant', async () => {
    const r = await tableReport(t.store, projectId, { kind: 'interview' });
    expect(r).toMatchObject({ project: 'Momentos de encuentro — réplica', n: 13, ranges: { source: 'project', ranges: { general: [13, 14] } } });
    expect(r.rows.map((row) => [row.category, row.frequency.label])).toEqual([[C, 'general'], [TR, 'typical'], [EC, 'typical'], [ME, 'general']]);
    const ec = r.rows[2]!;
    expect(ec.properties.slice(0, 3).map((p) => `${p.number}. ${p.name} (${p.owner})`)).toEqual([
      '1. Openness (T and P)', '2. Emotional disposition (T and P)', '4. Personal features (T and P)',
    ]);
    for (const row of r.rows) {
      expect(row.definition.length).toBeGreaterThan(40);
      expect(row.quotes).toHaveLength(1);
      expect(row.quotes[0]!.participant).toMatch(/^T\d+$/);
      expect(row.quotes[0]!.text.length).toBeGreaterThanOrEqual(60);
    }
    const three = await tableReport(t.store, projectId, { kind: 'interview', quotes: 3 });
    expect(new Set(three.rows[1]!.quotes.map((q) => q.participant)).size).toBe(3);
  });

  it('prints a coder’s exemplar first, and forgets it on undo', async () => {
    await s.run(COMMANDS.markExemplar, { coding: triggerCoding, exemplar: true });
    const marked = (await tableReport(t.store, projectId, { kind: 'interview' })).rows[1]!.quotes[0]!;
    expect(marked).toMatchObject({ participant: 'T7', exemplar: true, document: 'Entrevista 7' });
    await s.run(COMMANDS.undo, {});
    expect((await tableReport(t.store, projectId, { kind: 'interview' })).rows[1]!.quotes[0]!.exemplar).toBe(false);
  });

  it('lists every code in the codebook with codings of its subtree and its label', async () => {
    const book = await codebookReport(t.store, projectId, { kind: 'interview' });
    expect(book.codes).toHaveLength(45);
    const row = (path: string) => book.codes.find((c) => c.path === path)!;
    expect(row(TR)).toMatchObject({ depth: 0, codings: 10, frequency: { cases: 10, n: 13, label: 'typical' } });
    expect(row(`${EC}/Openness`)).toMatchObject({ depth: 1, number: '1', owner: 'T and P', codings: 4 });
  });

  it('writes a Word file that reads back with the paper’s labels', async () => {
    const docx = await renderTableReport(await tableReport(t.store, projectId, { kind: 'interview' }), 'docx');
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(docx) });
    for (const words of [C, TR, EC, ME, '4. Personal features (T and P)', 'Typical', 'General', '13–14']) expect(value).toContain(words);
    expect(value).toMatch(/” \(T\d+\)/);
  });
});
