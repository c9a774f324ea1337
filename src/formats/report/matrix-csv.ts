/** A matrix as CSV for spreadsheets and statistics packages. */
import { stringify } from 'csv-stringify/sync';
import type { MatrixResult } from '../../analysis/index.js';

/** Cells per piece of `matrixCsvParts`: about ten milliseconds of quoting. */
const CELLS = 20_000;

/**
 * The matrix as CSV, a few rows at a time (so a server can send a large one between other work):
 * one row per code (per group when the tables are split), with a byte-order mark for Excel.
 */
export function* matrixCsvParts(m: MatrixResult): Generator<string> {
  const split = m.panels.length > 1 || (m.panels[0]?.group ?? null) !== null;
  yield `\uFEFF${stringify([[...(split ? ['Group'] : []), 'Code', ...m.cols.map((c) => c.label)]])}`;
  const rows = Math.max(1, Math.floor(CELLS / Math.max(1, m.cols.length)));
  for (const p of m.panels) {
    for (let i = 0; i < m.rows.length; i += rows) {
      yield stringify(m.rows.slice(i, i + rows).map((r, k) => [...(split ? [p.group ?? ''] : []), r.label, ...p.cells[i + k]!.map((v) => (v === null ? '' : v))]));
    }
  }
}

/** The whole matrix as CSV text. */
export function matrixCsv(m: MatrixResult): string {
  return [...matrixCsvParts(m)].join('');
}
