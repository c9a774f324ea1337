/**
 * The frequency ranges form ⇄ the `frequencyRanges` project setting. Checked here, before anything
 * is sent, with one sentence a researcher can act on; no I/O, so it is unit-tested.
 */
import type { CaseRange, FrequencyRanges } from '../../../src/analysis/index.js';
import { formatRange } from './analysis-query.js';

export const RANGE_NAMES = ['general', 'typical', 'variant', 'rare'] as const;
export type RangeName = (typeof RANGE_NAMES)[number];

/** The two boxes of each range, as typed. */
export type RangesFields = Record<RangeName, { from: string; to: string }>;

export type RangesReading =
  | { ok: true; ranges: FrequencyRanges }
  | { ok: false; error: string; invalid: RangeName[] };

// An empty range (from > to, as Hill's are for very few cases) starts as blank boxes rather than
// numbers the form would then refuse.
const boxes = (r: CaseRange | null | undefined) => (r && r[0] <= r[1] ? { from: String(r[0]), to: String(r[1]) } : { from: '', to: '' });

/** The boxes prefilled with the ranges in use. */
export function rangesFields(r: FrequencyRanges): RangesFields {
  return { general: boxes(r.general), typical: boxes(r.typical), variant: boxes(r.variant), rare: boxes(r.rare) };
}

const whole = (s: string) => /^\s*\d+\s*$/.test(s);

/**
 * The ranges to store, or why not: each range whole numbers with from ≤ to (rare may be left
 * empty), no number of cases in two ranges (a count gets one label), and a general range reaching
 * 2 or more (a single case never gets a label, so general could never apply).
 */
export function readRangesForm(f: RangesFields): RangesReading {
  const read: Partial<Record<RangeName, CaseRange | null>> = {};
  for (const name of RANGE_NAMES) {
    const { from, to } = f[name];
    const fail = (error: string): RangesReading => ({ ok: false, error, invalid: [name] });
    if (name === 'rare' && from.trim() === '' && to.trim() === '') {
      read.rare = null;
      continue;
    }
    if (from.trim() === '' || to.trim() === '') {
      return fail(name === 'rare'
        ? 'Give the rare range both ends, or leave both empty for no rare range.'
        : `Give the ${name} range both ends.`);
    }
    if (!whole(from) || !whole(to)) return fail(`The ${name} range needs whole numbers of cases, such as 2 or 13.`);
    const r: CaseRange = [Number(from), Number(to)];
    if (r[0] > r[1]) return fail(`The ${name} range starts after it ends: ${r[0]} is more than ${r[1]}.`);
    read[name] = r;
  }
  const ranges: FrequencyRanges = { general: read.general!, typical: read.typical!, variant: read.variant!, rare: read.rare ?? null };
  if (ranges.general[1] < 2) {
    return { ok: false, error: 'The general range must reach 2 cases or more, since a single case never gets a label.', invalid: ['general'] };
  }
  for (const [i, a] of RANGE_NAMES.entries()) {
    for (const b of RANGE_NAMES.slice(i + 1)) {
      const ra = ranges[a], rb = ranges[b];
      if (ra && rb && ra[0] <= rb[1] && rb[0] <= ra[1]) {
        return {
          ok: false, invalid: [a, b],
          error: `The ${a} (${formatRange(ra)}) and ${b} (${formatRange(rb)}) ranges overlap; each number of cases can have only one label.`,
        };
      }
    }
  }
  return { ok: true, ranges };
}
