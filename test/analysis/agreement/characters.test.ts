/**
 * Character-level Cohen's κ (NVivo's coding comparison) computed correctly: hand-computed tables,
 * the cases where κ is not defined, NVivo-style weighting, and agreement with `cohenKappa` run on
 * one unit per character.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CHARACTER_NOT_DEFINED, characterAgreement, characterComparison, cohenKappa, NOT_DEFINED, type CodedTexts, type Coding,
} from '../../../src/analysis/agreement/index.js';

const coding = (coder: string, code: string, start: number, end: number, document = 'd'): Coding => ({ coder, document, code, start, end });
const texts = (codings: Coding[], documents = [{ id: 'd', length: 20 }]): CodedTexts => ({ documents, coders: ['A', 'B'], codings });

describe('character κ by hand', () => {
  // 20 characters. A codes [2,8) and [12,16) (10 characters); B codes [4,10) and [12,15) (9).
  // both: [4,8) + [12,15) = 7; A only: [2,4) + [15,16) = 3; B only: [8,10) = 2; neither: 20 − 12 = 8.
  // p_o = (7 + 8)/20 = .75; p_A = 10/20 = .5, p_B = 9/20 = .45;
  // p_e = .5 · .45 + .5 · .55 = .5; κ = (.75 − .5)/(1 − .5) = .5.
  const data = texts([coding('A', 'X', 2, 8), coding('A', 'X', 12, 16), coding('B', 'X', 4, 10), coding('B', 'X', 12, 15)]);

  it('gives the table, 75% agreement and κ = .5', () => {
    const [x] = characterComparison(data).codes;
    expect(x!.documents[0]!.table).toEqual({ both: 7, firstOnly: 3, secondOnly: 2, neither: 8 });
    expect(x!.documents[0]!.agreement).toEqual({ value: 0.75, reason: null });
    expect(x!.documents[0]!.kappa.value).toBeCloseTo(0.5, 12);
    expect(x!.kappa.value).toBeCloseTo(0.5, 12);
  });

  it('counts a character once however many of one coder’s codings cover it', () => {
    const split = texts([coding('A', 'X', 2, 5), coding('A', 'X', 5, 8), coding('A', 'X', 3, 7), coding('A', 'X', 12, 16),
      coding('B', 'X', 4, 10), coding('B', 'X', 12, 15)]);
    expect(characterComparison(split).codes[0]!.table).toEqual({ both: 7, firstOnly: 3, secondOnly: 2, neither: 8 });
  });
});

describe('documents, codes and NVivo’s averaging', () => {
  // d1 (20): the table above, κ = .5.
  // d2 (10): A [0,10), B [0,5): both 5, A only 5; p_o = .5, p_A = 1, p_B = .5, p_e = .5, κ = 0.
  // d3 (30): neither coder used X: κ not defined, agreement 100%. (NVivo would show κ = 1.)
  const data = texts(
    [coding('A', 'X', 2, 8, 'd1'), coding('A', 'X', 12, 16, 'd1'), coding('B', 'X', 4, 10, 'd1'), coding('B', 'X', 12, 15, 'd1'),
      coding('A', 'X', 0, 10, 'd2'), coding('B', 'X', 0, 5, 'd2')],
    [{ id: 'd1', length: 20 }, { id: 'd2', length: 10 }, { id: 'd3', length: 30 }, { id: 'empty', length: 0 }],
  );
  const result = characterComparison(data);
  const x = result.codes[0]!;

  it('reports every document with text, and says why κ is missing where the code was not used', () => {
    expect(x.documents.map((d) => d.document)).toEqual(['d1', 'd2', 'd3']);
    expect(x.documents[1]!.kappa).toEqual({ value: 0, reason: null });
    expect(x.documents[2]!.kappa).toEqual({ value: null, reason: CHARACTER_NOT_DEFINED.unused });
    expect(x.documents[2]!.agreement).toEqual({ value: 1, reason: null });
  });

  it('pools a code over documents by summing their tables', () => {
    // both 12, A only 8, B only 2, neither 38; n = 60, p_o = 50/60.
    // n² p_e = 20 · 14 + 40 · 46 = 2120; κ = (60 · 50 − 2120) / (3600 − 2120) = 880/1480 = 22/37.
    expect(x.table).toEqual({ both: 12, firstOnly: 8, secondOnly: 2, neither: 38 });
    expect(x.kappa.value).toBeCloseTo(22 / 37, 12);
    expect(x.agreement.value).toBeCloseTo(50 / 60, 12);
  });

  it('averages κ over code × document weighted by document length, leaving out undefined κ', () => {
    // (20 · .5 + 10 · 0) / 30 = 1/3; NVivo, counting d3 as κ = 1, would give (10 + 0 + 30)/60 = 2/3.
    expect(result.overall.kappa.value).toBeCloseTo(1 / 3, 12);
    expect(result.overall.agreement.value).toBeCloseTo(50 / 60, 12);
  });
});

describe('when character κ is not defined', () => {
  it('gives no κ but 100% agreement when neither coder used the code, or both coded everything with it', () => {
    expect(characterAgreement({ both: 0, firstOnly: 0, secondOnly: 0, neither: 12 })).toEqual({
      table: { both: 0, firstOnly: 0, secondOnly: 0, neither: 12 },
      agreement: { value: 1, reason: null },
      kappa: { value: null, reason: CHARACTER_NOT_DEFINED.unused },
    });
    const whole = characterComparison(texts([coding('A', 'X', 0, 20), coding('B', 'X', 0, 20)])).codes[0]!;
    expect(whole.kappa).toEqual({ value: null, reason: CHARACTER_NOT_DEFINED.everywhere });
    expect(whole.agreement).toEqual({ value: 1, reason: null });
  });

  it('gives κ = 0 when one coder coded the whole document and the other nothing', () => {
    const one = characterComparison(texts([coding('A', 'X', 0, 20)])).codes[0]!;
    expect(one.kappa).toEqual({ value: 0, reason: null });
    expect(one.agreement).toEqual({ value: 0, reason: null });
  });

  it('gives κ = 1 for identical coders and below 0 for coders who never agree', () => {
    const same = characterComparison(texts([coding('A', 'X', 3, 9), coding('B', 'X', 3, 9)]));
    expect(same.codes[0]!.kappa).toEqual({ value: 1, reason: null });
    const apart = characterComparison(texts([coding('A', 'X', 0, 10), coding('B', 'X', 10, 20)]));
    expect(apart.codes[0]!.kappa).toEqual({ value: -1, reason: null });
  });

  it('treats adjacent codings of two coders as disagreeing on every coded character', () => {
    const adjacent = characterComparison(texts([coding('A', 'X', 0, 5), coding('B', 'X', 5, 10)])).codes[0]!;
    expect(adjacent.table).toEqual({ both: 0, firstOnly: 5, secondOnly: 5, neither: 10 });
  });

  it('never counts overlap across documents', () => {
    const docs = [{ id: 'd1', length: 10 }, { id: 'd2', length: 10 }];
    const x = characterComparison(texts([coding('A', 'X', 0, 5, 'd1'), coding('B', 'X', 0, 5, 'd2')], docs)).codes[0]!;
    expect(x.table).toEqual({ both: 0, firstOnly: 5, secondOnly: 5, neither: 10 });
  });

  it('says why when there is nothing to compare, and needs exactly two coders', () => {
    expect(characterComparison(texts([])).overall).toEqual({
      agreement: { value: null, reason: CHARACTER_NOT_DEFINED.noCodes },
      kappa: { value: null, reason: CHARACTER_NOT_DEFINED.noCodes },
    });
    expect(characterComparison(texts([coding('A', 'X', 0, 5)], [{ id: 'd', length: 5 }, { id: 'e', length: 5 }])).overall.kappa)
      .toEqual({ value: 0, reason: null });
    expect(() => characterComparison({ documents: [], coders: ['A', 'B', 'C'], codings: [] })).toThrow(RangeError);
  });
});

describe('character κ properties', () => {
  const dataArb = fc.tuple(fc.integer({ min: 1, max: 25 }), fc.array(fc.record({
    coder: fc.constantFrom('A', 'B'), code: fc.constantFrom('X', 'Y'), a: fc.nat(), b: fc.nat(),
  }), { maxLength: 8 })).map(([length, raw]): CodedTexts => texts(
    raw.map(({ coder, code, a, b }) => {
      const [s, e] = [a % length, b % length].sort((p, q) => p - q) as [number, number];
      return coding(coder, code, s, Math.max(e, s + 1));
    }),
    [{ id: 'd', length }],
  ));

  it('equals Cohen’s κ with every character a unit, and is null exactly when that has no variation', () => {
    fc.assert(fc.property(dataArb, (data) => {
      const n = data.documents[0]!.length;
      for (const code of characterComparison(data).codes) {
        const ratings = Array.from({ length: n }, (_, p) => ['A', 'B'].map((c) =>
          (data.codings.some((k) => k.coder === c && k.code === code.code && k.start <= p && p < k.end) ? 'coded' : 'not')));
        const reference = cohenKappa(ratings);
        if (reference.value === null) {
          expect(reference.reason).toBe(NOT_DEFINED.noVariation);
          expect(code.kappa.value).toBeNull();
        } else expect(code.kappa.value).toBeCloseTo(reference.value, 9);
      }
    }), { numRuns: 300 });
  });

  it('does not depend on which coder comes first', () => {
    fc.assert(fc.property(dataArb, (data) => {
      const a = characterComparison(data);
      const b = characterComparison({ ...data, coders: ['B', 'A'] });
      a.codes.forEach((c, i) => expect(b.codes[i]!.kappa).toEqual(c.kappa));
    }), { numRuns: 200 });
  });
});
