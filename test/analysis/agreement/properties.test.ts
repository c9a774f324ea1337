/** Properties every coefficient must keep, on random reliability data. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  brennanPrediger, cohenKappa, fleissKappa, gwetAC1, krippendorffAlpha, LEVELS, percentAgreement, scottPi,
  type Estimate, type Level, type Ratings,
} from '../../../src/analysis/agreement/index.js';

type Grid = (number | null)[][];

/** Units × coders of small whole numbers (so values repeat), some cells missing. */
const grid = (coders: fc.Arbitrary<number>): fc.Arbitrary<Grid> =>
  coders.chain((c) => fc.array(fc.array(fc.option(fc.integer({ min: 0, max: 4 }), { freq: 4 }), { minLength: c, maxLength: c }), { minLength: 1, maxLength: 25 }));

const nominal = (r: Ratings) => [percentAgreement(r), fleissKappa(r), brennanPrediger(r), gwetAC1(r), krippendorffAlpha(r)];
const everything = (r: Ratings) => [...nominal(r), ...LEVELS.slice(1).map((level) => krippendorffAlpha(r, level))];

const close = (a: Estimate[], b: Estimate[]): void => {
  expect(a.map((e) => e.reason)).toEqual(b.map((e) => e.reason));
  a.forEach((e, i) => {
    if (e.value !== null) expect(e.value).toBeCloseTo(b[i]!.value!, 9);
  });
};

const permutation = (n: number): fc.Arbitrary<number[]> =>
  fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: n, maxLength: n }).map((keys) => keys.map((k, i) => [k, i] as const).sort((a, b) => a[0] - b[0]).map(([, i]) => i));

describe('agreement coefficients', () => {
  it('are a number or null with a reason, never NaN or infinite', () => {
    fc.assert(fc.property(grid(fc.integer({ min: 1, max: 5 })), (g) => {
      for (const e of everything(g)) {
        if (e.value === null) expect(e.reason).toMatch(/\w/);
        else expect(Number.isFinite(e.value)).toBe(true);
      }
    }));
  });

  it('give α = 1 at every level for identical coders when the values vary', () => {
    const units = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 2, maxLength: 25 }).filter((vs) => new Set(vs).size > 1);
    fc.assert(fc.property(units, fc.integer({ min: 2, max: 6 }), (vs, coders) => {
      const r = vs.map((v) => Array.from({ length: coders }, () => v));
      for (const level of LEVELS) expect(krippendorffAlpha(r, level as Level).value).toBeCloseTo(1, 12);
    }));
  });

  it('do not change when the categories are renamed (nominal)', () => {
    const names = ['Resonancia', 'Sintonía', 'Quiebre', 'Encuentro 💥', 'otro'];
    fc.assert(fc.property(grid(fc.integer({ min: 2, max: 5 })), permutation(5), (g, p) => {
      const renamed = g.map((row) => row.map((v) => (v === null ? null : names[p[v]!]!)));
      close(nominal(renamed), nominal(g));
    }));
  });

  it('do not change when units or coders are put in another order', () => {
    const data = grid(fc.integer({ min: 2, max: 5 })).chain((g) => fc.tuple(fc.constant(g), permutation(g.length), permutation(g[0]!.length)));
    fc.assert(fc.property(data, ([g, units, coders]) => {
      const shuffled = units.map((u) => coders.map((c) => g[u]![c]!));
      close(everything(shuffled), everything(g));
    }));
  });

  it('give the same Cohen’s κ and Scott’s π whichever coder comes first', () => {
    fc.assert(fc.property(grid(fc.constant(2)), (g) => {
      const swapped = g.map(([a, b]) => [b!, a!]);
      close([cohenKappa(swapped), scottPi(swapped)], [cohenKappa(g), scottPi(g)]);
    }));
  });
});
