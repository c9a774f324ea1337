/** Saturation after Guest, Namey & Chen (2020), on sequences whose answer is known by hand. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentsNeeded, newCodesPerDocument, saturation, SATURATION_DEFAULTS } from '../../src/analysis/index.js';

const docs = (counts: number[]) => counts.map((newCodes, i) => ({ doc: `T${i + 1}`, sequence: i + 1, newCodes }));

describe('saturation', () => {
  it('saturates at the document before the first run at the threshold, equality included', () => {
    // base = 10+5+3+2 = 20; runs T5–T6: 2/20 = 10%, T6–T7: 1/20 = 5% → saturated at T5, "5+2"
    const s = saturation(docs([10, 5, 3, 2, 1, 1, 0, 0, 0, 1]));
    expect(s.base).toEqual({ documents: 4, codes: 20 });
    expect(s.runs.slice(0, 2)).toEqual([
      { from: 'T5', to: 'T6', newCodes: 2, ratio: 0.1 },
      { from: 'T6', to: 'T7', newCodes: 1, ratio: 0.05 },
    ]);
    expect(s.runs).toHaveLength(5);
    expect(s).toMatchObject({ saturatedAt: 'T5', notation: '5+2' });
    expect(s.perDocument.map((d) => d.cumulative)).toEqual([10, 15, 18, 20, 21, 22, 22, 22, 22, 23]);
  });

  it('slides runs by one document rather than taking them in blocks', () => {
    // blocks T5–T6 and T7–T8 both hold new codes; the run T6–T7 does not
    const s = saturation(docs([8, 4, 4, 4, 3, 0, 0, 3]));
    expect(s.runs.map((r) => r.newCodes)).toEqual([3, 0, 3]);
    expect(s).toMatchObject({ saturatedAt: 'T5', notation: '5+2' });
  });

  it('reports the paper’s interview 10 as "10+2"', () => {
    const s = saturation(docs([14, 8, 6, 5, 4, 3, 3, 2, 2, 2, 0, 0, 0]));
    expect(s).toMatchObject({ saturatedAt: 'T10', notation: '10+2' });
  });

  it('says null when the data never saturate', () => {
    const s = saturation(docs([5, 5, 5, 5, 5, 5, 5, 5]));
    expect(s.runs.every((r) => r.ratio === 0.5)).toBe(true);
    expect(s).toMatchObject({ saturatedAt: null, notation: null });
  });

  it('takes its parameters: a larger base, one-document runs, a looser threshold', () => {
    const counts = [10, 5, 3, 2, 1, 1, 0, 0, 0, 1];
    expect(saturation(docs(counts), { base: 5, run: 1, threshold: 0.05 })).toMatchObject({ base: { codes: 21 }, saturatedAt: 'T5', notation: '5+1' });
    expect(saturation(docs(counts), { base: 2, run: 3, threshold: 0.2 })).toMatchObject({ base: { codes: 15 }, saturatedAt: 'T4', notation: '4+3' });
  });

  it('has no runs with fewer documents than base + run', () => {
    expect(documentsNeeded(SATURATION_DEFAULTS)).toBe(6);
    const s = saturation(docs([3, 2, 1, 0, 0]));
    expect(s).toMatchObject({ runs: [], saturatedAt: null, notation: null, base: { documents: 4, codes: 6 } });
    expect(saturation([])).toMatchObject({ perDocument: [], base: { codes: 0 }, runs: [] });
  });

  it('cannot saturate on a base without codes', () => {
    const s = saturation(docs([0, 0, 0, 0, 0, 0, 0]));
    expect(s.runs.map((r) => r.ratio)).toEqual([null, null]);
    expect(s.saturatedAt).toBeNull();
  });
});

describe('newCodesPerDocument', () => {
  it('counts only codes not seen in earlier documents', () => {
    expect(newCodesPerDocument([['Humor', 'Silencios'], ['Humor'], [], ['Alivio', 'Silencios', 'Alivio']])).toEqual([2, 0, 0, 1]);
  });
});

describe('saturation properties', () => {
  const coded = fc.array(fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l'), { maxLength: 6 }), { maxLength: 25 });
  const params = fc.record({ base: fc.integer({ min: 1, max: 6 }), run: fc.integer({ min: 1, max: 4 }), threshold: fc.double({ min: 0, max: 1, noNaN: true }) });

  it('gives a non-decreasing cumulative curve ending at the number of distinct codes', () => {
    fc.assert(fc.property(coded, params, (codes, o) => {
      const s = saturation(docs(newCodesPerDocument(codes)), o);
      s.perDocument.forEach((d, i) => expect(d.cumulative).toBeGreaterThanOrEqual(i ? s.perDocument[i - 1]!.cumulative : 0));
      expect(s.perDocument.at(-1)?.cumulative ?? 0).toBe(new Set(codes.flat()).size);
    }));
  });

  it('saturates at the first run at or below the threshold and never before', () => {
    fc.assert(fc.property(coded, params, (codes, o) => {
      const s = saturation(docs(newCodesPerDocument(codes)), o);
      const first = s.runs.findIndex((r) => r.ratio !== null && r.ratio <= o.threshold + 1e-12);
      expect(s.saturatedAt).toBe(first < 0 ? null : `T${o.base + first}`);
      expect(s.runs).toHaveLength(Math.max(0, codes.length - o.base - o.run + 1));
    }));
  });
});
