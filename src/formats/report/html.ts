/**
 * A report as one standalone, printable HTML page: no scripts, no external resources, and a
 * Content-Security-Policy that forbids both, so the file can be opened, mailed or printed anywhere
 * without the page reaching out, even if some user text were ever left unescaped.
 */
import { EMPTY, type GridCell, type ReportGrid } from './grid.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe in element content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

// A4 landscape when printed; the header row repeats on each printed page (thead).
const STYLE = `
@page { size: A4 landscape; margin: 12mm; }
body { font: 10pt/1.35 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #111; margin: 1.5rem; }
table { border-collapse: collapse; width: 100%; }
caption { caption-side: top; text-align: left; font-size: 1.3em; font-weight: 600; padding-bottom: .6em; }
th, td { border: 1px solid #777; padding: .35em .5em; vertical-align: top; text-align: left; }
thead th { background: #eee; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
td p { margin: 0 0 .45em; }
td p:last-child { margin-bottom: 0; }
ol.properties { list-style: none; margin: 0; padding: 0; }
td.numeric { text-align: right; }
.generated { color: #555; font-size: .85em; }
.note { font-size: .9em; margin-top: .6em; }
`.trim();

function cellHtml(c: GridCell): string {
  if (c.lines.length === 0) return EMPTY;
  // The data's numbers have gaps (1, 2, 4) and may not be integers, so they are printed as text.
  if (c.list) return `<ol class="properties">${c.lines.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ol>`;
  if (c.lines.length === 1) return escapeHtml(c.lines[0]!);
  return c.lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('');
}

function td(c: GridCell, numeric: boolean | undefined): string {
  const attrs = [numeric ? ' class="numeric"' : '', c.indent ? ` style="padding-left: ${0.5 + 1.5 * c.indent}em"` : ''].join('');
  return `<td${attrs}>${cellHtml(c)}</td>`;
}

/** The whole report as an HTML document. */
export function toHtml(grid: ReportGrid): string {
  const head = grid.columns.map((c) => `<th scope="col">${escapeHtml(c.header)}</th>`).join('');
  const body = grid.rows.map((cells) => `<tr>${cells.map((c, i) => td(c, grid.columns[i]?.numeric)).join('')}</tr>`);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(grid.title)}</title>
<style>
${STYLE}
</style>
</head>
<body>
<table>
<caption>${escapeHtml(grid.title)}</caption>
<thead><tr>${head}</tr></thead>
<tbody>
${body.join('\n')}
</tbody>
</table>
<p class="note">${escapeHtml(grid.note)}</p>
<p class="generated">${escapeHtml(grid.generated)}</p>
</body>
</html>
`;
}
