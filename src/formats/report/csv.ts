/**
 * A report as CSV for re-analysis (R, pandas, a spreadsheet): a header row and one row per
 * category or code, nothing else, so every parser reads it as a plain table. The title and note
 * live in the other formats. Quoting is csv-stringify's.
 */
import { stringify } from 'csv-stringify/sync';
import type { GridCell, ReportGrid } from './grid.js';

/** Excel only reads UTF-8 CSV (accents, emoji) correctly when the file starts with a BOM. */
export const BOM = '\uFEFF';

// A cell starting with one of these is run as a formula when a spreadsheet opens the file
// (CSV injection: `=HYPERLINK(…)` could send data away); a leading apostrophe keeps it text.
const FORMULA_START = /^[=+\-@\t\r]/;

const cellText = (c: GridCell): string => {
  const text = c.lines.join('\n');
  return FORMULA_START.test(text) ? `'${text}` : text;
};

/** The report's table as CSV text, with a BOM and CRLF line ends (RFC 4180). */
export function toCsv(grid: ReportGrid): string {
  const records = [grid.columns.map((c) => c.header), ...grid.rows.map((cells) => cells.map(cellText))];
  // With CRLF records csv-stringify leaves a lone `\n` unquoted; multi-line cells must be quoted.
  return BOM + stringify(records, { record_delimiter: 'windows', quoted_match: /[\r\n]/ });
}
