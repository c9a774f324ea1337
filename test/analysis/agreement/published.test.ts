/**
 * Every coefficient against published worked examples. Figures printed to three decimals are
 * checked to half a unit in the third (toBeCloseTo(x, 3)); figures printed to more, to their digits.
 * The data and where each came from are in ./fixtures.ts.
 */
import { describe, expect, it } from 'vitest';
import {
  atLevel, brennanPrediger, coincidences, cohenKappa, fleissKappa, gwetAC1, krippendorffAlpha, ordinalDifferences,
  percentAgreement, scottPi, type Estimate, type Level, type Ratings,
} from '../../../src/analysis/agreement/index.js';
import {
  BRENNAN_PREDIGER_1981_P689, BRENNAN_PREDIGER_1981_P691, COHEN_1960_TABLE_2, FLEISS_1971, fromTable, GWET_ABSTRACTORS, KRIPPENDORFF_2011,
} from './fixtures.js';

const value = (e: Estimate): number => {
  if (e.value === null) throw new Error(`not defined: ${e.reason}`);
  return e.value;
};

const numeric = (ratings: Ratings<string>, level: Level): Ratings => {
  const r = atLevel({ units: ratings.map((_, i) => String(i)), coders: ['A', 'B', 'C', 'D'], ratings }, level);
  if ('error' in r) throw new Error(r.error);
  return r.ratings;
};

describe('Krippendorff (2011), 4 observers × 12 units with missing values', () => {
  it('gives α = .743 nominal, .815 ordinal, .849 interval and .797 ratio, as printed', () => {
    expect(value(krippendorffAlpha(KRIPPENDORFF_2011, 'nominal'))).toBeCloseTo(0.743, 3);
    expect(value(krippendorffAlpha(numeric(KRIPPENDORFF_2011, 'ordinal'), 'ordinal'))).toBeCloseTo(0.815, 3);
    expect(value(krippendorffAlpha(numeric(KRIPPENDORFF_2011, 'interval'), 'interval'))).toBeCloseTo(0.849, 3);
    expect(value(krippendorffAlpha(numeric(KRIPPENDORFF_2011, 'ratio'), 'ratio'))).toBeCloseTo(0.797, 3);
  });

  it('builds the coincidence matrix from the 40 pairable values, dropping the lone value of unit 12', () => {
    const co = coincidences(numeric(KRIPPENDORFF_2011, 'interval'));
    expect(co.values).toEqual([1, 2, 3, 4, 5]);
    expect(co.n.map((x) => Number(x.toFixed(9)))).toEqual([9, 13, 10, 5, 3]);
    expect(co.total).toBeCloseTo(40, 12);
    // row 1 by hand: units 1, 8 and 11 give 3 + 2 + 2 agreeing pairs; unit 6 pairs 1 with 2, 3, 4 at 1/3 each; unit 8 pairs 1 with 2 at 3 × 1/3
    expect(co.o[0]!.map((x) => Number(x.toFixed(9)))).toEqual([7, Number((4 / 3).toFixed(9)), Number((1 / 3).toFixed(9)), Number((1 / 3).toFixed(9)), 0]);
  });

  it('measures ordinal differences by the marginal frequencies between two ranks', () => {
    const d = ordinalDifferences([9, 13, 10, 5, 3]);
    expect(d[0]![1]).toBe((9 / 2 + 13 / 2) ** 2); // 121
    expect(d[0]![2]).toBe((9 / 2 + 13 + 10 / 2) ** 2); // 506.25
    expect(d[3]![4]).toBe((5 / 2 + 3 / 2) ** 2); // 16
    expect(d[2]![0]).toBe(d[0]![2]);
    expect(d[1]![1]).toBe(0);
  });

  it('matches Gwet’s figures for the same matrix (irrCAC cac.raw4raters)', () => {
    expect(value(percentAgreement(KRIPPENDORFF_2011))).toBeCloseTo(0.8181818, 6);
    expect(value(fleissKappa(KRIPPENDORFF_2011))).toBeCloseTo(0.76117, 5);
    expect(value(brennanPrediger(KRIPPENDORFF_2011))).toBeCloseTo(0.77273, 5);
    expect(value(gwetAC1(KRIPPENDORFF_2011))).toBeCloseTo(0.77544, 5);
    expect(value(krippendorffAlpha(KRIPPENDORFF_2011))).toBeCloseTo(0.74342, 5);
  });
});

describe('Fleiss (1971), 30 patients × 6 psychiatrists', () => {
  it('gives κ = .430, as printed (R irr kappam.fleiss: 0.4302445)', () => {
    const kappa = value(fleissKappa(FLEISS_1971));
    expect(kappa).toBeCloseTo(0.43, 3);
    expect(kappa).toBeCloseTo(0.4302445, 7);
  });

  it('matches Gwet’s figures for its first 15 patients (irrCAC distrib.6raters)', () => {
    const first15 = FLEISS_1971.slice(0, 15);
    expect(value(percentAgreement(first15))).toBeCloseTo(0.5511111, 7);
    expect(value(fleissKappa(first15))).toBeCloseTo(0.4139265, 7);
    expect(value(gwetAC1(first15))).toBeCloseTo(0.4448007, 7);
    expect(value(brennanPrediger(first15))).toBeCloseTo(0.4388889, 7);
    expect(value(krippendorffAlpha(first15))).toBeCloseTo(0.4204384, 7);
  });
});

describe('Cohen (1960), Table 2: two judges, 200 units, three categories', () => {
  const ratings = fromTable(COHEN_1960_TABLE_2);

  it('gives p_o = .70 and κ = .492, as printed', () => {
    expect(value(percentAgreement(ratings))).toBeCloseTo(0.7, 12);
    expect(value(cohenKappa(ratings))).toBeCloseTo(0.492, 3);
    expect(value(cohenKappa(ratings))).toBeCloseTo((0.7 - 0.41) / (1 - 0.41), 12);
  });
});

describe('Two abstractors, 100 pregnancies (Gwet, 2014; irrCAC cont3x3abstractors)', () => {
  const ratings = fromTable(GWET_ABSTRACTORS);

  it('gives Gwet’s printed Cohen’s κ, Scott’s π, AC1, Brennan–Prediger, α and percent agreement', () => {
    expect(value(cohenKappa(ratings))).toBeCloseTo(0.7964094, 7);
    expect(value(scottPi(ratings))).toBeCloseTo(0.7962397, 7);
    expect(value(gwetAC1(ratings))).toBeCloseTo(0.8493305, 7);
    expect(value(brennanPrediger(ratings))).toBeCloseTo(0.835, 12);
    expect(value(krippendorffAlpha(ratings))).toBeCloseTo(0.7972585, 7);
    expect(value(percentAgreement(ratings))).toBeCloseTo(0.89, 12);
  });
});

describe('Brennan & Prediger (1981): κ_n = (p_o − 1/q) / (1 − 1/q)', () => {
  it('takes q from the coding scheme when it is given, else from the categories used', () => {
    const ratings = fromTable(COHEN_1960_TABLE_2);
    expect(value(brennanPrediger(ratings))).toBeCloseTo((0.7 - 1 / 3) / (1 - 1 / 3), 12); // .55
    expect(value(brennanPrediger(ratings, 5))).toBeCloseTo((0.7 - 0.2) / 0.8, 12); // .625
    expect(() => brennanPrediger(ratings, 2)).toThrow(RangeError);
  });
});

describe('Brennan & Prediger (1981), their two tables (pp. 689, 691)', () => {
  // Same p_o, different marginals: κ moves with the marginals (.27, .29), κ_n = (.60 − 1/3)/(1 − 1/3)
  // does not (.40). Printed to two decimals, so checked to half a unit in the second.
  it('gives p_o = .60, κ_n = .40 for both, and Cohen’s κ = .27 (p_c = .45) and .29 (p_c = .44)', () => {
    const first = fromTable(BRENNAN_PREDIGER_1981_P689);
    const second = fromTable(BRENNAN_PREDIGER_1981_P691);
    for (const ratings of [first, second]) {
      expect(value(percentAgreement(ratings))).toBeCloseTo(0.6, 12);
      expect(value(brennanPrediger(ratings))).toBeCloseTo(0.4, 12);
      expect(value(brennanPrediger(ratings, 3))).toBeCloseTo(0.4, 12);
    }
    expect(value(cohenKappa(first))).toBeCloseTo(0.27, 2);
    expect(value(cohenKappa(first))).toBeCloseTo((0.6 - 0.45) / (1 - 0.45), 12);
    expect(value(cohenKappa(second))).toBeCloseTo(0.29, 2);
    expect(value(cohenKappa(second))).toBeCloseTo((0.6 - 0.44) / (1 - 0.44), 12);
  });
});
