/**
 * The relations table of a methods appendix: one row per relation with its source, type, target,
 * memo and evidence (how many segments, or their quotes), as CSV for re-analysis or as a Markdown
 * table to paste into a paper. Quoting is csv-stringify's; Markdown escaping is the reports'.
 */
import { stringify } from 'csv-stringify/sync';
import type { RelationView } from '../../contract/models.js';
import { BOM } from './csv.js';
import { clean, EMPTY } from './grid.js';
import { escapeMarkdown } from './markdown.js';

export interface RelationsTableOptions {
  /** 'count' (the default) gives the number of segments cited; 'quotes' each quote with its document. */
  evidence?: 'count' | 'quotes';
  /** The Markdown title, e.g. the project's name; none by default. */
  title?: string;
}

export const RELATIONS_COLUMNS = ['Source', 'Relation', 'Target', 'Memo', 'Evidence'] as const;

// A cell starting with one of these is run as a formula when a spreadsheet opens the file (CSV
// injection); a leading apostrophe keeps it text, as the other CSV reports do.
const FORMULA_START = /^[=+\-@\t\r]/;
const safe = (text: string): string => (FORMULA_START.test(text) ? `'${text}` : text);

/** Each relation's cells as lines of text, the same for every format. */
function rows(relations: readonly RelationView[], o: RelationsTableOptions): string[][][] {
  return relations.map((r) => [
    [r.source.label], [r.type], [r.target.label], clean(r.memo).split(/\n+/).filter((l) => l.trim() !== ''),
    o.evidence === 'quotes'
      ? r.evidence.map((e) => `“${clean(e.text).replace(/\s+/g, ' ').trim()}” (${e.document})`)
      : [String(r.evidence.length)],
  ].map((lines) => lines.map(clean)));
}

/** The table as CSV text, with a BOM (Excel reads UTF-8 then) and CRLF line ends. */
export function relationsCsv(relations: readonly RelationView[], o: RelationsTableOptions = {}): string {
  const records = [[...RELATIONS_COLUMNS], ...rows(relations, o).map((cells) => cells.map((lines) => safe(lines.join('\n'))))];
  return BOM + stringify(records, { record_delimiter: 'windows', quoted_match: /[\r\n]/ });
}

/** The table as a GitHub-flavoured Markdown pipe table, under a title when one is given. */
export function relationsMarkdown(relations: readonly RelationView[], o: RelationsTableOptions = {}): string {
  const row = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  const head = o.title ? [`# ${escapeMarkdown(clean(o.title))}`, ''] : [];
  const body = relations.length === 0
    ? ['No relations yet.']
    : [
        row(RELATIONS_COLUMNS.map(escapeMarkdown)),
        row(RELATIONS_COLUMNS.map((c) => (c === 'Evidence' && o.evidence !== 'quotes' ? '---:' : '---'))),
        ...rows(relations, o).map((cells) => row(cells.map((lines) => (lines.length ? lines.map(escapeMarkdown).join('<br>') : EMPTY)))),
      ];
  return [...head, ...body, ''].join('\n');
}
