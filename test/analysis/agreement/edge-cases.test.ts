/** Data on which a coefficient is not defined say so, with the reason, instead of giving NaN. */
import { describe, expect, it } from 'vitest';
import {
  agreementSummary, alphaSentence, brennanPrediger, cohenKappa, estimate, fleissKappa, formatCoefficient, gwetAC1,
  krippendorffAlpha, NOT_DEFINED, percentAgreement, readAlpha, scottPi, type Ratings,
} from '../../../src/analysis/agreement/index.js';

const all = (r: Ratings) => [percentAgreement(r), krippendorffAlpha(r), fleissKappa(r), brennanPrediger(r), gwetAC1(r)];
const _ = null;

describe('when agreement is not defined', () => {
  it('gives no chance-corrected value when every coder always chose the one same category', () => {
    const r = [['Sintonía', 'Sintonía'], ['Sintonía', 'Sintonía'], ['Sintonía', _]];
    for (const e of [krippendorffAlpha(r), fleissKappa(r), brennanPrediger(r), gwetAC1(r), cohenKappa(r), scottPi(r)]) {
      expect(e).toEqual({ value: null, reason: NOT_DEFINED.noVariation });
    }
    expect(percentAgreement(r)).toEqual(estimate(1));
  });

  it('says α is not defined at every level when every value is the same', () => {
    const r = [[3, 3, 3], [3, _, 3]];
    for (const level of ['nominal', 'ordinal', 'interval', 'ratio'] as const) {
      expect(krippendorffAlpha(r, level)).toEqual({ value: null, reason: 'every value is the same' });
    }
  });

  it('gives nothing for a single coder', () => {
    for (const e of all([['a'], ['b'], ['a']])) expect(e).toEqual({ value: null, reason: NOT_DEFINED.oneCoder });
  });

  it('gives nothing when no unit has values from two coders', () => {
    const r = [['a', _, _], [_, 'b', _], [_, _, 'a'], [_, _, _]];
    for (const e of all(r)) expect(e).toEqual({ value: null, reason: NOT_DEFINED.noPairs });
    expect(cohenKappa([['a', _], [_, 'b']])).toEqual({ value: null, reason: NOT_DEFINED.noPairs });
    expect(all([])).toEqual(all([]).map(() => ({ value: null, reason: NOT_DEFINED.oneCoder })));
  });

  it('treats two coders who never agree on two categories as below chance, not as undefined', () => {
    const r = [['a', 'b'], ['b', 'a'], ['a', 'b']];
    expect(cohenKappa(r).value).toBeLessThan(0);
    expect(krippendorffAlpha(r).value).toBeLessThan(0);
    expect(percentAgreement(r)).toEqual(estimate(0));
  });

  it('compares exactly two coders for Cohen’s κ and Scott’s π', () => {
    expect(() => cohenKappa([['a', 'b', 'a']])).toThrow(RangeError);
    expect(() => scottPi([['a']])).toThrow(RangeError);
  });
});

describe('missing values', () => {
  it('uses only the units both coders coded for Cohen’s κ and Scott’s π', () => {
    const complete = [['a', 'a'], ['b', 'b'], ['a', 'b'], ['b', 'b']];
    const withGaps = [...complete, ['a', _], [_, 'b'], [_, _]];
    expect(cohenKappa(withGaps)).toEqual(cohenKappa(complete));
    expect(scottPi(withGaps)).toEqual(scottPi(complete));
  });

  it('drops units with a single value from α and percent agreement', () => {
    const pairable = [['1', '1', '2'], ['2', '2', '2'], ['1', '2', _]];
    const withLoners = [...pairable, ['3', _, _], [_, _, '4']];
    expect(krippendorffAlpha(withLoners)).toEqual(krippendorffAlpha(pairable));
    expect(percentAgreement(withLoners)).toEqual(percentAgreement(pairable));
  });

  it('reduces Fleiss’ κ to the classic formula when every unit has the same number of values', () => {
    // 3 units × 3 coders: P_i = 1, 1/3, 1/3 → P̄ = 5/9; p_a = 4/9, p_b = 5/9 → P̄_e = 41/81
    const r = [['a', 'a', 'a'], ['a', 'b', 'b'], ['b', 'a', 'b']];
    expect(fleissKappa(r).value).toBeCloseTo((5 / 9 - 41 / 81) / (1 - 41 / 81), 12);
  });
});

describe('the summary and its reading', () => {
  const data = { units: ['U1', 'U2', 'U3'], coders: ['Ana', 'Ben'], ratings: [['Resonancia', 'Resonancia'], ['Quiebre', 'Quiebre'], ['Sintonía', 'Quiebre']] };

  it('adds Scott’s π and Cohen’s κ for two coders and names what is not defined', () => {
    const r = agreementSummary(data, 'nominal');
    if (!('summary' in r)) throw new Error(r.error);
    expect(Object.keys(r.summary)).toEqual(['units', 'coders', 'level', 'pairableUnits', 'percentAgreement', 'alpha', 'fleissKappa', 'brennanPrediger', 'gwetAC1', 'scottPi', 'cohenKappa', 'notDefined']);
    expect(r.summary).toMatchObject({ units: 3, coders: 2, pairableUnits: 3, notDefined: {} });
    const same = agreementSummary({ ...data, coders: ['Ana', 'Ben', 'Carla'], ratings: data.ratings.map(() => ['x', 'x', 'x']) }, 'nominal');
    if (!('summary' in same)) throw new Error(same.error);
    expect(same.summary.alpha).toBeNull();
    expect(same.summary.scottPi).toBeUndefined();
    expect(same.summary.notDefined).toEqual({ alpha: 'every value is the same', fleissKappa: 'every value is the same', brennanPrediger: 'every value is the same', gwetAC1: 'every value is the same' });
  });

  it('refuses text at the ordinal, interval and ratio levels, and negative ratios, in one sentence', () => {
    expect(agreementSummary(data, 'ordinal')).toEqual({ error: 'At the ordinal level every value must be a number, but "Resonancia" (unit "U1", coder "Ana") is not: code the values as numbers, or use --level nominal for categories.' });
    const negative = agreementSummary({ ...data, ratings: [['1', '-2'], ['1', '1'], ['2', '2']] }, 'ratio');
    expect(negative).toEqual({ error: 'At the ratio level values cannot be negative, but "-2" (unit "U1", coder "Ben") is: use --level interval for values without an absolute zero.' });
    expect('summary' in agreementSummary({ ...data, ratings: [['1', '-2'], ['1.5', '1e1'], ['+2', '.5']] }, 'interval')).toBe(true);
  });

  it('reads α by Krippendorff’s thresholds', () => {
    expect([0.8, 0.7994, 0.667, 0.6664, -0.2].map(readAlpha)).toEqual(['reliable', 'tentative', 'tentative', 'unreliable', 'unreliable']);
    // Read as printed: 0.79951 shows as 0.800 and 2/3 as 0.667, so the sentence agrees with the figure.
    expect([0.79951, 2 / 3].map(readAlpha)).toEqual(['reliable', 'tentative']);
    expect(alphaSentence(estimate(0.743))).toMatch(/^α = 0\.743: draw only tentative conclusions/);
    expect(alphaSentence({ value: null, reason: NOT_DEFINED.noVariation })).toMatch(/^α is not defined: every value is the same/);
    expect(formatCoefficient(-0.0001)).toBe('0.000');
  });
});
