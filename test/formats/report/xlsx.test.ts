import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { renderCodebookReport, renderTableReport } from '../../../src/formats/report/index.js';
import { HEADER_ROW } from '../../../src/formats/report/xlsx.js';
import { CODEBOOK, NOTE, SCRIPT, TABLE, TRICKY_QUOTE } from './fixtures.js';

async function open(bytes: Uint8Array, sheet: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  expect(wb.worksheets.map((w) => w.name)).toEqual([sheet]);
  expect(wb.creator).toBe('Sparks');
  return wb.getWorksheet(sheet)!;
}

/** A row's values in the table's columns. */
const values = (ws: ExcelJS.Worksheet, row: number): unknown[] =>
  Array.from({ length: ws.getRow(HEADER_ROW).cellCount }, (_, i) => ws.getCell(row, i + 1).value);

describe('XLSX report', () => {
  it('writes Table I on a sheet with a bold, frozen header and wrapped cells', async () => {
    const ws = await open(await renderTableReport(TABLE, 'xlsx'), 'Table I');
    expect(ws.getCell(1, 1).value).toBe('Categories and properties — Momentos de encuentro — Santiago 2021');
    expect(ws.getCell(2, 1).value).toBe('Generated 2025-03-14 09:30 UTC');
    expect(values(ws, HEADER_ROW)).toEqual(['Category', 'Properties', 'Description', 'Example quote', 'Frequency']);
    for (let c = 1; c <= 5; c++) expect(ws.getRow(HEADER_ROW).getCell(c).font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: HEADER_ROW });
    expect(ws.autoFilter).toBeTruthy();

    expect(values(ws, HEADER_ROW + 1)).toEqual([
      'Characteristics of moments of meeting',
      '1. Emergent nature\n2. Genuine experience\n3. Shared experience',
      'Momentos co-construidos, espontáneos y genuinos en la interacción terapeuta–paciente.\nNo siempre se conversan.',
      `“${TRICKY_QUOTE}” (T7)`,
      'General\n13/13 cases',
    ]);
    expect(values(ws, HEADER_ROW + 2)[1]).toBe('1. Humor\n2. Ruptures or impasse\n4. Silences');
    expect(values(ws, HEADER_ROW + 2)[3]).toBe(`“Hay muchos momentos de conexión emocional… positivos” (T10)\n“Me acuerdo de muchas escenas ${SCRIPT}” (Sesión 3)`);
    expect(values(ws, HEADER_ROW + 3)[1]).toBe('1. Openness (T and P)\n2. Emotional disposition (T and P)\n4. Personal features (T and P)\n10. "Perfect fit" (REL)');
    // Empty lists stay blank cells in a spreadsheet; a missing label is still "—".
    expect(ws.getCell(HEADER_ROW + 4, 2).value).toBeNull();
    expect(ws.getCell(HEADER_ROW + 4, 4).value).toBeNull();
    expect(ws.getCell(HEADER_ROW + 4, 5).value).toBe('—\n1/13 cases');
    expect(ws.getCell(HEADER_ROW + 1, 4).alignment).toMatchObject({ wrapText: true, vertical: 'top' });

    expect(ws.getCell(HEADER_ROW + TABLE.rows.length + 2, 1).value).toBe(NOTE);
    const widths = ws.columns.map((c) => c.width ?? 0);
    expect(widths.every((w) => w >= 10 && w <= 80)).toBe(true);
    expect(widths[3]).toBeGreaterThan(widths[0]!);
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}` });
  });

  it('writes the codebook with the path, numeric codings and an indent by depth', async () => {
    const ws = await open(await renderCodebookReport(CODEBOOK, 'xlsx'), 'Codebook');
    expect(ws.getCell(1, 1).value).toBe('Codebook — Momentos de encuentro');
    expect(values(ws, HEADER_ROW)).toEqual(['Code', 'Path', 'Number', 'Owner', 'Definition', 'Codings', 'Cases', 'Frequency']);
    expect(ws.getRow(HEADER_ROW).getCell(1).font?.bold).toBe(true);
    const rows = CODEBOOK.codes.map((_, i) => values(ws, HEADER_ROW + 1 + i));
    expect(rows).toEqual([
      ['Enabling conditions', 'Enabling conditions', null, null, 'Condiciones para el encuentro.', 42, '9/13', 'Typical'],
      ['Openness', 'Enabling conditions/Openness', '1', 'T and P', 'Apertura "real" | mutua', 12, '7/13', 'Variant'],
      ['Apertura emocional 😊', 'Enabling conditions/Openness/Apertura emocional 😊', null, null, `Línea uno\nLínea dos ${SCRIPT} C:\\temp\\`, 3, '2/13', 'Variant'],
      ['Main effects', 'Main effects', null, null, null, 0, '0/13', '—'],
      // A spreadsheet cell holds a string as a string: no formula, so nothing to defuse.
      ['=1+1 fórmula', 'Main effects/=1+1 fórmula', '4', 'PR', 'Un nombre que parece una fórmula.', 1, '1/13', '—'],
    ]);
    expect(ws.getCell(HEADER_ROW + 1, 1).alignment?.indent).toBeUndefined();
    expect(ws.getCell(HEADER_ROW + 2, 1).alignment?.indent).toBe(1);
    expect(ws.getCell(HEADER_ROW + 3, 1).alignment?.indent).toBe(2);
    expect(ws.getCell(HEADER_ROW + CODEBOOK.codes.length + 2, 1).value).toBe(NOTE);
  });

  it('cuts a cell at the 32,767 characters Excel accepts', async () => {
    const report = { ...CODEBOOK, codes: [{ ...CODEBOOK.codes[0]!, definition: 'á'.repeat(40_000) }, { ...CODEBOOK.codes[0]!, definition: '😊'.repeat(20_000) }] };
    const ws = await open(await renderCodebookReport(report, 'xlsx'), 'Codebook');
    const text = ws.getCell(HEADER_ROW + 1, 5).value as string;
    expect(text).toHaveLength(32_767);
    expect(text.endsWith('á…')).toBe(true);
    // Never half an emoji (a lone surrogate) before the ellipsis.
    const emoji = ws.getCell(HEADER_ROW + 2, 5).value as string;
    expect(emoji.endsWith('😊…')).toBe(true);
    expect(emoji.slice(0, -1).replaceAll('😊', '')).toBe('');
  });

  it('keeps emoji whole wherever they fall in a long sheet', async () => {
    // exceljs' in-memory writer (through JSZip) broke an emoji straddling each 16,384-unit chunk.
    for (let shift = 0; shift < 4; shift++) {
      const definition = `${'x'.repeat(shift)}${'Sí 😊 '.repeat(3000)}`;
      const report = { ...CODEBOOK, codes: CODEBOOK.codes.map((c) => ({ ...c, definition })) };
      const ws = await open(await renderCodebookReport(report, 'xlsx'), 'Codebook');
      // Compared as a boolean: a failing 18,000-character diff is unreadable.
      for (let r = 0; r < report.codes.length; r++) expect(ws.getCell(HEADER_ROW + 1 + r, 5).value === definition, `shift ${shift}, row ${r}`).toBe(true);
    }
  });
});
