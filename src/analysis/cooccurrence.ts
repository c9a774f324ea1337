/**
 * Code co-occurrence: how often a segment coded with one code overlaps, or lies within a few
 * characters of, a segment coded with another in the same document — the table ATLAS.ti calls
 * code co-occurrence and MAXQDA the code relations browser. A category stands for every code below
 * it. A code with itself, or with its own category, is not a co-occurrence: those cells are null.
 */
import { ancestorsOf, type CodeNode } from './matrix.js';

/** One coded span: a segment's place in its document and one code applied to it. */
export interface CodedSpan { documentId: string; start: number; end: number; codeId: string }

/** Symmetric counts keyed by code id; pairs of a code with its own ancestors are never counted. */
export type CooccurrenceCounts = Map<string, Map<string, number>>;

interface Span { start: number; end: number; codes: Set<string> }

/** Spans of one document, one per distinct (start, end), each with every code and category it counts for. */
function spansOf(list: readonly CodedSpan[], up: ReadonlyMap<string, string[]>): Span[] {
  const byPlace = new Map<string, Span>();
  for (const s of list) {
    const chain = up.get(s.codeId);
    if (!chain) continue;
    const key = `${s.start}:${s.end}`;
    let span = byPlace.get(key);
    if (!span) byPlace.set(key, (span = { start: s.start, end: s.end, codes: new Set() }));
    span.codes.add(s.codeId);
    for (const a of chain) span.codes.add(a);
  }
  return [...byPlace.values()].sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Count, for every pair of codes, the pairs of spans (or the one span, coded with both) that
 * co-occur: overlapping, or, when `within` > 0, with at most that many characters between them.
 * Each pair of spans adds one to a pair of codes however many of its codings it holds. Counts are
 * added to `into` when given, so documents can be counted a batch at a time (a document's spans
 * must all be in one call).
 */
export function cooccurrence(codes: readonly CodeNode[], spans: readonly CodedSpan[], within = 0, into?: CooccurrenceCounts): CooccurrenceCounts {
  const up = ancestorsOf(codes);
  const related = (a: string, b: string): boolean => a === b || up.get(a)!.includes(b) || up.get(b)!.includes(a);
  const counts: CooccurrenceCounts = into ?? new Map(codes.map((c) => [c.id, new Map<string, number>()]));
  const add = (a: string, b: string): void => {
    counts.get(a)!.set(b, (counts.get(a)!.get(b) ?? 0) + 1);
    counts.get(b)!.set(a, (counts.get(b)!.get(a) ?? 0) + 1);
  };
  const byDocument = new Map<string, CodedSpan[]>();
  for (const s of spans) byDocument.set(s.documentId, [...(byDocument.get(s.documentId) ?? []), s]);
  for (const list of byDocument.values()) {
    const sorted = spansOf(list, up);
    for (let i = 0; i < sorted.length; i++) {
      const p = sorted[i]!;
      for (const key of pairsWithin(p.codes, p.codes, related)) add(...split(key));
      // Sorted by start: once a span starts beyond p's reach, so do all after it.
      const reach = within > 0 ? p.end + within : p.end - 1;
      for (let j = i + 1; j < sorted.length && sorted[j]!.start <= reach; j++) {
        for (const key of pairsWithin(p.codes, sorted[j]!.codes, related)) add(...split(key));
      }
    }
  }
  return counts;
}

/** Unordered pairs of unrelated codes, one from each set, each pair once. */
function pairsWithin(a: ReadonlySet<string>, b: ReadonlySet<string>, related: (x: string, y: string) => boolean): Set<string> {
  const pairs = new Set<string>();
  for (const x of a) for (const y of b) if (!related(x, y)) pairs.add(x < y ? `${x}\u0000${y}` : `${y}\u0000${x}`);
  return pairs;
}

const split = (key: string): [string, string] => key.split('\u0000') as [string, string];

/** The counts as a table over `ids` in order: null on the diagonal and between a code and its ancestors. */
export function cooccurrenceCells(codes: readonly CodeNode[], counts: CooccurrenceCounts, ids: readonly string[]): (number | null)[][] {
  const up = ancestorsOf(codes);
  return ids.map((a) => ids.map((b) =>
    a === b || up.get(a)?.includes(b) || up.get(b)?.includes(a) ? null : counts.get(a)?.get(b) ?? 0));
}
