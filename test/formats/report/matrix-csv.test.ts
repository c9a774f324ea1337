/** A matrix as CSV: sent in pieces that add up to the whole file. */
import { describe, expect, it } from 'vitest';
import type { MatrixResult } from '../../../src/analysis/index.js';
import { matrixCsv, matrixCsvParts } from '../../../src/formats/report/matrix-csv.js';

function matrix(rows: number, cols: number, groups: (string | null)[]): MatrixResult {
  const r = Array.from({ length: rows }, (_, i) => ({ id: `r${i}`, label: i % 2 ? `Vínculo/Risa "${i}", sí` : `Código ${i}` }));
  const c = Array.from({ length: cols }, (_, j) => ({ id: `c${j}`, label: `Sesión ${j}` }));
  return {
    columns: 'documents', measure: 'codings', by: null, within: null, rows: r, cols: c,
    panels: groups.map((group) => ({ group, cases: 3, cells: r.map((_, i) => c.map((_, j) => ((i + j) % 5 ? i * j : null) as number)) })),
  };
}

describe('matrixCsvParts', () => {
  it('cuts a large matrix into several pieces that join into the file', () => {
    const m = matrix(120, 2_000, [null]);
    const parts = [...matrixCsvParts(m)];
    expect(parts.length).toBeGreaterThan(10);
    expect(parts.join('')).toBe(matrixCsv(m));
    const lines = matrixCsv(m).split('\n');
    expect(lines[0]!.startsWith('\uFEFFCode,Sesión 0,Sesión 1')).toBe(true);
    expect(lines[2]!.startsWith('"Vínculo/Risa ""1"", sí",0,1,2,3,,5')).toBe(true);
    expect(lines).toHaveLength(122);
  });

  it('writes a group column and every panel when split', () => {
    const text = matrixCsv(matrix(3, 2, ['mujer', 'hombre']));
    expect(text.split('\n').slice(0, 3)).toEqual(['\uFEFFGroup,Code,Sesión 0,Sesión 1', 'mujer,Código 0,,0', 'mujer,"Vínculo/Risa ""1"", sí",0,1']);
    expect(text.split('\n')).toHaveLength(8);
  });
});
