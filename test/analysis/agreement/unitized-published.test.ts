/**
 * The unitized α family against the one worked example with printed figures that could be
 * found: Krippendorff (2019), Content Analysis, 4th ed., §12.6, Figure 12.11 (p. 340), three
 * observers unitizing a continuum of 60 positions with values 1–7. The book's figures and the
 * continuum are taken as transcribed in the tests of the R package quallmer
 * (cran/quallmer, tests/testthat/test-alpha_u.R): uα = .510 and |uα = .413 stated as the book's,
 * cuα = .724 named in a comment there (their own code gives .728). The book itself was not at hand;
 * the agreement of all three figures, and of no other reading of cuα's chance term (below), is the
 * check on that transcription.
 *
 * Notation as in src/analysis/agreement/unitized.ts. Positions here are the book's 1-based
 * inclusive ones turned into Sparks' half-open ranges: [a–b] becomes [a − 1, b).
 */
import { describe, expect, it } from 'vitest';
import {
  binaryUnitizedAlpha, codingUnitizedAlpha, domainUnitizedAlpha, unitizedAlpha, type CodedTexts, type Coding, type Estimate,
} from '../../../src/analysis/agreement/index.js';

const value = (e: Estimate): number => {
  if (e.value === null) throw new Error(`not defined: ${e.reason}`);
  return e.value;
};
const coding = (coder: string, code: string, start: number, end: number): Coding => ({ coder, document: 'd', code, start, end });

describe('Krippendorff (2019), Figure 12.11: Alex, Paul and Suzan on a continuum of 60', () => {
  //            1–7   8–13  14–21  22–30  31–32  33–37  38–41  42–44  45–60
  //   Alex      1     2    gap [14–30]    5      6 [33–37]|6 [38–44]   7
  //   Paul      1     3     5     gap [22–32]        6 [33–44]        gap
  //   Suzan     1     4     5     gap [22–32]      6  |   6  |   6     gap
  // Touching units of one value (Alex's and Suzan's 6s) stay separate units, as the coders drew them.
  const data: CodedTexts = {
    documents: [{ id: 'd', length: 60 }],
    coders: ['Alex', 'Paul', 'Suzan'],
    codings: [
      coding('Alex', '1', 0, 7), coding('Alex', '2', 7, 13), coding('Alex', '5', 30, 32),
      coding('Alex', '6', 32, 37), coding('Alex', '6', 37, 44), coding('Alex', '7', 44, 60),
      coding('Paul', '1', 0, 7), coding('Paul', '3', 7, 13), coding('Paul', '5', 13, 21), coding('Paul', '6', 32, 44),
      coding('Suzan', '1', 0, 7), coding('Suzan', '4', 7, 13), coding('Suzan', '5', 13, 21),
      coding('Suzan', '6', 32, 37), coding('Suzan', '6', 37, 41), coding('Suzan', '6', 41, 44),
    ],
  };
  const codes = ['1', '2', '3', '4', '5', '6', '7'];

  it('gives uα = .510, as printed', () => {
    // m = 3, so each overlap counts once per ordered pair of observers, / (m − 1) = / 2.
    // l_11 = 21 (1–7, all three), l_23 = l_24 = l_34 = 3 and symmetric (8–13), l_55 = 8 (Paul–Suzan
    // 14–21), l_5∅ = 10 (Paul's and Suzan's 5 on Alex's gap, 8 + 8; Alex's 5 on two gaps, 2 + 2),
    // l_66 = 36 (33–44, all three), l_7∅ = 16 (Alex's 7 on two gaps, 16 + 16), l_∅∅ = 45 (22–30 for
    // Alex with each of the others, 9 + 9; Paul with Suzan, 11 + 16). l.. = 180 = 3 × 60, Σ l_cc = 110.
    // Margins ∅ 71, 1 21, 2–4 6 each, 5 18, 6 36, 7 16.
    // S: 1 3 × 7² = 147; 2, 3, 4 6² = 36 each; 5 2² + 8² + 8² = 132; 6 5² + 7² + 12² + 5² + 4² + 3² = 268;
    //   7 16² = 256; gaps 17 + 11 + 16 + 11 + 16 = 71. S = 982, l.. − S/l.. = 31418/180.
    // Σ (l_c.² − S_c) = 4970 + 294 + 0 + 0 + 0 + 192 + 1028 + 0 = 6484.
    // uα = 1 − (180 − 110) / (180 − 6484 · 180/31418) = 1 − 70 · 31418 / (180 · 24934) = 16349/32058 = .50998.
    const ua = value(unitizedAlpha(data));
    expect(ua).toBeCloseTo(16349 / 32058, 12);
    expect(ua).toBeCloseTo(0.51, 3);
  });

  it('gives |uα = .4136 where .413 is printed, within 1e-3', () => {
    // All values as one: l_1∅ = 10 + 16 = 26, margins ∅ 71, 1 109, S as for uα (units stay units).
    // |uα = 1 − l_∅1 (l.. − S/l..) / (l_∅. l_1.) = 1 − 26 · (31418/180) / (71 · 109) = 144038/348255 = .41360.
    // The book's .413 is .0006 below; from e_∅1 = 44.34 rounded to 44.3 it would be .4131, so a rounded
    // intermediate is a plausible cause (not checked against the book). quallmer's test allows ±.002.
    const bar = value(binaryUnitizedAlpha(data, codes));
    expect(bar).toBeCloseTo(144038 / 348255, 12);
    expect(Math.abs(bar - 0.413)).toBeLessThanOrEqual(1e-3);
  });

  it('gives cuα = .724, as printed, which pins the chance term for more than two observers', () => {
    // Unit–unit overlaps only: l*.. = 21 + 18 + 8 + 36 = 83, Σ l_cc = 65, D_o = 18.
    // Margins 1 21, 2–4 6 each, 5 8, 6 36 (Alex's 5 and 7 meet no one else's unit: weight 0).
    // A unit's weight is its average overlap with the other observers' units, (1/2) Σ_j, squared:
    //   1: 7 each → 3 × 49 = 147; 2, 3, 4: 6 each → 36 each; 5: Alex 0, Paul (0 + 8)/2 = 4, Suzan 4 → 32;
    //   6: Alex 5, 7; Paul 12; Suzan 5, 4, 3 → 25 + 49 + 144 + 25 + 16 + 9 = 268. S = 555.
    // l*.. − S/l*.. = 6334/83; Σ (l_c.² − S_c) = 294 + 0 + 32 + 1028 = 1354.
    // cuα = 1 − 18 / (83 − 1354 · 83/6334) = 1 − 18 · 6334 / (83 · 4980) = 24944/34445 = .72417.
    // Other readings of "pairable length" miss the printed figure: squaring per pair of observers,
    //   S_5 = ((0² + 8²) + (0² + 8²)) / 2 = 64, gives .7256; squaring the overlap with the union of the
    //   others' units, S_5 = 8² + 8² = 128, gives .7283. Only Sparks' reading gives .724.
    const cu = value(codingUnitizedAlpha(data));
    expect(cu).toBeCloseTo(24944 / 34445, 12);
    expect(cu).toBeCloseTo(0.724, 3);
    // Cuα with each value its own domain is cuα
    expect(value(domainUnitizedAlpha(data, new Map()))).toBeCloseTo(24944 / 34445, 12);
  });
});

describe('three coders by hand: cuα’s chance term for m > 2', () => {
  // L = 12.  A: X [0,6), Y [6,12).   B: X [0,4), Y [4,12).   C: X [0,8), gap [8,12).
  const data: CodedTexts = {
    documents: [{ id: 'd', length: 12 }],
    coders: ['A', 'B', 'C'],
    codings: [
      coding('A', 'X', 0, 6), coding('A', 'Y', 6, 12),
      coding('B', 'X', 0, 4), coding('B', 'Y', 4, 12),
      coding('C', 'X', 0, 8),
    ],
  };

  it('gives cuα = 23/45 from the overlaps of units, with each unit’s squared average overlap as S', () => {
    // Unit–unit overlaps per pair of coders: A–B XX 4, XY 2, YY 6; A–C XX 6, YX 2; B–C XX 4, YX 4.
    // Both orders / (m − 1): l_XX = 14, l_YY = 6, l_XY = l_YX = (2 + 2 + 4)/2 = 4; l*.. = 28, D_o = 8.
    // Margins X 18, Y 10. Weights (1/2) Σ_j |unit ∩ units of j|:
    //   A.X (6 + 6)/2 = 6, A.Y (6 + 2)/2 = 4, B.X (4 + 4)/2 = 4, B.Y (8 + 4)/2 = 6, C.X (8 + 8)/2 = 8.
    //   They add up to the margins (X 6 + 4 + 8 = 18, Y 4 + 6 = 10).
    // S_X = 36 + 16 + 64 = 116, S_Y = 16 + 36 = 52; l*.. − S/l*.. = 28 − 168/28 = 22.
    // Σ e_cc = (18² − 116 + 10² − 52) / 22 = 256/22; D_e = 28 − 256/22 = 360/22.
    // cuα = 1 − 8 · 22/360 = 23/45 = .5111. (Squared per pair: S_Y = (36 + 4 + 64 + 16)/2 = 60, 163/315;
    // union of the others' units: S_Y = 6² + 8² = 100, 173/315.)
    expect(value(codingUnitizedAlpha(data))).toBeCloseTo(23 / 45, 12);
    expect(value(domainUnitizedAlpha(data, new Map([['X', 'DX'], ['Y', 'DY']])))).toBeCloseTo(23 / 45, 12);
  });

  it('gives uα = 317/855, where the gap enters', () => {
    // Add C's gap: A.Y ∩ C.gap 4, B.Y ∩ C.gap 4 → l_Y∅ = l_∅Y = 4; l.. = 36, Σ l_cc = 20, D_o = 16.
    // Margins X 18, Y 14, ∅ 4. S_X = 6² + 4² + 8² = 116, S_Y = 6² + 8² = 100, S_∅ = 4; S = 220.
    // l.. − S/l.. = 269/9; Σ (l_c.² − S_c) = 208 + 96 + 12 = 316; D_e = 36 − 316 · 9/269 = 6840/269.
    // uα = 1 − 16 · 269/6840 = 317/855 = .3708.
    expect(value(unitizedAlpha(data))).toBeCloseTo(317 / 855, 12);
  });
});
