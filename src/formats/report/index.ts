/**
 * Report writers: the Table I and codebook reports (`analysis/report.ts`) as Markdown, HTML,
 * DOCX, CSV or XLSX bytes. Each report becomes one neutral grid (`grid.ts`) that the format's
 * writer renders, so all formats show the same columns. Writers return the whole file and never
 * write anywhere themselves.
 */
import type { CodebookReport, TableReport } from '../../analysis/report.js';
import type { ReportFormat } from '../../contract/analysis.js';
import { renderApart } from './apart.js';
import { toCsv } from './csv.js';
import { codebookGrid, tableGrid, type ReportGrid } from './grid.js';
import { toHtml } from './html.js';
import { toMarkdown } from './markdown.js';

/** The HTTP content type and file extension (without the dot) of each report format. */
export const REPORT_TYPES: Record<ReportFormat, { contentType: string; extension: string }> = {
  md: { contentType: 'text/markdown; charset=utf-8', extension: 'md' },
  html: { contentType: 'text/html; charset=utf-8', extension: 'html' },
  docx: { contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx' },
  csv: { contentType: 'text/csv; charset=utf-8', extension: 'csv' },
  xlsx: { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' },
};

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

async function render(grid: ReportGrid, format: ReportFormat): Promise<Uint8Array> {
  switch (format) {
    case 'md': return utf8(toMarkdown(grid));
    case 'html': return utf8(toHtml(grid));
    case 'csv': return utf8(toCsv(grid));
    case 'docx': case 'xlsx': return renderApart(grid, format);
  }
}

/** The paper's Table I (categories, numbered properties, description, quotes, frequency) as a file. */
export async function renderTableReport(report: TableReport, format: ReportFormat): Promise<Uint8Array> {
  return render(tableGrid(report), format);
}

/** The codebook (every code indented by depth, with counts and label) as a file. */
export async function renderCodebookReport(report: CodebookReport, format: ReportFormat): Promise<Uint8Array> {
  // Spreadsheet formats get the full path as a column: sorting or filtering loses the indent.
  return render(codebookGrid(report, format === 'csv' || format === 'xlsx'), format);
}
