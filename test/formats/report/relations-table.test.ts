/** The relations table for a methods appendix, as CSV and Markdown, on Spanish text with emoji. */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { RelationView } from '../../../src/contract/models.js';
import { relationsCsv, relationsMarkdown } from '../../../src/formats/report/relations-table.js';

const end = (label: string, type: 'code' | 'memo' | 'segment' = 'code') => ({ type, id: label, label });
const relation = (over: Partial<RelationView>): RelationView => ({
  id: 'r1', typeId: 't1', type: 'causal condition of', label: 'causal condition of', symmetric: false,
  source: end('Gatillantes/Humor 😄'), target: end('Momento de encuentro'), memo: '', evidence: [],
  createdBy: 'ana', createdAt: '2025-03-14T09:30:00.000Z', version: 1, ...over,
});

const RELATIONS = [
  relation({
    memo: 'La risa abre el encuentro.\nSobre todo al inicio.',
    evidence: [
      { segmentId: 's1', document: 'E1', text: 'Nos reímos juntos' },
      { segmentId: 's2', document: 'E2 «Ana»', text: 'Sentí   alivio,\nuna calma' },
    ],
  }),
  relation({ id: 'r2', type: 'contradicts', symmetric: true, source: end('=HYPERLINK("x")'), target: end('Efectos | *sí*'), memo: '' }),
];

describe('relations table', () => {
  it('writes CSV with a BOM, one row per relation, the evidence counted', () => {
    const csv = relationsCsv(RELATIONS);
    expect(csv.startsWith('\uFEFFSource,Relation,Target,Memo,Evidence\r\n')).toBe(true);
    const rows = parse(csv.slice(1), { bom: false }) as string[][];
    expect(rows).toEqual([
      ['Source', 'Relation', 'Target', 'Memo', 'Evidence'],
      ['Gatillantes/Humor 😄', 'causal condition of', 'Momento de encuentro', 'La risa abre el encuentro.\nSobre todo al inicio.', '2'],
      ["'=HYPERLINK(\"x\")", 'contradicts', 'Efectos | *sí*', '', '0'],
    ]);
  });

  it('quotes the evidence with its document when asked', () => {
    const rows = parse(relationsCsv(RELATIONS, { evidence: 'quotes' }).slice(1)) as string[][];
    expect(rows[1]![4]).toBe('“Nos reímos juntos” (E1)\n“Sentí alivio, una calma” (E2 «Ana»)');
    expect(rows[2]![4]).toBe('');
  });

  it('writes a Markdown table that no cell can break', () => {
    const md = relationsMarkdown(RELATIONS, { title: 'Relations of Chispas ✨', evidence: 'quotes' });
    expect(md.split('\n')).toEqual([
      '# Relations of Chispas ✨',
      '',
      '| Source | Relation | Target | Memo | Evidence |',
      '| --- | --- | --- | --- | --- |',
      '| Gatillantes/Humor 😄 | causal condition of | Momento de encuentro | La risa abre el encuentro.<br>Sobre todo al inicio. | “Nos reímos juntos” (E1)<br>“Sentí alivio, una calma” (E2 «Ana») |',
      '| =HYPERLINK("x") | contradicts | Efectos \\| \\*sí\\* | — | — |',
      '',
    ]);
    expect(relationsMarkdown(RELATIONS)).toContain('| --- | --- | --- | --- | ---: |');
    expect(relationsMarkdown([])).toBe('No relations yet.\n');
  });
});
