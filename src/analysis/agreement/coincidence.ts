/**
 * Krippendorff's coincidence matrix and his difference functions δ², the two ingredients of α
 * (Krippendorff, 2011, "Computing Krippendorff's alpha-reliability", Annenberg School for
 * Communication Departmental Papers 43; Krippendorff, 2004, Content Analysis, 2nd ed., ch. 11).
 */
import { type Level, type Ratings, type Value } from './reliability-data.js';
import { tallyOf } from './tally.js';

/**
 * `o[c][k]` = Σ_u (number of ordered pairs of values c, k in unit u) / (m_u − 1), over units with
 * m_u ≥ 2 values (the pairable values; a lone value cannot be compared and is dropped).
 * `n[c]` = Σ_k o[c][k], the pairable values equal to c; `total` = Σ_c n[c].
 * `values` are the distinct pairable values: numbers in ascending order, text in first-seen order.
 */
export interface Coincidences<V extends Value = Value> { values: V[]; o: number[][]; n: number[]; total: number }

export function coincidences<V extends Value>(ratings: Ratings<V>): Coincidences<V> {
  const t = tallyOf(ratings, 2);
  const q = t.values.length;
  // ids are first-seen; numbers are then ranked, so rank[id] is the value's place in `values`
  let rank = Array.from({ length: q }, (_, i) => i);
  let values = t.values;
  if (values.every((v) => typeof v === 'number')) {
    const order = rank.sort((a, b) => (values[a] as number) - (values[b] as number));
    values = order.map((id) => t.values[id]!);
    rank = new Array<number>(q);
    order.forEach((id, place) => (rank[id] = place));
  }
  const o = values.map(() => values.map(() => 0));
  for (let u = 0; u < t.m.length; u++) {
    if (t.m[u]! < 2) continue;
    const weight = 1 / (t.m[u]! - 1);
    const from = t.start[u]!;
    const to = t.start[u + 1]!;
    for (let a = from; a < to; a++) {
      const c = rank[t.ids[a]!]!;
      const nc = t.counts[a]!;
      const row = o[c]!;
      for (let b = from; b < to; b++) {
        const k = rank[t.ids[b]!]!;
        const nk = t.counts[b]!;
        row[k] = row[k]! + nc * (c === k ? nk - 1 : nk) * weight;
      }
    }
  }
  const n = o.map((row) => row.reduce((a, b) => a + b, 0));
  return { values, o, n, total: n.reduce((a, b) => a + b, 0) };
}

/** Nominal: any two different values disagree fully. δ²(c, k) = 0 if c = k, else 1. */
export function nominalDifference(c: Value, k: Value): number {
  return c === k ? 0 : 1;
}

/** Interval: δ²(c, k) = (c − k)². */
export function intervalDifference(c: number, k: number): number {
  return (c - k) ** 2;
}

/** Ratio: δ²(c, k) = ((c − k) / (c + k))², for values ≥ 0; two zeros do not differ. */
export function ratioDifference(c: number, k: number): number {
  return c + k === 0 ? 0 : ((c - k) / (c + k)) ** 2;
}

/**
 * Krippendorff's ordinal metric, on ranks g of the sorted values with marginal frequencies n_g:
 * δ²(c, k) = (Σ_{g=c..k} n_g − (n_c + n_k) / 2)². Only the order of the values matters, and two
 * ranks lie further apart the more values the coders used between them.
 */
export function ordinalDifferences(n: readonly number[]): number[][] {
  const upTo = [0];
  for (const ng of n) upTo.push(upTo[upTo.length - 1]! + ng);
  return n.map((nc, c) =>
    n.map((nk, k) => {
      const [lo, hi] = c <= k ? [c, k] : [k, c];
      return (upTo[hi + 1]! - upTo[lo]! - (nc + nk) / 2) ** 2;
    }),
  );
}

/** δ² between every two of the coincidences' values, at the given level. */
export function differenceMatrix(level: Level, co: Coincidences): number[][] {
  const { values } = co;
  if (level === 'nominal') return values.map((c) => values.map((k) => nominalDifference(c, k)));
  // text at these levels would be ranked or subtracted meaninglessly; atLevel() converts first
  const numbers = values.map((v) => {
    if (typeof v !== 'number') throw new RangeError(`The ${level} level needs numbers, not "${v}".`);
    return v;
  });
  if (level === 'ordinal') return ordinalDifferences(co.n);
  const delta = level === 'interval' ? intervalDifference : ratioDifference;
  return numbers.map((c) => numbers.map((k) => delta(c, k)));
}
