/**
 * The computation behind the unitized α family (see unitized.ts for the formulas and sources):
 * each coder's sections, the coincidences of their overlaps, and α from them.
 */
import { codingsByCoder, type CodedTexts } from './continuum.js';

/** A section of one document: a unit with its value, or a gap (value null). */
export interface Section { start: number; end: number; value: string | null }
/** Coder → document (in the order given) → that coder's sections, covering the document. */
export type Partitions = Section[][][];

/**
 * Each coder's sections, each coding valued by `valueOf` (undefined: not part of this analysis,
 * so gap). A coder's codings with the same value that overlap form one unit (a partition cannot
 * hold two units over the same text); touching ones stay two units, as the coder delimited them.
 * Codings with different values over the same text break the partition: the reason says where.
 */
export function partition(data: CodedTexts, valueOf: (code: string) => string | undefined): { parts: Partitions } | { reason: string } {
  const byCoder = codingsByCoder(data);
  const parts: Partitions = [];
  for (const coder of data.coders) {
    const docs: Section[][] = [];
    for (const doc of data.documents) {
      const units: Section[] = [];
      const valued = (byCoder.get(coder)!.get(doc.id) ?? [])
        .map((k) => ({ start: k.start, end: k.end, value: valueOf(k.code) }))
        .filter((k): k is Section & { value: string } => k.value !== undefined)
        .sort((a, b) => a.start - b.start || a.end - b.end);
      for (const k of valued) {
        const last = units[units.length - 1];
        if (!last || k.start >= last.end) units.push({ ...k });
        else if (k.value === last.value) last.end = Math.max(last.end, k.end);
        else return { reason: `${coder} gave overlapping text in “${doc.id}” two values, “${last.value}” and “${k.value}”, and each coder’s values must exclude each other here` };
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

/**
 * l.., Σ_c l_cc, the margins l_c. and the self-pairs S_c. With `unitsOnly` (cuα) only
 * intersections of two units count, and a unit's weight in the margins, and so in S_c, is its
 * pairable length, 1/(m−1) · Σ_{j≠i} |s_ig ∩ units of j|, instead of its full length.
 */
function coincidences(parts: Partitions, unitsOnly: boolean) {
  const m = parts.length;
  const w = 1 / (m - 1);
  const mass = parts.map((docs) => docs.map((sections) => sections.map(() => 0)));
  const margin = new Map<string | null, number>();
  const add = (value: string | null, x: number) => margin.set(value, (margin.get(value) ?? 0) + x);
  let total = 0;
  let agree = 0;
  for (let i = 0; i < m; i += 1) {
    for (let j = i + 1; j < m; j += 1) {
      parts[i]!.forEach((a, d) => {
        const b = parts[j]![d]!;
        for (let p = 0, q = 0; p < a.length && q < b.length;) {
          const x = a[p]!;
          const y = b[q]!;
          const shared = (Math.min(x.end, y.end) - Math.max(x.start, y.start)) * w;
          if (shared > 0 && !(unitsOnly && (x.value === null || y.value === null))) {
            mass[i]![d]![p]! += shared;
            mass[j]![d]![q]! += shared;
            add(x.value, shared);
            add(y.value, shared);
            total += 2 * shared;
            if (x.value === y.value) agree += 2 * shared;
          }
          if (x.end <= y.end) p += 1;
          else q += 1;
        }
      });
    }
  }
  const self = new Map<string | null, number>();
  parts.forEach((docs, i) => docs.forEach((sections, d) => sections.forEach((s, g) => {
    const x = mass[i]![d]![g]!;
    if (x > 0) self.set(s.value, (self.get(s.value) ?? 0) + (s.value === null ? x : x * x));
  })));
  return { total, agree, margin, self };
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
