/** CQR frequency labels (Hill et al., 2005) and a project's own ranges. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  frequencyLabel, frequencyTable, hillRanges, rangesFor, rangesFromSettings, type FrequencyLabel, type FrequencyRanges,
} from '../../src/analysis/index.js';
import { mom } from '../../src/templates/index.js';

const PAPER: FrequencyRanges = { general: [13, 14], typical: [8, 12], variant: [2, 7] };
const labels = (n: number, ranges = hillRanges(n)) => Array.from({ length: n + 1 }, (_, k) => frequencyLabel(k, ranges));

/** Hill's rule written out directly, to check the ranges against for every N and k. */
function hill(k: number, n: number): FrequencyLabel | null {
  if (k < 2) return null;
  if (k >= n - 1) return 'general';
  if (k > n / 2) return 'typical';
  if (n > 15 && k <= 3) return 'rare';
  return 'variant';
}

describe('Hill et al. (2005) labels', () => {
  it('give the paper’s own ranges at N = 14', () => {
    expect(hillRanges(14)).toMatchObject(PAPER);
    expect(labels(14)).toEqual([null, null, ...Array(6).fill('variant'), ...Array(5).fill('typical'), 'general', 'general']);
  });

  it('at N = 4: all but one is general, half is variant, nothing is typical', () => {
    expect(labels(4)).toEqual([null, null, 'variant', 'general', 'general']);
  });

  it('at N = 16 use rare for 2–3 cases and start variant at 4', () => {
    expect(labels(16)).toEqual([
      null, null, 'rare', 'rare', 'variant', 'variant', 'variant', 'variant', 'variant',
      'typical', 'typical', 'typical', 'typical', 'typical', 'typical', 'general', 'general',
    ]);
    expect(labels(15)[2]).toBe('variant');
  });

  it('put exactly half on even N in variant and one more in typical', () => {
    expect(frequencyLabel(5, hillRanges(10))).toBe('variant');
    expect(frequencyLabel(6, hillRanges(10))).toBe('typical');
    expect(frequencyLabel(8, hillRanges(10))).toBe('typical');
    expect(frequencyLabel(9, hillRanges(10))).toBe('general');
  });

  it('never label a single case, whatever N', () => {
    for (const n of [1, 2, 3, 14, 30]) expect(frequencyLabel(1, hillRanges(n))).toBeNull();
    expect(labels(1)).toEqual([null, null]);
    expect(labels(2)).toEqual([null, null, 'general']);
  });

  it('agree with the rule as Hill states it for every N from 3 to 30 and every k', () => {
    for (let n = 3; n <= 30; n++) for (let k = 0; k <= n; k++) expect([n, k, frequencyLabel(k, hillRanges(n))]).toEqual([n, k, hill(k, n)]);
  });

  it('give each k at most one label and label every k from 2 to N (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 2, max: 500 }), fc.nat(), (n, seed) => {
      const k = 2 + (seed % (n - 1));
      const r = hillRanges(n);
      const holders = (['general', 'typical', 'variant', 'rare'] as const).filter((l) => { const x = r[l]; return !!x && k >= x[0] && k <= x[1]; });
      expect(holders).toHaveLength(1);
    }));
  });
});

describe('a project’s own ranges', () => {
  it('come from the settings the moments-of-meeting template writes', () => {
    expect(rangesFromSettings({ frequencyRanges: mom.frequencyRanges })).toEqual({ ...PAPER, rare: null });
    expect(rangesFromSettings({})).toBeNull();
    expect(rangesFromSettings({ frequencyRanges: { general: [13, 14], typical: 'x', variant: [2, 7] } })).toBeNull();
    expect(rangesFromSettings(null)).toBeNull();
  });

  it('label the paper’s 13 therapists by the paper’s footnote', () => {
    const inUse = rangesFor(13, PAPER);
    expect(inUse.source).toBe('project');
    expect([13, 12, 8, 7, 2, 1].map((k) => frequencyLabel(k, inUse.ranges))).toEqual(['general', 'typical', 'typical', 'variant', 'variant', null]);
  });

  it('are set aside for Hill’s when N is outside their general range', () => {
    const six = rangesFor(6, PAPER);
    expect(six).toMatchObject({ source: 'hill', ignored: PAPER });
    expect(frequencyLabel(6, six.ranges)).toBe('general');
    expect(rangesFor(6, null)).toEqual({ source: 'hill', ranges: hillRanges(6) });
  });

  it('may use a rare range of their own', () => {
    const own: FrequencyRanges = { general: [18, 20], typical: [11, 17], variant: [4, 10], rare: [2, 3] };
    expect([20, 11, 4, 3, 1].map((k) => frequencyLabel(k, own))).toEqual(['general', 'typical', 'variant', 'rare', null]);
  });
});

describe('frequencyTable', () => {
  it('keeps the order given and counts a code in no case as 0', () => {
    const codes = [{ id: 'a', path: 'Categoría' }, { id: 'b', path: 'Categoría/Sí 😊' }];
    expect(frequencyTable(codes, new Map([['a', 4]]), 4, hillRanges(4))).toEqual([
      { code: 'Categoría', cases: 4, n: 4, label: 'general' },
      { code: 'Categoría/Sí 😊', cases: 0, n: 4, label: null },
    ]);
  });
});
