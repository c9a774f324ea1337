/**
 * A report as an Excel workbook (through `exceljs`): one sheet with the title and generated line
 * on top, then the table with a bold, frozen, filterable header row, wrapped cells, and the note
 * below. Prints landscape on A4, one page wide, repeating the header row.
 *
 * Written with exceljs' streaming writer on purpose: its in-memory writer hands XML strings to
 * JSZip 3.10, which encodes them in 16,384-unit chunks and so corrupts an emoji that straddles a
 * chunk boundary (Stuk/jszip#963). The streaming writer encodes whole strings and zips them with
 * archiver.
 */
import { PassThrough } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import ExcelJS from 'exceljs';
import type { GridCell, ReportGrid } from './grid.js';

/** The sheet row holding the column headers (rows 1–2: title and generated line). */
export const HEADER_ROW = 3;

// Excel refuses to open a file with a longer cell (a 10,000-character code name fits; pasted
// transcripts in a definition might not).
const MAX_CELL = 32_767;
const fit = (text: string): string =>
  text.length <= MAX_CELL ? text : `${text.slice(0, MAX_CELL - 1).replace(/[\uD800-\uDBFF]$/, '')}…`;

const BORDER = { style: 'thin', color: { argb: 'FF999999' } } as const;
const BORDERS = { top: BORDER, left: BORDER, bottom: BORDER, right: BORDER };

/** A cell's value: a number in a numeric column, blank (not "") for an empty cell. */
function value(c: GridCell, numeric: boolean): string | number | null {
  const text = c.lines.join('\n');
  if (text === '') return null;
  return numeric && /^\d+$/.test(text) ? Number(text) : fit(text);
}

/** The whole report as XLSX bytes. */
export async function toXlsx(grid: ReportGrid): Promise<Uint8Array> {
  const out = new PassThrough();
  const bytes = buffer(out);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, creator: 'Sparks' } as Partial<ExcelJS.stream.xlsx.WorkbookStreamWriterOptions>);
  wb.title = grid.title;
  const ws = wb.addWorksheet(grid.sheet, {
    views: [{ state: 'frozen', ySplit: HEADER_ROW }],
    pageSetup: {
      paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0,
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
    },
  });
  ws.columns = grid.columns.map((c) => ({ width: c.width }));

  // Title, generated line and note are left unwrapped so they run on over the empty cells beside them.
  const title = ws.getCell(1, 1);
  title.value = fit(grid.title);
  title.font = { bold: true, size: 14 };
  const generated = ws.getCell(2, 1);
  generated.value = fit(grid.generated);
  generated.font = { italic: true, color: { argb: 'FF555555' } };

  const header = ws.getRow(HEADER_ROW);
  grid.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8E8E8' } };
    cell.alignment = { vertical: 'middle', wrapText: true };
    cell.border = BORDERS;
  });
  ws.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW, column: grid.columns.length } };

  grid.rows.forEach((cells, r) => {
    const row = ws.getRow(HEADER_ROW + 1 + r);
    cells.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      cell.value = value(c, !!grid.columns[i]?.numeric);
      cell.alignment = { vertical: 'top', wrapText: true, indent: c.indent || undefined };
      cell.border = BORDERS;
    });
  });

  const note = ws.getCell(HEADER_ROW + grid.rows.length + 2, 1);
  note.value = fit(grid.note);
  note.font = { italic: true };

  await ws.commit();
  await wb.commit();
  return new Uint8Array(await bytes);
}
