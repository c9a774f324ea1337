/**
 * The computation behind the unitized α family (see unitized.ts for the formulas and sources):
 * each coder's sections, the coincidences of their overlaps, and α from them.
 */
import { codingsByCoder, type CodedTexts, type Coding } from './continuum.js';

/** A section of one document: a unit with its value, or a gap (value null). */
export interface Section { start: number; end: number; value: string | null }
/** Coder → document (in the order given) → that coder's sections, covering the document. */
export type Partitions = Section[][][];

/** Coder → document (both in the order given) → that coder's codings there, by start, then end. */
export type SortedCodings = Coding[][][];

/** Sorted once for all the partitions an analysis builds; ties keep the order given, as a stable sort of each subset would. */
export function sortedCodings(data: CodedTexts): SortedCodings {
  const byCoder = codingsByCoder(data);
  return data.coders.map((coder) => data.documents.map((doc) =>
    [...(byCoder.get(coder)!.get(doc.id) ?? [])].sort((a, b) => a.start - b.start || a.end - b.end)));
}

/**
 * Each coder's sections, each coding valued by `valueOf` (undefined: not part of this analysis,
 * so gap). A coder's codings with the same value that overlap form one unit (a partition cannot
 * hold two units over the same text); touching ones stay two units, as the coder delimited them.
 * Codings with different values over the same text break the partition: the reason says where.
 * `sorted` may hold only the codings that matter here (say, one code's), as `sortedCodings` orders them.
 */
export function partition(data: CodedTexts, valueOf: (code: string) => string | undefined, sorted = sortedCodings(data)): { parts: Partitions } | { reason: string } {
  const parts: Partitions = [];
  for (const [i, coder] of data.coders.entries()) {
    const docs: Section[][] = [];
    for (const [d, doc] of data.documents.entries()) {
      const units: Section[] = [];
      for (const k of sorted[i]![d]!) {
        const value = valueOf(k.code);
        if (value === undefined) continue;
        const last = units[units.length - 1];
        if (!last || k.start >= last.end) units.push({ start: k.start, end: k.end, value });
        else if (value === last.value) last.end = Math.max(last.end, k.end);
        else return { reason: `${coder} gave overlapping text in “${doc.id}” two values, “${last.value}” and “${value}”, and each coder’s values must exclude each other here` };
      }
      const sections: Section[] = [];
      let at = 0;
      for (const u of units) {
        if (u.start > at) sections.push({ start: at, end: u.start, value: null });
        sections.push(u);
        at = u.end;
      }
      if (at < doc.length) sections.push({ start: at, end: doc.length, value: null });
      docs.push(sections);
    }
    parts.push(docs);
  }
  return { parts };
}

/** Adds to per-value sums kept in arrays, remembering the order values first received something. */
class Sums {
  private readonly sum: Float64Array;
  private readonly seen: Uint8Array;
  private readonly order: number[] = [];
  constructor(values: number) {
    this.sum = new Float64Array(values);
    this.seen = new Uint8Array(values);
  }
  add(id: number, x: number): void {
    if (this.seen[id] === 0) {
      this.seen[id] = 1;
      this.order.push(id);
    }
    this.sum[id] = this.sum[id]! + x;
  }
  /** As a map in that order, which decides the order of later sums and so their rounding. */
  toMap(names: readonly (string | null)[]): Map<string | null, number> {
    return new Map(this.order.map((id) => [names[id]!, this.sum[id]!]));
  }
}

/**
 * l.., Σ_c l_cc, the margins l_c. and the self-pairs S_c. With `unitsOnly` (cuα) only
 * intersections of two units count, and a unit's weight in the margins, and so in S_c, is its
 * pairable length, 1/(m−1) · Σ_{j≠i} |s_ig ∩ units of j|, instead of its full length.
 */
function coincidences(parts: Partitions, unitsOnly: boolean) {
  const m = parts.length;
  const w = 1 / (m - 1);
  const index = new Map<string | null, number>();
  const names: (string | null)[] = [];
  const flat = parts.map((docs) => flatten(docs, index, names));
  const gap = index.get(null) ?? -1;
  const margin = new Sums(names.length);
  let total = 0;
  let agree = 0;
  for (let i = 0; i < m; i += 1) {
    const a = flat[i]!;
    for (let j = i + 1; j < m; j += 1) {
      const b = flat[j]!;
      for (let d = 0; d < a.from.length - 1; d += 1) {
        for (let p = a.from[d]!, q = b.from[d]!, pEnd = a.from[d + 1]!, qEnd = b.from[d + 1]!; p < pEnd && q < qEnd;) {
          const shared = (Math.min(a.end[p]!, b.end[q]!) - Math.max(a.start[p]!, b.start[q]!)) * w;
          const x = a.id[p]!;
          const y = b.id[q]!;
          if (shared > 0 && !(unitsOnly && (x === gap || y === gap))) {
            a.mass[p] = a.mass[p]! + shared;
            b.mass[q] = b.mass[q]! + shared;
            margin.add(x, shared);
            margin.add(y, shared);
            total += 2 * shared;
            if (x === y) agree += 2 * shared;
          }
          if (a.end[p]! <= b.end[q]!) p += 1;
          else q += 1;
        }
      }
    }
  }
  const self = new Sums(names.length);
  for (const { id, mass } of flat) {
    for (let g = 0; g < mass.length; g += 1) {
      const x = mass[g]!;
      if (x > 0) self.add(id[g]!, id[g] === gap ? x : x * x);
    }
  }
  return { total, agree, margin: margin.toMap(names), self: self.toMap(names) };
}

/**
 * One coder's sections of all documents in flat arrays (document d's at `from[d]` … `from[d + 1]` − 1),
 * values as small numbers: the merge above then runs without maps, objects or many small arrays.
 */
function flatten(docs: readonly Section[][], index: Map<string | null, number>, names: (string | null)[]) {
  let n = 0;
  for (const sections of docs) n += sections.length;
  const out = { from: new Int32Array(docs.length + 1), start: new Float64Array(n), end: new Float64Array(n), id: new Int32Array(n), mass: new Float64Array(n) };
  let g = 0;
  docs.forEach((sections, d) => {
    out.from[d] = g;
    for (const s of sections) {
      let id = index.get(s.value);
      if (id === undefined) {
        id = names.length;
        index.set(s.value, id);
        names.push(s.value);
      }
      out.start[g] = s.start;
      out.end[g] = s.end;
      out.id[g] = id;
      g += 1;
    }
  });
  out.from[docs.length] = g;
  return out;
}

export type Outcome = { alpha: number } | { values: (string | null)[] };

/** α from the coincidences, or the values present when fewer than two (nothing to tell apart). */
export function alphaOf(parts: Partitions, unitsOnly: boolean): Outcome {
  const { total, agree, margin, self } = coincidences(parts, unitsOnly);
  const values = [...margin].filter(([, x]) => x > 0).map(([v]) => v);
  // decided on the count, not on D_e, which rounding may leave a hair away from 0
  if (values.length < 2) return { values };
  const selfPairs = [...self.values()].reduce((a, b) => a + b, 0);
  const scale = total - selfPairs / total;
  let expectedAgree = 0;
  for (const [v, x] of margin) expectedAgree += (x * x - (self.get(v) ?? 0)) / scale;
  return { alpha: 1 - (total - agree) / (total - expectedAgree) };
}
