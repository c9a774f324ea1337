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

/** A place: one distinct (start, end) of a document, with the codes (by index, ascending) it counts for. */
interface Span { start: number; end: number; codes: number[] }

/** Pairs of spans compared between two steps of `steps`: a step stays well under a millisecond. */
const STEP_PAIRS = 2_000;

/**
 * Counts co-occurrences document by document. Codes are numbered, and a pair of codes is one
 * number, so half a million codings are counted without building a string per pair.
 */
export class CooccurrenceCounter {
  private readonly ids: string[];
  private readonly index: Map<string, number>;
  /** Each code with its ancestors, by index. */
  private readonly chain: number[][];
  private readonly ancestors: Set<number>[];
  /** Lower index × codes + higher index → count. */
  private readonly pairs = new Map<number, number>();

  constructor(codes: readonly CodeNode[], private readonly within = 0) {
    const up = ancestorsOf(codes);
    this.ids = codes.map((c) => c.id);
    this.index = new Map(this.ids.map((id, i) => [id, i]));
    this.ancestors = this.ids.map((id) => new Set(up.get(id)!.map((a) => this.index.get(a)!)));
    this.chain = this.ids.map((id, i) => [i, ...this.ancestors[i]!]);
  }

  /** Count `spans`, which must hold every span of each document they touch. */
  add(spans: readonly CodedSpan[]): void {
    for (const _ of this.steps(spans)) void _;
  }

  /** `add` cut into short steps, so a caller can let other work run between them. */
  *steps(spans: readonly CodedSpan[]): Generator<void> {
    const byDocument = new Map<string, CodedSpan[]>();
    for (const s of spans) {
      const list = byDocument.get(s.documentId);
      if (list) list.push(s);
      else byDocument.set(s.documentId, [s]);
    }
    let work = 0;
    for (const list of byDocument.values()) {
      const sorted = this.spansOf(list);
      for (let i = 0; i < sorted.length; i++) {
        const p = sorted[i]!;
        this.count(p.codes, p.codes);
        // Sorted by start: once a span starts beyond p's reach, so do all after it.
        const reach = this.within > 0 ? p.end + this.within : p.end - 1;
        let j = i + 1;
        for (; j < sorted.length && sorted[j]!.start <= reach; j++) this.count(p.codes, sorted[j]!.codes);
        work += j - i;
        if (work >= STEP_PAIRS) {
          work = 0;
          yield;
        }
      }
    }
  }

  /** The counts so far, keyed by code id, with a row (perhaps empty) for every code. */
  counts(): CooccurrenceCounts {
    const out: CooccurrenceCounts = new Map(this.ids.map((id) => [id, new Map<string, number>()]));
    const n = this.ids.length;
    for (const [key, count] of this.pairs) {
      const a = this.ids[Math.floor(key / n)]!, b = this.ids[key % n]!;
      out.get(a)!.set(b, count);
      out.get(b)!.set(a, count);
    }
    return out;
  }

  /**
   * The table over `ids` in order, a row at a time, as `cooccurrenceCells` gives it from `counts()`:
   * null on the diagonal and between a code and its ancestors.
   */
  *rows(ids: readonly string[]): Generator<(number | null)[]> {
    const n = this.ids.length;
    const at = ids.map((id) => this.index.get(id));
    for (const [i, x] of at.entries()) {
      yield at.map((y, j) => {
        if (ids[i] === ids[j]) return null;
        if (x === undefined || y === undefined) return 0;
        if (this.ancestors[x]!.has(y) || this.ancestors[y]!.has(x)) return null;
        return this.pairs.get(x < y ? x * n + y : y * n + x) ?? 0;
      });
    }
  }

  /** Spans of one document, one per distinct (start, end), each with every code and category it counts for. */
  private spansOf(list: readonly CodedSpan[]): Span[] {
    const byPlace = new Map<string, { start: number; end: number; codes: Set<number> }>();
    for (const s of list) {
      const code = this.index.get(s.codeId);
      if (code === undefined) continue;
      const key = `${s.start}:${s.end}`;
      let span = byPlace.get(key);
      if (!span) byPlace.set(key, (span = { start: s.start, end: s.end, codes: new Set() }));
      for (const c of this.chain[code]!) span.codes.add(c);
    }
    return [...byPlace.values()].map((s) => ({ start: s.start, end: s.end, codes: [...s.codes].sort((x, y) => x - y) }))
      .sort((a, b) => a.start - b.start || a.end - b.end);
  }

  /** Add one for every unordered pair of unrelated codes, one from each list, each pair once. */
  private count(a: readonly number[], b: readonly number[]): void {
    const n = this.ids.length;
    const same = a === b;
    for (const x of a) {
      for (const y of b) {
        if (x === y || (same && x > y) || this.ancestors[x]!.has(y) || this.ancestors[y]!.has(x)) continue;
        // A pair met both ways round (each code in both lists) is counted the first way only.
        if (!same && x > y && a.includes(y) && b.includes(x)) continue;
        const key = x < y ? x * n + y : y * n + x;
        this.pairs.set(key, (this.pairs.get(key) ?? 0) + 1);
      }
    }
  }
}

/**
 * Count, for every pair of codes, the pairs of spans (or the one span, coded with both) that
 * co-occur: overlapping, or, when `within` > 0, with at most that many characters between them.
 * Each pair of spans adds one to a pair of codes however many of its codings it holds. Counts are
 * added to `into` when given (a document's spans must all be in one call); `CooccurrenceCounter`
 * counts a batch of documents at a time without that merge.
 */
export function cooccurrence(codes: readonly CodeNode[], spans: readonly CodedSpan[], within = 0, into?: CooccurrenceCounts): CooccurrenceCounts {
  const counter = new CooccurrenceCounter(codes, within);
  counter.add(spans);
  const counts = counter.counts();
  if (!into) return counts;
  for (const [a, row] of counts) {
    const target = into.get(a)!;
    for (const [b, n] of row) target.set(b, (target.get(b) ?? 0) + n);
  }
  return into;
}

/** The counts as a table over `ids` in order: null on the diagonal and between a code and its ancestors. */
export function cooccurrenceCells(codes: readonly CodeNode[], counts: CooccurrenceCounts, ids: readonly string[]): (number | null)[][] {
  const up = ancestorsOf(codes);
  return ids.map((a) => ids.map((b) =>
    a === b || up.get(a)?.includes(b) || up.get(b)?.includes(a) ? null : counts.get(a)?.get(b) ?? 0));
}
