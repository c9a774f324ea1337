/** `sparks matrix`: codes × cases, documents or codes, as a table, JSON or CSV. */
import type { Command as Cli } from 'commander';
import { parseBands, type MatrixResult } from '../../analysis/index.js';
import { parsePath } from '../../core/names.js';
import { matrixCsv } from '../../formats/report/matrix-csv.js';
import { matrixOf, type MatrixOptions } from '../../store/queries/matrix.js';
import { action } from '../context.js';
import { usage } from '../errors.js';
import { scopeOf, SCOPE_HELP, type ScopeOptions } from './scope.js';

interface MatrixCliOptions extends ScopeOptions {
  rows: string; cols: string; measure: string; by?: string; bands?: string; within?: string; json?: boolean; csv?: boolean;
}

const COLUMNS = ['cases', 'documents', 'codes'] as const;
const MEASURES = ['codings', 'presence'] as const;

export function registerMatrix(program: Cli): void {
  program.command('matrix <project>')
    .description('codes against cases, documents or codes (co-occurrence), optionally split by a case attribute')
    .option('--rows <what>', 'what the rows are: codes', 'codes')
    .option('--cols <what>', `what the columns are: ${COLUMNS.join(', ')}`, 'cases')
    .option('--measure <what>', 'for cases and documents: codings (how many) or presence (whether; for a group, in how many)', 'codings')
    .option('--by <attribute>', 'split the columns (for codes: the tables) by this case attribute')
    .option('--bands <cuts>', 'cut a numeric attribute into bands, e.g. 20,30 for under 20, 20 to under 30, 30 and over')
    .option('--within <n>', 'for codes: segments at most this many characters apart co-occur (default 0: overlapping)')
    .option('--coder <user>', SCOPE_HELP.coder)
    .option('--kind <kind>', SCOPE_HELP.kind, 'interview')
    .option('--json', 'print JSON')
    .option('--csv', 'print CSV')
    .action(action(async (ctx, project: string, o: MatrixCliOptions) => {
      const options = await matrixOptions(o);
      const projectId = await ctx.projectId(project);
      const result = await matrixOf(ctx.store, projectId, { ...(await scopeOf(ctx, projectId, o)), ...options });
      if (o.csv) process.stdout.write(matrixCsv(result));
      else ctx.print(result, () => matrixText(result));
    }));
}

async function matrixOptions(o: MatrixCliOptions): Promise<Omit<MatrixOptions, 'kind' | 'coderId'>> {
  if (o.rows !== 'codes') throw usage('--rows can only be codes: codes are the rows of every matrix.');
  if (!(COLUMNS as readonly string[]).includes(o.cols)) throw usage(`--cols must be one of ${COLUMNS.join(', ')}.`);
  if (!(MEASURES as readonly string[]).includes(o.measure)) throw usage(`--measure must be codings or presence.`);
  if (o.json && o.csv) throw usage('Choose --json or --csv, not both.');
  if (o.bands !== undefined && o.by === undefined) throw usage('--bands cuts a case attribute: give --by ATTRIBUTE as well.');
  if (o.within !== undefined && o.cols !== 'codes') throw usage('--within applies to co-occurrence: use it with --cols codes.');
  const out: Omit<MatrixOptions, 'kind' | 'coderId'> = { cols: o.cols as MatrixOptions['cols'], measure: o.measure as 'codings' | 'presence' };
  if (o.by !== undefined) out.by = o.by.normalize('NFC').trim();
  if (o.bands !== undefined) {
    try {
      out.bands = parseBands(o.bands);
    } catch {
      throw usage('--bands must be numbers separated by commas, such as 20,30.');
    }
  }
  if (o.within !== undefined) {
    if (!/^\s*\d+\s*$/.test(o.within)) throw usage('--within must be a whole number of characters, 0 or more.');
    out.within = Number(o.within);
  }
  return out;
}

function matrixText(m: MatrixResult): string[] {
  if (m.rows.length === 0) return ['This project has no codes yet: create some with `sparks code create` or `sparks template apply`.'];
  if (m.cols.length === 0) return [`There are no ${m.columns} to show yet: import documents with --case.`];
  const what = m.measure === 'cooccurrence'
    ? `Co-occurrence of codes (segments ${m.within ? `within ${m.within} characters` : 'overlapping'})`
    : `Codes × ${m.columns}${m.by ? ` split by ${m.by}` : ''}: ${m.measure === 'codings' ? 'codings' : m.by ? `${m.columns} where the code applies` : 'where the code applies (1) or not (0)'}`;
  if (m.measure === 'cooccurrence') return [`${what}; pairs of codes that co-occur, most often first (--csv or --json give the whole table).`, ...pairLines(m)];
  const names = m.rows.map((r) => {
    const path = parsePath(r.label);
    return `${'  '.repeat(path.length - 1)}${path[path.length - 1]}`;
  });
  const width = Math.min(48, Math.max(4, ...names.map((n) => n.length)));
  const colWidth = m.cols.map((c) => Math.max(3, Math.min(14, c.label.length)));
  const cell = (s: string, w: number) => (s.length > w ? `${s.slice(0, w - 1)}…` : s.padStart(w));
  const lines = [`${what}.`];
  if (m.by) lines.push(`${m.columns === 'cases' ? 'Cases' : 'Documents'} in each group: ${m.cols.map((c) => `${c.label} ${c.size ?? 0}`).join(', ')}.`);
  for (const p of m.panels) {
    if (p.group !== null) lines.push('', `${m.by} = ${p.group} (${p.cases} cases)`);
    lines.push('', `${'Code'.padEnd(width)}  ${m.cols.map((c, j) => cell(c.label, colWidth[j]!)).join(' ')}`);
    names.forEach((n, i) => {
      const name = n.length > width ? `${n.slice(0, width - 1)}…` : n.padEnd(width);
      lines.push(`${name}  ${p.cells[i]!.map((v, j) => cell(v === null ? '—' : String(v), colWidth[j]!)).join(' ')}`);
    });
  }
  return lines;
}

/** Co-occurring pairs, each once, most frequent first: a 45 × 45 table does not fit a terminal. */
function pairLines(m: MatrixResult): string[] {
  const lines: string[] = [];
  for (const p of m.panels) {
    if (p.group !== null) lines.push('', `${m.by} = ${p.group} (${p.cases} cases)`);
    const pairs: { a: string; b: string; n: number }[] = [];
    p.cells.forEach((row, i) => row.forEach((n, j) => { if (j > i && n) pairs.push({ a: m.rows[i]!.label, b: m.rows[j]!.label, n }); }));
    pairs.sort((x, y) => y.n - x.n || x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
    lines.push('', ...(pairs.length ? pairs.map((x) => `${String(x.n).padStart(5)}  ${x.a}  ↔  ${x.b}`) : ['    No two codes co-occur.']));
  }
  return lines;
}
