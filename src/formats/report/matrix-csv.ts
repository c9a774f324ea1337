/** A matrix as CSV for spreadsheets and statistics packages. */
import { stringify } from 'csv-stringify/sync';
import type { MatrixResult } from '../../analysis/index.js';

/** The matrix as CSV: one row per code (per group when the tables are split), with a byte-order mark for Excel. */
export function matrixCsv(m: MatrixResult): string {
  const split = m.panels.length > 1 || (m.panels[0]?.group ?? null) !== null;
  const head = [...(split ? ['Group'] : []), 'Code', ...m.cols.map((c) => c.label)];
  const records = m.panels.flatMap((p) => m.rows.map((r, i) => [...(split ? [p.group ?? ''] : []), r.label, ...p.cells[i]!.map((v) => (v === null ? '' : v))]));
  return `\uFEFF${stringify([head, ...records])}`;
}

