/**
 * Data saturation after Guest, G., Namey, E. & Chen, M. (2020), "A simple method to assess and
 * report thematic saturation in qualitative research", PLoS ONE 15(5): e0232076.
 *
 * Documents are taken in interview order. The *base* is the number of distinct codes in the first
 * `base` documents. Runs of `run` consecutive documents follow the base, sliding by one document;
 * a run's new information is the number of codes first seen in it, divided by the base. The first
 * run at or below `threshold` marks saturation at the document just before it, written `s+run`
 * (s documents, confirmed by `run` more that added little or nothing).
 */

export interface SaturationOptions { base: number; run: number; threshold: number }

/** Guest et al.'s suggested parameters: a base of 4, runs of 2, at most 5% new information. */
export const SATURATION_DEFAULTS: Readonly<SaturationOptions> = { base: 4, run: 2, threshold: 0.05 };

/**
 * A project's own saturation parameters (settings `saturation`), each falling back to the default
 * when absent or out of range.
 */
export function saturationFromSettings(settings: unknown): SaturationOptions {
  const own = typeof settings === 'object' && settings !== null ? (settings as { saturation?: unknown }).saturation : undefined;
  const o = (typeof own === 'object' && own !== null ? own : {}) as Record<string, unknown>;
  const whole = (v: unknown, d: number): number => (Number.isInteger(v) && (v as number) >= 1 ? (v as number) : d);
  const t = o.threshold;
  return {
    base: whole(o.base, SATURATION_DEFAULTS.base),
    run: whole(o.run, SATURATION_DEFAULTS.run),
    threshold: typeof t === 'number' && t >= 0 && t <= 1 ? t : SATURATION_DEFAULTS.threshold,
  };
}

/** One document in interview order with how many codes appear for the first time in it. */
export interface OrderedDocument { doc: string; sequence: number; newCodes: number }

export interface SaturationPoint extends OrderedDocument {
  /** Distinct codes seen up to and including this document. */
  cumulative: number;
}

export interface SaturationRun {
  /** First and last document of the run. */
  from: string; to: string;
  newCodes: number;
  /** New codes divided by the base's codes; null when the base holds no codes at all. */
  ratio: number | null;
}

export interface SaturationResult {
  perDocument: SaturationPoint[];
  base: { documents: number; codes: number };
  runs: SaturationRun[];
  /** The document at which saturation was reached, or null when it never was. */
  saturatedAt: string | null;
  /** `s+run`, e.g. "10+2", or null. */
  notation: string | null;
}

/** The fewest documents that allow one run after the base. */
export function documentsNeeded(o: Pick<SaturationOptions, 'base' | 'run'>): number {
  return o.base + o.run;
}

/** How many codes each document shows for the first time, given each document's codes in order. */
export function newCodesPerDocument(codesInOrder: readonly Iterable<string>[]): number[] {
  const seen = new Set<string>();
  return codesInOrder.map((codes) => {
    const before = seen.size;
    for (const c of codes) seen.add(c);
    return seen.size - before;
  });
}

// Ratios are quotients of small integers: allow for the last bit of a division like 1/20.
const EPSILON = 1e-12;

/** The saturation analysis of documents already in interview order. */
export function saturation(documents: readonly OrderedDocument[], options: SaturationOptions = SATURATION_DEFAULTS): SaturationResult {
  const { base, run, threshold } = options;
  let cumulative = 0;
  const perDocument = documents.map((d) => ({ doc: d.doc, sequence: d.sequence, newCodes: d.newCodes, cumulative: (cumulative += d.newCodes) }));
  const baseCodes = perDocument[Math.min(base, perDocument.length) - 1]?.cumulative ?? 0;
  const runs: SaturationRun[] = [];
  let saturatedAt: number | null = null;
  for (let from = base; from + run <= perDocument.length; from++) {
    const newCodes = perDocument.slice(from, from + run).reduce((n, d) => n + d.newCodes, 0);
    const ratio = baseCodes > 0 ? newCodes / baseCodes : null;
    runs.push({ from: perDocument[from]!.doc, to: perDocument[from + run - 1]!.doc, newCodes, ratio });
    if (saturatedAt === null && ratio !== null && ratio <= threshold + EPSILON) saturatedAt = from;
  }
  return {
    perDocument,
    base: { documents: base, codes: baseCodes },
    runs,
    saturatedAt: saturatedAt === null ? null : perDocument[saturatedAt - 1]!.doc,
    notation: saturatedAt === null ? null : `${saturatedAt}+${run}`,
  };
}
