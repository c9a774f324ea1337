/** Code co-occurrence: overlapping or nearby spans in one document, categories standing for their codes. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CodedSpan, cooccurrence, cooccurrenceCells, CooccurrenceCounter, type CooccurrenceCounts } from '../../src/analysis/cooccurrence.js';
import { ancestorsOf, type CodeNode } from '../../src/analysis/matrix.js';

const CODES: CodeNode[] = [
  { id: 'cat', parentId: null }, { id: 'x', parentId: 'cat' }, { id: 'y', parentId: 'cat' },
  { id: 'deep', parentId: 'y' }, { id: 'other', parentId: null }, { id: 'more', parentId: null },
];
const span = (codeId: string, start: number, end: number, documentId = 'd1'): CodedSpan => ({ documentId, start, end, codeId });
const at = (m: CooccurrenceCounts, a: string, b: string): number => m.get(a)?.get(b) ?? 0;
const run = (spans: CodedSpan[], within = 0): CooccurrenceCounts => cooccurrence(CODES, spans, within);

describe('cooccurrence: when two spans co-occur', () => {
  it('counts overlapping spans of one document, symmetrically', () => {
    const m = run([span('x', 0, 10), span('other', 5, 15)]);
    expect(at(m, 'x', 'other')).toBe(1);
    expect(at(m, 'other', 'x')).toBe(1);
  });

  it('with within 0 needs a real overlap: touching spans do not co-occur', () => {
    expect(at(run([span('x', 0, 10), span('other', 10, 20)]), 'x', 'other')).toBe(0);
    expect(at(run([span('x', 0, 10), span('other', 9, 20)]), 'x', 'other')).toBe(1);
  });

  it('with within > 0 counts a gap up to within characters, not one more', () => {
    const spans = [span('x', 0, 10), span('other', 15, 20)];
    expect(at(run(spans, 4), 'x', 'other')).toBe(0);
    expect(at(run(spans, 5), 'x', 'other')).toBe(1);
    expect(at(run(spans, 500), 'x', 'other')).toBe(1);
    expect(at(run([span('x', 0, 10), span('other', 10, 20)], 1), 'x', 'other')).toBe(1);
  });

  it('never pairs spans of different documents, however close', () => {
    const m = run([span('x', 0, 10, 'd1'), span('other', 0, 10, 'd2'), span('more', 5, 8, 'd3')], 100);
    for (const row of m.values()) expect(row.size).toBe(0);
  });

  it('counts nested spans, one inside another', () => {
    expect(at(run([span('x', 0, 100), span('other', 40, 50)]), 'x', 'other')).toBe(1);
    expect(at(run([span('other', 40, 50), span('x', 0, 100)]), 'other', 'x')).toBe(1);
  });

  it('misses no later span inside or near a long first span', () => {
    const spans = [span('x', 0, 100), span('other', 10, 12), span('more', 50, 52), span('other', 98, 99), span('more', 130, 140)];
    const m = run(spans);
    expect(at(m, 'x', 'other')).toBe(2);
    expect(at(m, 'x', 'more')).toBe(1);
    expect(at(m, 'other', 'more')).toBe(0);
    const near = run(spans, 40);
    expect(at(near, 'x', 'more')).toBe(2); // 130–140 lies 30 after the long span
    expect(at(near, 'other', 'more')).toBe(2); // gaps 38 and 31 count; 98–99 after 50–52 (46) does not
  });

  it('does not depend on the order the spans are given in', () => {
    const spans = [span('x', 0, 100), span('other', 10, 12), span('more', 50, 52), span('deep', 98, 140), span('other', 120, 125)];
    const a = run(spans, 3), b = run([...spans].reverse(), 3);
    for (const [id, row] of a) expect(Object.fromEntries(b.get(id)!)).toEqual(Object.fromEntries(row));
  });
});

describe('cooccurrence: what a pair of spans adds', () => {
  it('counts one span coded with two unrelated codes once', () => {
    const m = run([span('x', 0, 10), span('other', 0, 10)]);
    expect(at(m, 'x', 'other')).toBe(1);
    expect(at(m, 'cat', 'other')).toBe(1);
  });

  it('counts one place coded by two coders with the same code once', () => {
    const m = run([span('x', 0, 10), span('x', 0, 10), span('other', 5, 20), span('other', 5, 20)]);
    expect(at(m, 'x', 'other')).toBe(1);
    expect(at(m, 'cat', 'other')).toBe(1);
  });

  it('counts the place itself and the pair of places when both hold both codes', () => {
    const m = run([span('x', 0, 10), span('other', 0, 10), span('x', 5, 15), span('other', 5, 15)]);
    expect(at(m, 'x', 'other')).toBe(3);
  });

  it('adds a property’s co-occurrences to its category and every ancestor', () => {
    const m = run([span('deep', 0, 10), span('other', 5, 15)]);
    expect([at(m, 'deep', 'other'), at(m, 'y', 'other'), at(m, 'cat', 'other'), at(m, 'x', 'other')]).toEqual([1, 1, 1, 0]);
    const two = run([span('x', 0, 10), span('y', 20, 30), span('other', 0, 30)]);
    expect([at(two, 'cat', 'other'), at(two, 'x', 'other'), at(two, 'y', 'other')]).toEqual([2, 1, 1]);
  });

  it('never counts a code with itself or with its own ancestors', () => {
    const m = run([span('x', 0, 10), span('cat', 0, 10), span('deep', 5, 15), span('y', 8, 20), span('x', 9, 30)]);
    for (const [a, b] of [['x', 'x'], ['x', 'cat'], ['deep', 'y'], ['deep', 'cat'], ['y', 'cat'], ['cat', 'cat']]) {
      expect(m.get(a!)!.has(b!)).toBe(false);
      expect(m.get(b!)!.has(a!)).toBe(false);
    }
    expect(at(m, 'x', 'y')).toBeGreaterThan(0); // siblings do co-occur
    expect(at(m, 'x', 'deep')).toBeGreaterThan(0);
  });

  it('ignores codes absent from the tree and keeps a row for every code', () => {
    const m = run([span('ghost', 0, 10), span('x', 0, 10), span('ghost', 5, 8), span('other', 50, 60)]);
    expect([...m.keys()].sort()).toEqual(['cat', 'deep', 'more', 'other', 'x', 'y']);
    for (const row of m.values()) expect(row.size).toBe(0);
  });
});

describe('cooccurrenceCells', () => {
  const m = run([span('x', 0, 10), span('other', 5, 15), span('y', 12, 20)]);
  it('gives null on the diagonal and between a code and its ancestors, counts elsewhere', () => {
    expect(cooccurrenceCells(CODES, m, ['cat', 'x', 'y', 'deep', 'other'])).toEqual([
      [null, null, null, null, 2],
      [null, null, 0, 0, 1],
      [null, 0, null, null, 1],
      [null, 0, null, null, 0],
      [2, 1, 1, 0, null],
    ]);
  });
  it('gives 0 for ids it does not know, and null for an unknown id with itself', () => {
    expect(cooccurrenceCells(CODES, m, ['ghost', 'x'])).toEqual([[null, 0], [0, null]]);
    expect(cooccurrenceCells(CODES, m, [])).toEqual([]);
  });
});

/** A brute-force reference: every pair of distinct places, no early exit. */
function reference(codes: CodeNode[], spans: CodedSpan[], within: number): Map<string, number> {
  const up = ancestorsOf(codes);
  const related = (a: string, b: string) => a === b || up.get(a)!.includes(b) || up.get(b)!.includes(a);
  const places = new Map<string, { doc: string; start: number; end: number; codes: Set<string> }>();
  for (const s of spans) {
    if (!up.has(s.codeId)) continue;
    const k = `${s.documentId}:${s.start}:${s.end}`;
    const p = places.get(k) ?? { doc: s.documentId, start: s.start, end: s.end, codes: new Set<string>() };
    places.set(k, p);
    for (const c of [s.codeId, ...up.get(s.codeId)!]) p.codes.add(c);
  }
  const out = new Map<string, number>();
  const pairs = (a: Set<string>, b: Set<string>) => {
    const keys = new Set<string>();
    for (const x of a) for (const y of b) if (!related(x, y)) keys.add([x, y].sort().join('|'));
    for (const k of keys) out.set(k, (out.get(k) ?? 0) + 1);
  };
  const list = [...places.values()];
  list.forEach((p, i) => {
    pairs(p.codes, p.codes);
    for (const q of list.slice(i + 1)) {
      const gap = Math.max(p.start, q.start) - Math.min(p.end, q.end);
      if (p.doc === q.doc && (within > 0 ? gap <= within : gap < 0)) pairs(p.codes, q.codes);
    }
  });
  return out;
}

describe('cooccurrence properties', () => {
  const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
  const tree = fc.array(fc.nat(6), { minLength: 6, maxLength: 6 }).map((ps) =>
    ids.map((id, i) => ({ id, parentId: ps[i]! < i ? ids[ps[i]!]! : null })));
  const spans = fc.array(fc.record({
    documentId: fc.constantFrom('d1', 'd2'), start: fc.nat(60), len: fc.integer({ min: 1, max: 25 }),
    codeId: fc.constantFrom(...ids, 'ghost'),
  }).map(({ len, ...s }) => ({ ...s, end: s.start + len })), { maxLength: 14 });

  it('is symmetric, matches a brute-force count, and grows with within', () => {
    fc.assert(fc.property(tree, spans, fc.nat(30), (codes, list, w) => {
      const m = cooccurrence(codes, list, w);
      const wider = cooccurrence(codes, list, w + 10);
      const ref = reference(codes, list, w);
      for (const a of ids) for (const b of ids) {
        expect(at(m, a, b)).toBe(at(m, b, a));
        expect(at(m, a, b)).toBe(a === b ? 0 : ref.get([a, b].sort().join('|')) ?? 0);
        expect(at(m, a, b)).toBeLessThanOrEqual(at(wider, a, b));
      }
    }), { numRuns: 300 });
  });
});

describe('CooccurrenceCounter', () => {
  const spans = Array.from({ length: 400 }, (_, i) => span(['x', 'y', 'deep', 'other', 'more', 'cat', 'ghost'][i % 7]!, (i * 37) % 500, (i * 37) % 500 + 30 + (i % 11), `d${i % 3}`));
  const flat = (m: CooccurrenceCounts) => Object.fromEntries([...m].map(([id, row]) => [id, Object.fromEntries(row)]));

  it('counts documents given in several batches as in one', () => {
    const counter = new CooccurrenceCounter(CODES, 15);
    for (const doc of ['d0', 'd1', 'd2']) counter.add(spans.filter((s) => s.documentId === doc));
    expect(flat(counter.counts())).toEqual(flat(cooccurrence(CODES, spans, 15)));
  });

  it('pauses between short steps and counts the same', () => {
    const counter = new CooccurrenceCounter(CODES, 40);
    let steps = 0;
    for (const _ of counter.steps(spans)) steps++;
    expect(steps).toBeGreaterThan(1);
    expect(flat(counter.counts())).toEqual(flat(cooccurrence(CODES, spans, 40)));
  });

  it('lays the table out row by row as cooccurrenceCells does, unknown ids included', () => {
    const counter = new CooccurrenceCounter(CODES);
    counter.add(spans);
    const ids = ['other', 'ghost', 'cat', 'x', 'deep', 'y', 'more', 'x'];
    expect([...counter.rows(ids)]).toEqual(cooccurrenceCells(CODES, counter.counts(), ids));
  });
});
