/**
 * Frequency labels of consensual qualitative research (CQR): how many cases (participants) a
 * category applies to, said in words. Rules from Hill, C. E., Knox, S., Thompson, B. J., Williams,
 * E. N., Hess, S. A. & Ladany, N. (2005), "Consensual qualitative research: An update", Journal of
 * Counseling Psychology 52(2), 196–205.
 */

export type FrequencyLabel = 'general' | 'typical' | 'variant' | 'rare';

/** Inclusive case-count range `[from, to]`; empty when `from > to`. */
export type CaseRange = readonly [number, number];

/** The case counts each label covers, checked in the order general, typical, variant, rare. */
export interface FrequencyRanges {
  general: CaseRange;
  typical: CaseRange;
  variant: CaseRange;
  rare?: CaseRange | null;
}

/** Where the ranges in use came from, so a reader can tell the project's own from Hill's. */
export interface RangesInUse {
  ranges: FrequencyRanges;
  source: 'project' | 'hill';
  /** The project's ranges when they were set but do not fit this number of cases. */
  ignored?: FrequencyRanges;
}

/**
 * Hill et al. (2005) for N cases: general = all or all but one; typical = more than half up to the
 * general cut-off; variant = at least 2 up to half; when N > 15, rare = 2–3 and variant starts at
 * 4. A single case never gets a label, so no range starts below 2.
 */
export function hillRanges(n: number): FrequencyRanges {
  const half = Math.floor(n / 2);
  const large = n > 15;
  return {
    general: [Math.max(2, n - 1), n],
    typical: [half + 1, n - 2],
    variant: [large ? 4 : 2, half],
    rare: large ? [2, 3] : null,
  };
}

const within = (k: number, r: CaseRange | null | undefined): boolean => !!r && k >= r[0] && k <= r[1];

/** The label of a code found in `k` cases, or null when no range holds `k`. */
export function frequencyLabel(k: number, ranges: FrequencyRanges): FrequencyLabel | null {
  if (within(k, ranges.general)) return 'general';
  if (within(k, ranges.typical)) return 'typical';
  if (within(k, ranges.variant)) return 'variant';
  if (within(k, ranges.rare)) return 'rare';
  return null;
}

/**
 * A project's own ranges (settings `frequencyRanges`, as the moments-of-meeting template stores
 * the paper's: general 13–14, typical 8–12, variant 2–7), or null when absent or malformed.
 */
export function rangesFromSettings(settings: unknown): FrequencyRanges | null {
  if (typeof settings !== 'object' || settings === null) return null;
  const r = (settings as { frequencyRanges?: unknown }).frequencyRanges;
  if (typeof r !== 'object' || r === null) return null;
  const pair = (v: unknown): CaseRange | null =>
    Array.isArray(v) && v.length === 2 && v.every((x) => Number.isInteger(x)) ? [v[0] as number, v[1] as number] : null;
  const o = r as Record<string, unknown>;
  const general = pair(o.general), typical = pair(o.typical), variant = pair(o.variant);
  if (!general || !typical || !variant) return null;
  const rare = o.rare === undefined || o.rare === null ? null : pair(o.rare);
  return { general, typical, variant, rare };
}

/**
 * The ranges to label N cases with: the project's own when their general range holds N (ranges
 * written for a study of another size would label nothing general, or leave a code found in every
 * case unlabelled), else Hill's for N.
 */
export function rangesFor(n: number, own: FrequencyRanges | null): RangesInUse {
  if (!own) return { ranges: hillRanges(n), source: 'hill' };
  if (within(n, own.general)) return { ranges: own, source: 'project' };
  return { ranges: hillRanges(n), source: 'hill', ignored: own };
}

/**
 * What is wrong with ranges a user sets, in one sentence, or null when they are usable: whole
 * numbers, each from ≤ to, no count in two ranges, and a general range above a single case.
 */
export function rangesProblem(r: FrequencyRanges): string | null {
  const all: [string, CaseRange | null | undefined][] = [['general', r.general], ['typical', r.typical], ['variant', r.variant], ['rare', r.rare]];
  const named = all.filter((e): e is [string, CaseRange] => !!e[1]);
  for (const [name, [from, to]] of named) {
    if (!Number.isInteger(from) || !Number.isInteger(to) || from < 1) return `The ${name} range must be whole numbers of cases, 1 or more.`;
    if (from > to) return `The ${name} range starts at ${from} but ends at ${to}; give the smaller number first.`;
  }
  for (let i = 0; i < named.length; i++) {
    for (let j = i + 1; j < named.length; j++) {
      const [a, ra] = named[i]!, [b, rb] = named[j]!;
      if (ra[0] <= rb[1] && rb[0] <= ra[1]) return `The ${a} and ${b} ranges overlap; a number of cases can have only one label.`;
    }
  }
  if (r.general[1] < 2) return 'The general range must reach at least 2 cases: a single case never gets a label.';
  return null;
}

/** "13–14" or "none" for an empty range. */
export function formatRange(r: CaseRange | null | undefined): string {
  if (!r || r[0] > r[1]) return 'none';
  return r[0] === r[1] ? String(r[0]) : `${r[0]}–${r[1]}`;
}

/** One row of `sparks frequency`: a code or category, its cases, N and its label. */
export interface FrequencyRow { code: string; cases: number; n: number; label: FrequencyLabel | null }

/**
 * Label every code, in the order given (tree order for the listing), from the number of cases each
 * applies to (its own and its sub-codes' codings; see `casesPerCode`). A code in no case counts 0.
 */
export function frequencyTable(
  codes: readonly { id: string; path: string }[], cases: ReadonlyMap<string, number>, n: number, ranges: FrequencyRanges,
): FrequencyRow[] {
  return codes.map((c) => {
    const k = cases.get(c.id) ?? 0;
    return { code: c.path, cases: k, n, label: frequencyLabel(k, ranges) };
  });
}
