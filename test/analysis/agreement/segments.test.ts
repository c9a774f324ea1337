/**
 * MAXQDA's intercoder agreement modes: code existence and code frequency per document, and
 * segment agreement with a minimum overlap and κ with P_chance = 1/q, on hand-computed examples.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  codeExistence, codeFrequency, overlapShare, SEGMENT_NOT_DEFINED, segmentOverlap, type CodedTexts, type Coding,
} from '../../../src/analysis/agreement/index.js';

const coding = (coder: string, code: string, start: number, end: number, document = 'd'): Coding => ({ coder, document, code, start, end });
const texts = (codings: Coding[], documents = [{ id: 'd', length: 100 }]): CodedTexts => ({ documents, coders: ['A', 'B'], codings });

describe('segment agreement by hand', () => {
  // A: X [0,10), X [20,30), Y [40,50).   B: X [0,9), X [22,30), Y [60,70).
  // Overlap = shared / covered together: X [0,10) ~ [0,9): 9/10 = 90%; X [20,30) ~ [22,30): 8/10 = 80%;
  // the Y segments do not meet (0%). Each of the six segments is checked against the other coder's.
  const data = texts([
    coding('A', 'X', 0, 10), coding('A', 'X', 20, 30), coding('A', 'Y', 40, 50),
    coding('B', 'X', 0, 9), coding('B', 'X', 22, 30), coding('B', 'Y', 60, 70),
  ]);

  it('at 90%: X 2 of 4 agree, Y 0 of 2; P_observed = 2/6, P_chance = 1/2, κ = (1/3 − 1/2)/(1/2) = −1/3', () => {
    const r = segmentOverlap(data);
    expect(r.threshold).toBe(90);
    expect(r.segments.map((s) => [s.coder, s.code, s.start, s.overlap, s.agrees])).toEqual([
      ['A', 'X', 0, 0.9, true], ['A', 'X', 20, 0.8, false], ['A', 'Y', 40, 0, false],
      ['B', 'X', 0, 0.9, true], ['B', 'X', 22, 0.8, false], ['B', 'Y', 60, 0, false],
    ]);
    expect(r.codes).toEqual([
      { code: 'X', agreements: 2, disagreements: 2, agreement: { value: 0.5, reason: null } },
      { code: 'Y', agreements: 0, disagreements: 2, agreement: { value: 0, reason: null } },
    ]);
    expect(r.overall.agreement.value).toBeCloseTo(1 / 3, 12);
    expect(r.overall.kappa.value).toBeCloseTo(-1 / 3, 12);
  });

  it('at 80%: X 4 of 4 agree; P_observed = 4/6, κ = (2/3 − 1/2)/(1/2) = 1/3', () => {
    const r = segmentOverlap(data, 80);
    expect(r.codes[0]).toMatchObject({ code: 'X', agreements: 4, disagreements: 0 });
    expect(r.overall.kappa.value).toBeCloseTo(1 / 3, 12);
  });

  it('lets one segment of the other coder match several', () => {
    const r = segmentOverlap(texts([coding('A', 'X', 0, 10), coding('A', 'X', 0, 10), coding('B', 'X', 0, 10), coding('B', 'Y', 50, 60)]));
    expect(r.codes[0]).toMatchObject({ code: 'X', agreements: 3, disagreements: 0 });
  });

  it('checks the threshold', () => {
    for (const t of [0, 0.5, 101, Number.NaN]) expect(() => segmentOverlap(data, t)).toThrow(/from 1 to 100/);
    expect(segmentOverlap(data, 1).codes[0]).toMatchObject({ agreements: 4 });
    expect(segmentOverlap(data, 100).codes[0]).toMatchObject({ agreements: 0 });
  });
});

describe('segment agreement edge cases', () => {
  it('gives nothing when neither coder coded, and no κ with a single code', () => {
    expect(segmentOverlap(texts([])).overall).toEqual({
      agreements: 0, disagreements: 0,
      agreement: { value: null, reason: SEGMENT_NOT_DEFINED.noSegments },
      kappa: { value: null, reason: SEGMENT_NOT_DEFINED.noSegments },
    });
    const one = segmentOverlap(texts([coding('A', 'X', 0, 10), coding('B', 'X', 0, 10)]));
    expect(one.overall.agreement).toEqual({ value: 1, reason: null });
    expect(one.overall.kappa).toEqual({ value: null, reason: SEGMENT_NOT_DEFINED.oneCode });
  });

  it('counts every segment of a coder whose partner coded nothing as a disagreement', () => {
    const r = segmentOverlap(texts([coding('A', 'X', 0, 10), coding('A', 'Y', 20, 30)]));
    expect(r.overall).toMatchObject({ agreements: 0, disagreements: 2, agreement: { value: 0 }, kappa: { value: -1 } });
  });

  it('gives κ = 1 for identical coders', () => {
    const same = (c: string) => [coding(c, 'X', 0, 10), coding(c, 'Y', 5, 40), coding(c, 'X', 60, 100)];
    expect(segmentOverlap(texts([...same('A'), ...same('B')])).overall.kappa).toEqual({ value: 1, reason: null });
  });

  it('does not match adjacent segments, segments in other documents, or other codes', () => {
    const docs = [{ id: 'd1', length: 20 }, { id: 'd2', length: 20 }];
    const r = segmentOverlap(texts([
      coding('A', 'X', 0, 5, 'd1'), coding('B', 'X', 5, 10, 'd1'),
      coding('A', 'X', 10, 20, 'd1'), coding('B', 'X', 10, 20, 'd2'),
      coding('A', 'Y', 0, 20, 'd2'), coding('B', 'Z', 0, 20, 'd2'),
    ], docs), 1);
    expect(r.overall.agreements).toBe(0);
    expect(r.segments.every((s) => s.overlap === 0)).toBe(true);
  });

  it('matches codings of the whole document', () => {
    const r = segmentOverlap(texts([coding('A', 'X', 0, 100), coding('B', 'X', 0, 95), coding('A', 'Y', 0, 100), coding('B', 'Y', 0, 80)]));
    expect(r.codes.map((c) => c.agreements)).toEqual([2, 0]);
  });

  it('measures overlap against the text both segments cover', () => {
    expect(overlapShare(coding('A', 'X', 0, 10), coding('B', 'X', 5, 15))).toBeCloseTo(5 / 15, 12);
    expect(overlapShare(coding('A', 'X', 0, 10), coding('B', 'X', 2, 4))).toBeCloseTo(0.2, 12);
    expect(overlapShare(coding('A', 'X', 0, 10), coding('B', 'X', 10, 15))).toBe(0);
  });
});

describe('code existence and frequency per document', () => {
  // A: X twice and Y once in d1. B: X once in d1, Y once in d2. X in d2: neither, left out.
  const data = texts(
    [coding('A', 'X', 0, 5, 'd1'), coding('A', 'X', 8, 9, 'd1'), coding('A', 'Y', 2, 3, 'd1'), coding('B', 'X', 1, 4, 'd1'), coding('B', 'Y', 0, 10, 'd2')],
    [{ id: 'd1', length: 10 }, { id: 'd2', length: 10 }],
  );

  it('existence: d1×X agrees (1, 1); d1×Y (1, 0) and d2×Y (0, 1) do not: 1 of 3', () => {
    const r = codeExistence(data);
    expect(r.units).toEqual([
      { document: 'd1', code: 'X', first: 1, second: 1, agree: true },
      { document: 'd1', code: 'Y', first: 1, second: 0, agree: false },
      { document: 'd2', code: 'Y', first: 0, second: 1, agree: false },
    ]);
    expect(r.codes).toEqual([
      { code: 'X', agreements: 1, disagreements: 0, agreement: { value: 1, reason: null } },
      { code: 'Y', agreements: 0, disagreements: 2, agreement: { value: 0, reason: null } },
    ]);
    expect(r.overall.agreement.value).toBeCloseTo(1 / 3, 12);
  });

  it('frequency: d1×X (2, 1) no longer agrees: 0 of 3', () => {
    const r = codeFrequency(data);
    expect(r.units[0]).toEqual({ document: 'd1', code: 'X', first: 2, second: 1, agree: false });
    expect(r.overall).toEqual({ agreements: 0, disagreements: 3, agreement: { value: 0, reason: null } });
  });

  it('says why when no code was used, and needs exactly two coders', () => {
    expect(codeExistence(texts([])).overall.agreement).toEqual({ value: null, reason: SEGMENT_NOT_DEFINED.noUnits });
    expect(() => codeFrequency({ documents: [], coders: ['A'], codings: [] })).toThrow(/exactly two coders/);
  });
});

describe('MAXQDA mode properties', () => {
  const dataArb = fc.array(fc.record({
    coder: fc.constantFrom('A', 'B'), code: fc.constantFrom('X', 'Y', 'Z'), document: fc.constantFrom('d1', 'd2'),
    start: fc.integer({ min: 0, max: 29 }), size: fc.integer({ min: 1, max: 15 }),
  }), { maxLength: 12 }).map((raw): CodedTexts => texts(
    raw.map((k) => coding(k.coder, k.code, k.start, Math.min(30, k.start + k.size), k.document)),
    [{ id: 'd1', length: 30 }, { id: 'd2', length: 30 }],
  ));

  it('give the same tables and κ whichever coder comes first, never NaN', () => {
    fc.assert(fc.property(dataArb, fc.integer({ min: 1, max: 100 }), (data, threshold) => {
      const swapped = { ...data, coders: ['B', 'A'] };
      for (const mode of [codeExistence, codeFrequency]) expect(mode(swapped).codes).toEqual(mode(data).codes);
      const a = segmentOverlap(data, threshold);
      const b = segmentOverlap(swapped, threshold);
      expect(b.codes).toEqual(a.codes);
      expect(b.overall).toEqual(a.overall);
      if (a.overall.kappa.value !== null) {
        expect(Number.isFinite(a.overall.kappa.value)).toBe(true);
        expect(a.overall.kappa.value).toBeLessThanOrEqual(1);
      }
    }), { numRuns: 300 });
  });

  it('agree on no more segments as the threshold rises', () => {
    fc.assert(fc.property(dataArb, fc.integer({ min: 1, max: 99 }), (data, t) => {
      expect(segmentOverlap(data, t + 1).overall.agreements).toBeLessThanOrEqual(segmentOverlap(data, t).overall.agreements);
    }), { numRuns: 200 });
  });
});
