/**
 * A report as a GitHub-flavoured Markdown pipe table. A cell must stay on one line, so its lines
 * are joined with `<br>`, and user text is escaped so that no quote can end a cell, start a link
 * or raw HTML, or turn into emphasis or math.
 */
import { EMPTY, type GridCell, type ReportGrid } from './grid.js';

// Backslash escapes every CommonMark inline construct could start with, plus `|` (cells) and `$`
// (GitHub math). Line-start syntax (#, -, 1.) cannot begin inside a table cell.
const SIGNIFICANT = /[\\`*_[\]<>|~&$!]/g;

/** User text as literal Markdown inline content on one line. */
export function escapeMarkdown(text: string): string {
  return text.replace(SIGNIFICANT, '\\$&').replace(/\n/g, '<br>');
}

function cellText(c: GridCell): string {
  if (c.lines.length === 0) return EMPTY;
  // Leading spaces are trimmed from cells, so a code's depth is shown with em spaces.
  const indent = '&emsp;'.repeat(c.indent ?? 0);
  return indent + c.lines.map(escapeMarkdown).join('<br>');
}

const row = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;

/** The whole report: title, generated line, table and note. */
export function toMarkdown(grid: ReportGrid): string {
  return [
    `# ${escapeMarkdown(grid.title)}`,
    '',
    escapeMarkdown(grid.generated),
    '',
    row(grid.columns.map((c) => escapeMarkdown(c.header))),
    row(grid.columns.map((c) => (c.numeric ? '---:' : '---'))),
    ...grid.rows.map((cells) => row(cells.map(cellText))),
    '',
    escapeMarkdown(grid.note),
    '',
  ].join('\n');
}
