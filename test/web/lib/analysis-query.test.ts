import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MATRIX, DEFAULT_SCOPE, describeRanges, formatRange, heatStyle, isBands, matrixQuery, nameOfPath,
  readSaturationOptions, reportPath, saturationQuery, scopeQuery,
} from '../../../web/src/lib/analysis-query.js';

const ana = { kind: 'all', coder: 'Ana María' } as const;

describe('analysis queries', () => {
  it('always name the documents and name a coder only when one is chosen', () => {
    expect(scopeQuery(DEFAULT_SCOPE)).toBe('kind=interview');
    expect(scopeQuery(ana)).toBe('kind=all&coder=Ana%20Mar%C3%ADa');
  });

  it('leave saturation parameters to the project until some are chosen', () => {
    expect(saturationQuery(DEFAULT_SCOPE, null)).toBe('kind=interview');
    expect(saturationQuery({ kind: 'session', coder: null }, { base: 5, run: 3, threshold: 0.1 })).toBe('base=5&run=3&threshold=0.1&kind=session');
  });

  it('read saturation parameters only when all three are usable', () => {
    expect(readSaturationOptions('4', '2', '0.05')).toEqual({ base: 4, run: 2, threshold: 0.05 });
    expect(readSaturationOptions('', '2', '0.05')).toBeNull();
    expect(readSaturationOptions('0', '2', '0.05')).toBeNull();
    expect(readSaturationOptions('4', '1.5', '0.05')).toBeNull();
    expect(readSaturationOptions('4', '2', '1.2')).toBeNull();
  });

  it('build matrix queries with only the parts that apply', () => {
    expect(matrixQuery(DEFAULT_SCOPE, DEFAULT_MATRIX)).toBe('cols=cases&measure=codings&kind=interview');
    expect(matrixQuery(ana, { ...DEFAULT_MATRIX, cols: 'documents', measure: 'presence', bands: '20,30' }))
      .toBe('cols=documents&measure=presence&kind=all&coder=Ana%20Mar%C3%ADa');
    expect(matrixQuery(DEFAULT_SCOPE, { ...DEFAULT_MATRIX, by: 'años de experiencia', bands: ' 20, 30 ' }))
      .toBe('cols=cases&measure=codings&by=a%C3%B1os%20de%20experiencia&bands=20%2C30&kind=interview');
    expect(matrixQuery(DEFAULT_SCOPE, { ...DEFAULT_MATRIX, by: 'age', bands: '20,,30' })).toBe('cols=cases&measure=codings&by=age&kind=interview');
    expect(matrixQuery(DEFAULT_SCOPE, { ...DEFAULT_MATRIX, cols: 'codes', within: '40' })).toBe('cols=codes&within=40&kind=interview');
    expect(matrixQuery(DEFAULT_SCOPE, { ...DEFAULT_MATRIX, cols: 'codes', within: '-1' })).toBe('cols=codes&kind=interview');
    expect(isBands('-1.5, 4')).toBe(true);
    expect(isBands('veinte')).toBe(false);
  });

  it('build report paths carrying the scope and, when chosen, the number of quotes', () => {
    expect(reportPath('table', 'docx', ana, 2)).toBe('reports/table.docx?quotes=2&kind=all&coder=Ana%20Mar%C3%ADa');
    expect(reportPath('codebook', 'md', DEFAULT_SCOPE)).toBe('reports/codebook.md?kind=interview');
  });
});

describe('analysis wording', () => {
  it('names a code by the last part of its path, slashes in names kept', () => {
    expect(nameOfPath('Efectos/Alivio 😊')).toBe('Alivio 😊');
    expect(nameOfPath('Triggers/Ruptures\\/impasse')).toBe('Ruptures/impasse');
    expect(nameOfPath('Humor')).toBe('Humor');
  });

  it('says which ranges label the table', () => {
    const paper = { general: [13, 14], typical: [8, 12], variant: [2, 7], rare: null } as const;
    expect(formatRange([2, 2])).toBe('2');
    expect(formatRange([3, 2])).toBe('none');
    expect(describeRanges({ ranges: paper, source: 'project' }, 13))
      .toBe("Labels follow the project's own ranges for 13 cases: general 13–14, typical 8–12, variant 2–7.");
    const hill = { general: [8, 9], typical: [5, 7], variant: [2, 4], rare: null } as const;
    expect(describeRanges({ ranges: hill, source: 'hill', ignored: paper }, 9)).toBe(
      "The project's own ranges (general 13–14, typical 8–12, variant 2–7) do not fit 9 cases, so labels follow Hill et al. (2005) for 9 cases: general 8–9, typical 5–7, variant 2–4.",
    );
    expect(describeRanges({ ranges: { ...hill, rare: [2, 3] }, source: 'hill' }, 16)).toMatch(/^Labels follow Hill et al\. \(2005\) for 16 cases: .*, rare 2–3\.$/);
  });

  it('shades cells by their share of the maximum, with readable text', () => {
    expect(heatStyle(0, 10)).toBeNull();
    expect(heatStyle(3, 0)).toBeNull();
    const light = heatStyle(1, 10)!, dark = heatStyle(10, 10)!;
    expect(light).toEqual({ background: 'rgba(20, 63, 115, 0.18)', color: '#000000' });
    expect(dark).toEqual({ background: 'rgba(20, 63, 115, 0.90)', color: '#ffffff' });
  });
});
