/**
 * The reports as one neutral grid (title, columns, rows of cells made of lines, note) that every
 * writer renders. Deciding here what each column holds keeps the five formats in agreement: a
 * writer only decides how a cell's lines, a numbered list or an indent look in its format.
 */
import { propertyLine, quoteLine, rangesNote, type CodebookReport, type ReportFrequency, type TableReport } from '../../analysis/report.js';

export interface GridColumn {
  header: string;
  /** Width in characters: the XLSX column width, and the column's share of the page in DOCX. */
  width: number;
  /** Holds whole numbers, written as numbers where a format has them (XLSX). */
  numeric?: boolean;
}

export interface GridCell {
  /** Paragraphs or list items; none for an empty cell (display formats print "—"). */
  lines: string[];
  /** The lines are a numbered list whose numbers are already in the text ("1. Openness …"). */
  list?: boolean;
  /** Nesting depth of a code in the codebook, shown as an indent. */
  indent?: number;
}

export interface ReportGrid {
  /** The XLSX sheet name. */
  sheet: 'Table I' | 'Codebook';
  title: string;
  generated: string;
  /** "Note: General, 13–14 cases; …". */
  note: string;
  columns: GridColumn[];
  rows: GridCell[][];
}

/** What a display writer prints in an empty cell or for a missing label. */
export const EMPTY = '—';

// XML 1.0 cannot carry C0 control characters or lone surrogates: DOCX and XLSX would be corrupt.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** User text made safe for every format: line ends normalised, unrepresentable characters replaced. */
export function clean(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(CONTROL, (c) => (c.length === 1 && c.charCodeAt(0) < 0xd800 ? '' : '\uFFFD'));
}

const cell = (lines: readonly string[], extra: Omit<GridCell, 'lines'> = {}): GridCell =>
  ({ lines: lines.map(clean).filter((l) => l.trim() !== ''), ...extra });

/** A definition's paragraphs: one per non-empty line. */
const paragraphs = (text: string): string[] => clean(text).split(/\n+/);

/** "General", "Typical" … or "—" when no range holds the count. */
export function labelText(f: ReportFrequency): string {
  return f.label ? f.label[0]!.toUpperCase() + f.label.slice(1) : EMPTY;
}

/** "2025-03-14 09:30 UTC" from an ISO time; the text as given when it is not one. */
function generatedLine(iso: string): string {
  const d = new Date(iso);
  return `Generated ${Number.isNaN(d.getTime()) ? clean(iso) : `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`}`;
}

/** The paper's Table I: category, numbered properties, description, example quotes, frequency. */
export function tableGrid(r: TableReport): ReportGrid {
  return {
    sheet: 'Table I',
    title: `Categories and properties — ${clean(r.project)}`,
    generated: generatedLine(r.generatedAt),
    note: `Note: ${rangesNote(r.ranges, r.n)}`,
    columns: [
      { header: 'Category', width: 22 },
      { header: 'Properties', width: 34 },
      { header: 'Description', width: 46 },
      { header: 'Example quote', width: 58 },
      { header: 'Frequency', width: 18 },
    ],
    rows: r.rows.map((row) => [
      cell([row.category]),
      cell(row.properties.map(propertyLine), { list: true }),
      cell(paragraphs(row.definition)),
      cell(row.quotes.map(quoteLine)),
      cell([labelText(row.frequency), `${row.frequency.cases}/${row.frequency.n} cases`]),
    ]),
  };
}

/**
 * One row per code in the given order. `tabular` (CSV, XLSX) adds the full path, since there the
 * indent alone is lost on sorting or filtering.
 */
export function codebookGrid(r: CodebookReport, tabular: boolean): ReportGrid {
  const path: GridColumn[] = tabular ? [{ header: 'Path', width: 40 }] : [];
  return {
    sheet: 'Codebook',
    title: `Codebook — ${clean(r.project)}`,
    generated: generatedLine(r.generatedAt),
    note: `Note: ${rangesNote(r.ranges, r.n)}`,
    columns: [
      { header: 'Code', width: 30 },
      ...path,
      { header: 'Number', width: 8 },
      { header: 'Owner', width: 10 },
      { header: 'Definition', width: 60 },
      { header: 'Codings', width: 9, numeric: true },
      { header: 'Cases', width: 8 },
      { header: 'Frequency', width: 11 },
    ],
    rows: r.codes.map((c) => [
      cell([c.name], { indent: c.depth }),
      ...(tabular ? [cell([c.path])] : []),
      cell(c.number === null ? [] : [c.number]),
      cell(c.owner === null ? [] : [c.owner]),
      cell(paragraphs(c.definition)),
      cell([String(c.codings)]),
      cell([`${c.frequency.cases}/${c.frequency.n}`]),
      cell([labelText(c.frequency)]),
    ]),
  };
}
