import { describe, expect, it } from 'vitest';
import { REPORT_FORMATS } from '../../../src/contract/analysis.js';
import { clean, codebookGrid, tableGrid } from '../../../src/formats/report/grid.js';
import { REPORT_TYPES, renderCodebookReport, renderTableReport } from '../../../src/formats/report/index.js';
import { CODEBOOK, NOTE, TABLE } from './fixtures.js';

describe('report writers', () => {
  it('give every format a content type and an extension', () => {
    expect(Object.keys(REPORT_TYPES).sort()).toEqual([...REPORT_FORMATS].sort());
    expect(REPORT_TYPES.docx).toEqual({ contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx' });
    expect(REPORT_TYPES.xlsx).toEqual({ contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' });
    expect(REPORT_TYPES.csv.contentType).toBe('text/csv; charset=utf-8');
    expect(REPORT_TYPES.md.contentType).toBe('text/markdown; charset=utf-8');
    expect(REPORT_TYPES.html.contentType).toBe('text/html; charset=utf-8');
  });

  it.each(REPORT_FORMATS)('write both reports as %s, also when they are empty', async (format) => {
    const zip = format === 'docx' || format === 'xlsx';
    for (const bytes of [
      await renderTableReport(TABLE, format), await renderCodebookReport(CODEBOOK, format),
      await renderTableReport({ ...TABLE, rows: [] }, format), await renderCodebookReport({ ...CODEBOOK, codes: [] }, format),
    ]) {
      expect(bytes).toBeInstanceOf(Uint8Array);
      // Zip files start with "PK"; text formats are UTF-8 (CSV with a BOM for Excel).
      if (zip) expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]);
      else expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).not.toThrow();
    }
  });

  it('lays out Table I and the codebook once for all formats', () => {
    const table = tableGrid(TABLE);
    expect(table).toMatchObject({ sheet: 'Table I', title: 'Categories and properties — Momentos de encuentro — Santiago 2021', generated: 'Generated 2025-03-14 09:30 UTC', note: NOTE });
    expect(table.rows[2]![1]).toEqual({ lines: ['1. Openness (T and P)', '2. Emotional disposition (T and P)', '4. Personal features (T and P)', '10. "Perfect fit" (REL)'], list: true });
    expect(table.rows[3]![3]).toEqual({ lines: [] });
    expect(codebookGrid(CODEBOOK, false).columns.map((c) => c.header)).toEqual(['Code', 'Number', 'Owner', 'Definition', 'Codings', 'Cases', 'Frequency']);
    expect(codebookGrid(CODEBOOK, true).rows[2]![0]).toEqual({ lines: ['Apertura emocional 😊'], indent: 2 });
    expect(tableGrid({ ...TABLE, generatedAt: 'yesterday' }).generated).toBe('Generated yesterday');
  });

  it('clean user text of what XML cannot carry, keeping emoji and line breaks', () => {
    expect(clean('a\u0000b\u0007c\r\nd\re\tf 😊 \uD83D \uDE0A')).toBe('abc\nd\ne\tf 😊 \uFFFD \uFFFD');
  });
});
