/** The code × case matrix, categories counting their sub-codes' codings. */
import { describe, expect, it } from 'vitest';
import { ancestorsOf, casesPerCode, codeCaseMatrix, toDense } from '../../src/analysis/index.js';

const CODES = [
  { id: 'cat', parentId: null }, { id: 'x', parentId: 'cat' }, { id: 'y', parentId: 'cat' },
  { id: 'deep', parentId: 'y' }, { id: 'other', parentId: null },
];

describe('codeCaseMatrix', () => {
  const m = codeCaseMatrix(CODES, [
    { codeId: 'x', caseId: 'T1', count: 2 },
    { codeId: 'deep', caseId: 'T2', count: 1 },
    { codeId: 'cat', caseId: 'T2', count: 3 },
    { codeId: 'y', caseId: 'T3', count: 1 },
    { codeId: 'gone', caseId: 'T4', count: 9 },
  ]);

  it('adds every code below a category to its row, at any depth', () => {
    expect(Object.fromEntries(m.get('cat')!)).toEqual({ T1: 2, T2: 4, T3: 1 });
    expect(Object.fromEntries(m.get('y')!)).toEqual({ T2: 1, T3: 1 });
    expect(Object.fromEntries(m.get('deep')!)).toEqual({ T2: 1 });
    expect(m.get('other')!.size).toBe(0);
  });

  it('adds counts given a batch at a time to the same matrix', () => {
    const into = codeCaseMatrix(CODES, [{ codeId: 'x', caseId: 'T1', count: 2 }, { codeId: 'deep', caseId: 'T2', count: 1 }]);
    codeCaseMatrix(CODES, [{ codeId: 'cat', caseId: 'T2', count: 3 }, { codeId: 'y', caseId: 'T3', count: 1 }, { codeId: 'gone', caseId: 'T4', count: 9 }], into);
    const flat = (x: typeof m) => Object.fromEntries([...x].map(([id, row]) => [id, Object.fromEntries(row)]));
    expect(flat(into)).toEqual(flat(m));
  });

  it('drops counts of codes no longer in the tree', () => {
    expect([...m.values()].some((row) => row.has('T4'))).toBe(false);
  });

  it('counts the cases a code applies to, a case once however many codings', () => {
    expect(Object.fromEntries(casesPerCode(m))).toEqual({ cat: 3, x: 1, y: 2, deep: 1, other: 0 });
  });

  it('gives a dense table in the requested orders', () => {
    expect(toDense(m, ['cat', 'x'], ['T3', 'T1', 'T9'])).toEqual({ codes: ['cat', 'x'], cases: ['T3', 'T1', 'T9'], counts: [[1, 2, 0], [0, 2, 0]] });
  });

  it('survives a cycle in a broken tree', () => {
    const a = ancestorsOf([{ id: 'a', parentId: 'b' }, { id: 'b', parentId: 'a' }]);
    expect(a.get('a')).toEqual(['b']);
  });
});
