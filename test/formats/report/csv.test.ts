import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { renderCodebookReport, renderTableReport } from '../../../src/formats/report/index.js';
import { CODEBOOK, SCRIPT, TABLE, TRICKY_QUOTE } from './fixtures.js';

const BOM = [0xef, 0xbb, 0xbf];

/**
 * The CSV read back by another parser than the writer: exceljs' CSV reader (fast-csv), every value
 * kept as the text it is. Rows as arrays of strings.
 */
async function parse(bytes: Uint8Array): Promise<string[][]> {
  expect([...bytes.slice(0, 3)]).toEqual(BOM);
  const text = new TextDecoder().decode(bytes.slice(3));
  const ws = await new ExcelJS.Workbook().csv.read(Readable.from([text]), { map: (v: unknown) => v } as Partial<ExcelJS.CsvReadOptions>);
  const rows: string[][] = [];
  ws.eachRow({ includeEmpty: true }, (row) => {
    rows.push(Array.from({ length: ws.columnCount }, (_, i) => String(row.getCell(i + 1).value ?? '')));
  });
  return rows;
}

describe('CSV report', () => {
  it('writes Table I as a plain table, lists joined by newlines in one cell', async () => {
    const bytes = await renderTableReport(TABLE, 'csv');
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    // Exact bytes of the header and the first record: BOM, CRLF records, quoted multi-line cells, `""`.
    expect(text.startsWith(
      '\uFEFFCategory,Properties,Description,Example quote,Frequency\r\n'
      + 'Characteristics of moments of meeting,"1. Emergent nature\n2. Genuine experience\n3. Shared experience",'
      + '"Momentos co-construidos, espontáneos y genuinos en la interacción terapeuta–paciente.\nNo siempre se conversan.",'
      + `"“${TRICKY_QUOTE.replaceAll('"', '""')}” (T7)","General\n13/13 cases"\r\n`,
    )).toBe(true);
    expect(text.endsWith('Main effects,,Alivio y descompresión; efectos a largo plazo.,,"—\n1/13 cases"\r\n')).toBe(true);

    const rows = await parse(bytes);
    expect(rows).toHaveLength(1 + TABLE.rows.length);
    expect(rows[0]).toEqual(['Category', 'Properties', 'Description', 'Example quote', 'Frequency']);
    expect(rows[1]![3]).toBe(`“${TRICKY_QUOTE}” (T7)`);
    expect(rows[2]).toEqual([
      'Triggers of moments of meeting',
      '1. Humor\n2. Ruptures or impasse\n4. Silences',
      'Situaciones que interrumpen el curso de la interacción: humor, silencios, rupturas.',
      `“Hay muchos momentos de conexión emocional… positivos” (T10)\n“Me acuerdo de muchas escenas ${SCRIPT}” (Sesión 3)`,
      'Typical\n10/13 cases',
    ]);
    expect(rows[3]![1]).toBe('1. Openness (T and P)\n2. Emotional disposition (T and P)\n4. Personal features (T and P)\n10. "Perfect fit" (REL)');
    expect(rows[4]).toEqual(['Main effects', '', 'Alivio y descompresión; efectos a largo plazo.', '', '—\n1/13 cases']);
  });

  it('writes the codebook with the path, and defuses a cell a spreadsheet would run as a formula', async () => {
    const bytes = await renderCodebookReport(CODEBOOK, 'csv');
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).split('\r\n').slice(0, 3)).toEqual([
      '\uFEFFCode,Path,Number,Owner,Definition,Codings,Cases,Frequency',
      'Enabling conditions,Enabling conditions,,,Condiciones para el encuentro.,42,9/13,Typical',
      'Openness,Enabling conditions/Openness,1,T and P,"Apertura ""real"" | mutua",12,7/13,Variant',
    ]);
    expect(await parse(bytes)).toEqual([
      ['Code', 'Path', 'Number', 'Owner', 'Definition', 'Codings', 'Cases', 'Frequency'],
      ['Enabling conditions', 'Enabling conditions', '', '', 'Condiciones para el encuentro.', '42', '9/13', 'Typical'],
      ['Openness', 'Enabling conditions/Openness', '1', 'T and P', 'Apertura "real" | mutua', '12', '7/13', 'Variant'],
      ['Apertura emocional 😊', 'Enabling conditions/Openness/Apertura emocional 😊', '', '', `Línea uno\nLínea dos ${SCRIPT} C:\\temp\\`, '3', '2/13', 'Variant'],
      ['Main effects', 'Main effects', '', '', '', '0', '0/13', '—'],
      ["'=1+1 fórmula", 'Main effects/=1+1 fórmula', '4', 'PR', 'Un nombre que parece una fórmula.', '1', '1/13', '—'],
    ]);
  });
});
