/**
 * Krippendorff's unitized α family (|uα, uα, cuα, Cuα) on small continua computed by hand, the
 * edge cases, and properties on random codings. Notation as in src/analysis/agreement/unitized.ts:
 * l_ck observed coincidences (overlap lengths, both orders of each pair of coders, / (m − 1)),
 * S the self-pairs (ℓ² per unit, ℓ per gap), α = 1 − D_o/D_e, and for two values
 * α = 1 − l_∅1 · (l.. − S/l..) / (l_∅. · l_1.).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  binaryUnitizedAlpha, binaryUnitizedAlphaByCode, codingUnitizedAlpha, domainUnitizedAlpha, krippendorffAlpha,
  UNITIZED_NOT_DEFINED, unitizedAlpha, type CodedTexts, type Coding, type Estimate,
} from '../../../src/analysis/agreement/index.js';

const coding = (coder: string, code: string, start: number, end: number, document = 'd'): Coding => ({ coder, document, code, start, end });
const texts = (codings: Coding[], length = 20, coders = ['A', 'B']): CodedTexts => ({ documents: [{ id: 'd', length }], coders, codings });
const value = (e: Estimate): number => {
  if (e.value === null) throw new Error(`not defined: ${e.reason}`);
  return e.value;
};
const notDefined = (reason: string): Estimate => ({ value: null, reason });

describe('|uα on a 20-character continuum, two coders, one code', () => {
  // A codes [2,8) and [12,16); B codes [4,10) and [12,15).
  //   A: gap [0,2) 2 | unit [2,8) 6 | gap [8,12) 4 | unit [12,16) 4 | gap [16,20) 4
  //   B: gap [0,4) 4 | unit [4,10) 6 | gap [10,12) 2 | unit [12,15) 3 | gap [15,20) 5
  // Overlaps of A's sections with B's: ∅∅ [0,2) 2, [10,12) 2, [16,20) 4 = 8; 11 [4,8) 4, [12,15) 3 = 7;
  //   A1–B∅ [2,4) 2, [15,16) 1 = 3; A∅–B1 [8,10) 2.
  // Both orders, m − 1 = 1: l_∅∅ = 16, l_11 = 14, l_∅1 = l_1∅ = 3 + 2 = 5; l.. = 40 = 2 × 20.
  // Margins: l_∅. = 21 (A's gaps 10 + B's 11), l_1. = 19 (10 + 9).
  // S = units 6² + 4² + 6² + 3² = 97, gaps 21: 118. l.. − S/l.. = 40 − 2.95 = 37.05.
  // e_∅1 = 21 · 19 / 37.05 = 140/13; |uα = 1 − 5 / (140/13) = 1 − 65/140 = 15/28 = .5357.
  const data = texts([coding('A', 'X', 2, 8), coding('A', 'X', 12, 16), coding('B', 'X', 4, 10), coding('B', 'X', 12, 15)]);

  it('gives 15/28', () => {
    expect(value(binaryUnitizedAlpha(data, 'X'))).toBeCloseTo(15 / 28, 12);
  });

  it('gives the same as uα, which has the same two values here', () => {
    expect(value(unitizedAlpha(data))).toBeCloseTo(15 / 28, 12);
  });

  it('does not depend on the order of the codings or on other codes', () => {
    const shuffled = texts([...data.codings].reverse().concat(coding('A', 'Y', 0, 20), coding('B', 'Y', 3, 4)));
    expect(value(binaryUnitizedAlpha(shuffled, 'X'))).toBeCloseTo(15 / 28, 12);
  });
});

describe('uα, cuα and Cuα with two codes', () => {
  // A: X [0,6), Y [10,16).   B: X [2,8), X [10,13), Y [13,16).   L = 20.
  //   A: X [0,6) 6 | gap [6,10) 4 | Y [10,16) 6 | gap [16,20) 4
  //   B: gap [0,2) 2 | X [2,8) 6 | gap [8,10) 2 | X [10,13) 3 | Y [13,16) 3 | gap [16,20) 4
  // Overlaps (A, B): X∅ 2, XX 4, ∅X 2, ∅∅ 2 + 4, YX 3, YY 3.
  const data = texts([
    coding('A', 'X', 0, 6), coding('A', 'Y', 10, 16),
    coding('B', 'X', 2, 8), coding('B', 'X', 10, 13), coding('B', 'Y', 13, 16),
  ]);

  it('gives uα = 1759/3460', () => {
    // l_∅∅ = 12, l_XX = 8, l_YY = 6, l_X∅ = l_∅X = 4, l_XY = l_YX = 3; l.. = 40, D_o = 40 − 26 = 14.
    // Margins ∅ 16, X 15, Y 9. S_∅ = 16, S_X = 6² + 6² + 3² = 81, S_Y = 6² + 3² = 45; S = 142.
    // l.. − S/l.. = 36.45; Σ e_cc = (16² − 16 + 15² − 81 + 9² − 45) / 36.45 = 420 / 36.45.
    // D_e = 40 − 420/36.45 = 1038/36.45; uα = 1 − 14 · 36.45/1038 = 1759/3460 = .5084.
    expect(value(unitizedAlpha(data))).toBeCloseTo(1759 / 3460, 12);
  });

  it('gives cuα = 173/330, from the overlaps of units only', () => {
    // l*_XX = 8, l*_YY = 6, l*_XY = l*_YX = 3; l*.. = 20, D_o = 6. Margins X 11, Y 9.
    // Each unit's pairable length: A's X 4, A's Y 6; B's X [2,8) 4, X [10,13) 3, Y 3.
    // S_X = 4² + 4² + 3² = 41, S_Y = 6² + 3² = 45; l*.. − S/l*.. = 20 − 86/20 = 15.7.
    // Σ e_cc = (11² − 41 + 9² − 45) / 15.7 = 116/15.7; D_e = 20 − 116/15.7 = 198/15.7.
    // cuα = 1 − 6 · 15.7/198 = 173/330 = .5242.
    expect(value(codingUnitizedAlpha(data))).toBeCloseTo(173 / 330, 12);
  });

  it('gives |uα per code and over the codes laid end to end', () => {
    // X: A 1 [0,6); B 1 [2,8), 1 [10,13). l_1∅ = 2 + (2 + 3) = 7; margins 1: 15, ∅: 25;
    //   S = 36 + 36 + 9 + 25 = 106, l.. − S/l.. = 37.35; |uα = 1 − 7 · 37.35 / (25 · 15) = .3028.
    // Y: A 1 [10,16); B 1 [13,16). l_1∅ = 3; margins 9, 31; S = 36 + 9 + 31 = 76;
    //   |uα = 1 − 3 · 38.1 / (31 · 9) = 183/310.
    // All: l.. = 80, l_1∅ = 10, margins 24 and 56, S = 106 + 76 = 182.
    const { codes, all } = binaryUnitizedAlphaByCode(data);
    expect(value(codes.get('X')!)).toBeCloseTo(0.3028, 12);
    expect(value(codes.get('Y')!)).toBeCloseTo(183 / 310, 12);
    expect(value(all)).toBeCloseTo(1 - (10 * (80 - 182 / 80)) / (56 * 24), 12);
    expect(value(binaryUnitizedAlpha(data, 'X'))).toBe(value(codes.get('X')!));
  });

  it('gives Cuα = cuα when every code is its own domain, and nothing to compare with one domain', () => {
    expect(value(domainUnitizedAlpha(data, new Map([['X', 'D1'], ['Y', 'D2']])))).toBeCloseTo(173 / 330, 12);
    expect(domainUnitizedAlpha(data, new Map())).toEqual(codingUnitizedAlpha(data));
    expect(domainUnitizedAlpha(data, new Map([['X', 'D'], ['Y', 'D']]))).toEqual(notDefined(UNITIZED_NOT_DEFINED.oneDomain));
  });

  it('joins codes of one domain that a coder applied to overlapping text', () => {
    const sub = texts([...data.codings, coding('A', 'X2', 4, 9)]);
    // X2 overlaps A's X, so uα and cuα over the codes are not defined …
    expect(unitizedAlpha(sub).reason).toMatch(/^A gave overlapping text in “d” two values, “X” and “X2”/);
    expect(codingUnitizedAlpha(sub).value).toBeNull();
    // … but with X2 a subcode of X's domain, A's unit is X [0,9): the same as coding it directly
    const domains = new Map([['X', 'D1'], ['X2', 'D1'], ['Y', 'D2']]);
    const direct = texts([coding('A', 'X', 0, 9), ...data.codings.filter((k) => k.coder === 'B' || k.code === 'Y')]);
    expect(value(domainUnitizedAlpha(sub, domains))).toBeCloseTo(value(codingUnitizedAlpha(direct)), 12);
  });
});

describe('edge cases', () => {
  it('gives nothing when there are no codings at all, with the reason', () => {
    const none = texts([]);
    expect(binaryUnitizedAlpha(none, 'X')).toEqual(notDefined(UNITIZED_NOT_DEFINED.codeUnused));
    expect(unitizedAlpha(none)).toEqual(notDefined(UNITIZED_NOT_DEFINED.noCodes));
    expect(codingUnitizedAlpha(none)).toEqual(notDefined(UNITIZED_NOT_DEFINED.noOverlap));
    expect(domainUnitizedAlpha(none, new Map())).toEqual(notDefined(UNITIZED_NOT_DEFINED.noOverlap));
    expect(binaryUnitizedAlphaByCode(none)).toEqual({ codes: new Map(), all: notDefined(UNITIZED_NOT_DEFINED.noCodes) });
  });

  it('gives nothing with one coder or without text', () => {
    expect(binaryUnitizedAlpha(texts([coding('A', 'X', 0, 5)], 20, ['A']), 'X')).toEqual(notDefined(UNITIZED_NOT_DEFINED.oneCoder));
    expect(unitizedAlpha({ documents: [{ id: 'd', length: 0 }], coders: ['A', 'B'], codings: [] })).toEqual(notDefined(UNITIZED_NOT_DEFINED.noText));
  });

  it('counts a coder who coded nothing: one coder empty gives |uα = −.1', () => {
    // A: unit [0,5), gap [5,20); B: gap [0,20). l_1∅ = 5, l_∅∅ = 30, margins ∅ 35, 1 5.
    // S = 25 + 15 + 20 = 60; |uα = 1 − 5 · (40 − 60/40) / (35 · 5) = 1 − 192.5/175 = −.1.
    const data = texts([coding('A', 'X', 0, 5)]);
    expect(value(binaryUnitizedAlpha(data, 'X'))).toBeCloseTo(-0.1, 12);
    expect(codingUnitizedAlpha(data)).toEqual(notDefined(UNITIZED_NOT_DEFINED.noOverlap));
  });

  it('gives α = 1 for identical coders, any number of them', () => {
    const same = (coder: string) => [coding(coder, 'X', 2, 8), coding(coder, 'Y', 8, 11), coding(coder, 'X', 15, 20)];
    for (const coders of [['A', 'B'], ['A', 'B', 'C'], ['A', 'B', 'C', 'D']]) {
      const data = texts(coders.flatMap(same), 20, coders);
      for (const e of [binaryUnitizedAlpha(data, 'X'), unitizedAlpha(data), codingUnitizedAlpha(data), domainUnitizedAlpha(data, new Map())]) {
        expect(e).toEqual({ value: 1, reason: null });
      }
    }
  });

  it('gives α below 0 for coders whose codings never overlap', () => {
    // A [0,5), B [10,15): l_1∅ = 5 + 5 = 10, margins ∅ 30, 1 10; S = 25 + 25 + 15 + 15 = 80.
    // |uα = 1 − 10 · (40 − 2) / (30 · 10) = −4/15.
    const data = texts([coding('A', 'X', 0, 5), coding('B', 'X', 10, 15)]);
    expect(value(binaryUnitizedAlpha(data, 'X'))).toBeCloseTo(-4 / 15, 12);
    expect(codingUnitizedAlpha(data)).toEqual(notDefined(UNITIZED_NOT_DEFINED.noOverlap));
  });

  it('gives α below 0 for adjacent codings that do not overlap', () => {
    // A [0,5), B [5,10) in 10 characters: l_1∅ = 10, margins 10 and 10, S = 25 + 25 + 5 + 5 = 60.
    // |uα = 1 − 10 · (20 − 3) / (10 · 10) = −.7.
    expect(value(binaryUnitizedAlpha(texts([coding('A', 'X', 0, 5), coding('B', 'X', 5, 10)], 10), 'X'))).toBeCloseTo(-0.7, 12);
  });

  it('keeps a coder’s touching codings as two units but joins overlapping ones', () => {
    // B: X [0,8). A: [0,5) + [5,10), two units (S_1 = 25 + 25 + 64) or [0,10) as one (100 + 64).
    // l_1∅ = 2, margins 1: 18, ∅: 22, S_∅ = 22. Two units: 1 − 2 · 36.6/396; one: 1 − 2 · 35.35/396.
    const b = coding('B', 'X', 0, 8);
    const touching = binaryUnitizedAlpha(texts([coding('A', 'X', 0, 5), coding('A', 'X', 5, 10), b]), 'X');
    const overlapping = binaryUnitizedAlpha(texts([coding('A', 'X', 0, 6), coding('A', 'X', 4, 10), b]), 'X');
    expect(value(touching)).toBeCloseTo(1 - (2 * 36.6) / 396, 12);
    expect(value(overlapping)).toBeCloseTo(1 - (2 * 35.35) / 396, 12);
    expect(overlapping).toEqual(binaryUnitizedAlpha(texts([coding('A', 'X', 0, 10), b]), 'X'));
  });

  it('never pairs text across documents: two documents are one continuum laid end to end', () => {
    const apart: CodedTexts = {
      documents: [{ id: 'd1', length: 10 }, { id: 'd2', length: 10 }],
      coders: ['A', 'B'],
      codings: [coding('A', 'X', 0, 5, 'd1'), coding('B', 'X', 0, 5, 'd2')],
    };
    expect(value(binaryUnitizedAlpha(apart, 'X'))).toBeCloseTo(-4 / 15, 12);
    expect(codingUnitizedAlpha(apart)).toEqual(notDefined(UNITIZED_NOT_DEFINED.noOverlap));
  });

  it('handles a coding that covers the whole document', () => {
    expect(binaryUnitizedAlpha(texts([coding('A', 'X', 0, 20), coding('B', 'X', 0, 20)]), 'X')).toEqual(notDefined(UNITIZED_NOT_DEFINED.codedThroughout));
    // A [0,20), B [0,10): l_1∅ = 10, margins 1: 30, ∅: 10; S = 400 + 100 + 10 = 510.
    // |uα = 1 − 10 · (40 − 12.75) / (10 · 30) = 11/120.
    expect(value(binaryUnitizedAlpha(texts([coding('A', 'X', 0, 20), coding('B', 'X', 0, 10)]), 'X'))).toBeCloseTo(11 / 120, 12);
  });

  it('rejects codings outside their document or by unlisted coders', () => {
    expect(() => unitizedAlpha(texts([coding('A', 'X', 5, 25)]))).toThrow(/0 ≤ start < end ≤ 20/);
    expect(() => unitizedAlpha(texts([coding('A', 'X', 5, 5)]))).toThrow(RangeError);
    expect(() => unitizedAlpha(texts([coding('C', 'X', 0, 5)]))).toThrow(/not in the list of coders/);
    expect(() => unitizedAlpha(texts([coding('A', 'X', 0, 5, 'e')]))).toThrow(/not in the list of documents/);
  });
});

// Random codings: up to 4 coders, 2 documents, codes X, Y, Z.
const codingsArb = (coders: number, lengths: number[]) => fc.array(
  fc.record({
    coder: fc.integer({ min: 0, max: coders - 1 }),
    document: fc.integer({ min: 0, max: lengths.length - 1 }),
    code: fc.constantFrom('X', 'Y', 'Z'),
    from: fc.double({ min: 0, max: 0.999, noNaN: true }),
    size: fc.integer({ min: 1, max: 12 }),
  }).map(({ coder, document, code, from, size }): Coding => {
    const length = lengths[document]!;
    const start = Math.floor(from * length);
    return { coder: `c${coder}`, document: `d${document}`, code, start, end: Math.min(length, start + size) };
  }),
  { maxLength: 14 },
);
const dataArb = fc.tuple(fc.integer({ min: 2, max: 4 }), fc.array(fc.integer({ min: 1, max: 30 }), { minLength: 1, maxLength: 2 }))
  .chain(([m, lengths]) => codingsArb(m, lengths).map((codings): CodedTexts => ({
    documents: lengths.map((length, i) => ({ id: `d${i}`, length })),
    coders: Array.from({ length: m }, (_, i) => `c${i}`),
    codings,
  })));

const everyAlpha = (data: CodedTexts): Estimate[] => {
  const { codes, all } = binaryUnitizedAlphaByCode(data);
  return [...['X', 'Y', 'Z'].map((c) => binaryUnitizedAlpha(data, c)), ...codes.values(), all, unitizedAlpha(data),
    codingUnitizedAlpha(data), domainUnitizedAlpha(data, new Map([['X', 'D'], ['Y', 'D']]))];
};
const sameValues = (a: Estimate[], b: Estimate[]): void => {
  expect(a.map((e) => e.value === null)).toEqual(b.map((e) => e.value === null));
  a.forEach((e, i) => {
    if (e.value !== null) expect(e.value).toBeCloseTo(b[i]!.value!, 9);
  });
};

describe('unitized α properties', () => {
  it('is at most 1, never NaN or infinite, and gives a reason when not defined', () => {
    fc.assert(fc.property(dataArb, (data) => {
      for (const e of everyAlpha(data)) {
        if (e.value === null) expect(e.reason).toMatch(/\w/);
        else {
          expect(Number.isFinite(e.value)).toBe(true);
          expect(e.value).toBeLessThanOrEqual(1 + 1e-12);
        }
      }
    }), { numRuns: 300 });
  });

  it('does not depend on the order of the coders', () => {
    fc.assert(fc.property(dataArb, (data) => {
      sameValues(everyAlpha({ ...data, coders: [...data.coders].reverse() }), everyAlpha(data));
    }), { numRuns: 200 });
  });

  it('does not change when the codes are renamed', () => {
    const names: Record<string, string> = { X: 'Sintonía', Y: 'Quiebre 💥', Z: 'X' };
    fc.assert(fc.property(dataArb, (data) => {
      const renamed = { ...data, codings: data.codings.map((k) => ({ ...k, code: names[k.code]! })) };
      const { codes } = binaryUnitizedAlphaByCode(data);
      const { codes: renamedCodes } = binaryUnitizedAlphaByCode(renamed);
      sameValues([...codes.keys()].map((c) => renamedCodes.get(names[c]!)!), [...codes.values()]);
      sameValues([unitizedAlpha(renamed), codingUnitizedAlpha(renamed)], [unitizedAlpha(data), codingUnitizedAlpha(data)]);
    }), { numRuns: 200 });
  });

  it('does not change when every coding moves by the same offset inside a longer continuum', () => {
    const inner = codingsArb(2, [30]);
    fc.assert(fc.property(inner, fc.integer({ min: 0, max: 20 }), (codings, offset) => {
      const at = (shift: number): CodedTexts => ({
        documents: [{ id: 'd0', length: 50 }],
        coders: ['c0', 'c1'],
        codings: codings.map((k) => ({ ...k, start: k.start + shift, end: k.end + shift })),
      });
      const figures = (d: CodedTexts) => [binaryUnitizedAlpha(d, 'X'), binaryUnitizedAlphaByCode(d).all, unitizedAlpha(d), codingUnitizedAlpha(d)];
      sameValues(figures(at(offset)), figures(at(0)));
    }), { numRuns: 200 });
  });

  it('equals Krippendorff’s α of predefined units when every section is one character long', () => {
    // One-character codings, at most one per coder and position: each position is a unit whose
    // values are the coders' codes, or the gap as a value of its own.
    const grid = fc.tuple(fc.integer({ min: 2, max: 4 }), fc.integer({ min: 2, max: 15 }))
      .chain(([m, n]) => fc.array(fc.array(fc.constantFrom('X', 'Y', null), { minLength: m, maxLength: m }), { minLength: n, maxLength: n }));
    fc.assert(fc.property(grid, (rows) => {
      const coders = rows[0]!.map((_, i) => `c${i}`);
      const codings = rows.flatMap((row, p) => row.flatMap((code, i) => (code === null ? [] : [coding(`c${i}`, code, p, p + 1)])));
      const data: CodedTexts = { documents: [{ id: 'd', length: rows.length }], coders, codings };
      const reference = krippendorffAlpha(rows.map((row) => row.map((v) => v ?? '∅')));
      sameValues([unitizedAlpha(data)], [reference]);
      const binary = krippendorffAlpha(rows.map((row) => row.map((v) => (v === 'X' ? '1' : '0'))));
      sameValues([binaryUnitizedAlpha(data, 'X')], [binary]);
    }), { numRuns: 300 });
  });
});
