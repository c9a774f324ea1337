/**
 * `sparks agreement --matrix FILE.csv`: intercoder agreement on any reliability data; and
 * `sparks agreement PROJECT --coders A,B`: between a project's coders, on their codings.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { Option, type Command as Cli } from 'commander';
import { CsvError, parse } from 'csv-parse/sync';
import {
  AGREEMENT_METHODS, agreementSummary, alphaSentence, COEFFICIENTS, DEFAULT_THRESHOLD, FIGURE_LABELS, formatCoefficient, fromRows, LEVELS,
  type AgreementMethod, type AgreementOptions, type AgreementSummary, type CoefficientName, type Estimate, type Figures, type Level, type ReliabilityData, type SourceRow,
} from '../../analysis/agreement/index.js';
import { UserError } from '../../core/errors.js';
import { agreementOf, splitNames, type AgreementQuery, type AgreementReport } from '../../store/queries/agreement.js';
import { action } from '../context.js';
import { usage } from '../errors.js';

interface AgreementCliOptions {
  matrix?: string; level: Level; json?: boolean; coders?: string; method?: string; codes?: string; docs?: string; threshold?: string;
}

/** Reliability data are small; a bigger file is almost surely not one. */
const MAX_MATRIX_BYTES = 50e6;

export function registerAgreement(program: Cli): void {
  program.command('agreement [project]')
    .description("intercoder agreement between a project's coders (--coders), or on reliability data in a CSV file (--matrix)")
    .option('--coders <names>', 'the coders to compare, separated by commas (two or more)')
    .option('--method <method>', `${AGREEMENT_METHODS.join(', ')} (default unitized: Krippendorff's |uα per code, uα, cuα, Cuα)`)
    .option('--codes <paths>', 'only these codes and the codes below them, separated by commas')
    .option('--docs <names>', 'only these documents, separated by commas')
    .option('--threshold <percent>', `for --method overlap: minimum overlap in percent, 1 to 100 (default ${DEFAULT_THRESHOLD})`)
    .option('--matrix <file>', 'reliability data as CSV: a header row, a unit id column, one column per coder, an empty cell for a missing value')
    .addOption(new Option('--level <level>', "level of measurement for Krippendorff's α (with --matrix)").choices(LEVELS).default('nominal'))
    .option('--json', 'print JSON')
    .action(async (project: string | undefined, o: AgreementCliOptions, cmd: Cli) => {
      const projectOnly = (['coders', 'method', 'codes', 'docs', 'threshold'] as const).find((k) => o[k] !== undefined);
      if (o.matrix === undefined) {
        if (project === undefined) throw usage('Give a project and --coders A,B to compare its coders, or --matrix FILE.csv for reliability data.');
        if (cmd.getOptionValueSource('level') === 'cli') throw usage("--level applies to --matrix; a project's codes are compared as categories.");
        const { query, options } = projectRequest(o);
        await action(async (ctx, name: string, _o: unknown, _cmd: Cli) => {
          const report = await agreementOf(ctx.store, await ctx.projectId(name), query, options);
          ctx.print(report, () => agreementText(name, report));
        })(project, o, cmd);
        return;
      }
      if (project !== undefined) throw usage('Give a project or --matrix FILE.csv, not both.');
      if (projectOnly) throw usage(`--${projectOnly} applies to a project's coders, not to --matrix.`);
      const data = await readMatrix(o.matrix);
      const result = agreementSummary(data, o.level);
      if ('error' in result) throw new UserError(result.error);
      const out = o.json ? `${JSON.stringify(result.summary, null, 2)}\n` : `${summaryText(basename(o.matrix), data, result.summary).join('\n')}\n`;
      process.stdout.write(out);
    });
}

/** Read and check the CSV file; every problem is a UserError saying what to fix. */
async function readMatrix(file: string): Promise<ReliabilityData> {
  const name = basename(file);
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) throw new UserError(`${file} does not exist or is not a file; check the path.`);
  if (info.size > MAX_MATRIX_BYTES) throw new UserError(`${name} is ${(info.size / 1e6).toFixed(0)} MB, more than a reliability matrix should be (${MAX_MATRIX_BYTES / 1e6} MB); check that it is the right file.`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await readFile(file));
  } catch {
    throw new UserError(`${name} is not UTF-8 text; save it as "CSV UTF-8" and try again.`);
  }
  let records: { record: string[]; info: { lines: number } }[];
  try {
    // info gives each record's line, for messages; column counts are checked by fromRows, in words
    records = parse(text, { bom: true, trim: true, skip_empty_lines: true, relax_column_count: true, info: true }) as unknown as typeof records;
  } catch (err) {
    if (err instanceof CsvError) {
      const line = typeof err.lines === 'number' ? ` near line ${err.lines}` : '';
      throw new UserError(`${name} is not valid CSV${line} (${err.message.replace(/\.$/, '')}); check its quotes and separators.`);
    }
    throw err;
  }
  const rows: SourceRow[] = records.map(({ record, info }) => ({ cells: record, line: info.lines }));
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  if (rows.length > 0 && rows[0]!.cells.length < 3 && /[;\t]/.test(firstLine)) {
    throw new UserError(`${name} seems to separate cells with semicolons or tabs; save it as comma-separated CSV.`);
  }
  const read = fromRows(rows, name);
  if ('error' in read) throw new UserError(read.error);
  return read.data;
}

const LABELS: Record<CoefficientName, string> = {
  percentAgreement: 'Percent agreement',
  alpha: "Krippendorff's α",
  fleissKappa: "Fleiss' κ",
  brennanPrediger: 'Brennan–Prediger κ',
  gwetAC1: "Gwet's AC1",
  scottPi: "Scott's π",
  cohenKappa: "Cohen's κ",
};

function summaryText(file: string, data: ReliabilityData, s: AgreementSummary): string[] {
  const names = data.coders.length <= 6 ? data.coders.join(', ') : `${data.coders.slice(0, 5).join(', ')} and ${data.coders.length - 5} more`;
  const lines = [
    `Agreement in ${file}: ${s.units} units, ${s.coders} coders (${names}); ${s.pairableUnits} units coded by two or more.`,
    `α at the ${s.level} level; the other coefficients compare values as categories.`,
    '',
  ];
  const shown = COEFFICIENTS.filter((name) => s[name] !== undefined);
  const rows = shown.map((name) => {
    const value = s[name];
    const label = name === 'alpha' ? `${LABELS.alpha} (${s.level})` : LABELS[name];
    return [label, typeof value === 'number' ? formatCoefficient(value) : `not defined: ${s.notDefined[name] ?? 'no value'}`] as const;
  });
  const width = Math.max('Coefficient'.length, ...rows.map(([label]) => label.length));
  lines.push(`${'Coefficient'.padEnd(width)}  Value`);
  for (const [label, value] of rows) lines.push(`${label.padEnd(width)}  ${value.startsWith('not') ? value : value.padStart(6)}`);
  const alpha = s.alpha === null ? { value: null, reason: s.notDefined.alpha ?? 'no value' } : { value: s.alpha, reason: null };
  lines.push('', alphaSentence(alpha));
  return lines;
}

/** The project form's query and options, checked before the store is opened: a usage mistake touches no database. */
function projectRequest(o: AgreementCliOptions): { query: AgreementQuery; options: AgreementOptions } {
  if (o.coders === undefined) throw usage('Name the coders to compare with --coders A,B (two or more; `sparks user list` lists users).');
  const method = (o.method ?? 'unitized') as AgreementMethod;
  if (!(AGREEMENT_METHODS as readonly string[]).includes(method)) throw usage(`--method must be one of ${AGREEMENT_METHODS.join(', ')}.`);
  if (o.threshold !== undefined && method !== 'overlap') throw usage('--threshold applies to --method overlap: add that, or leave --threshold out.');
  if (o.threshold !== undefined && !(/^\s*\d+\s*$/.test(o.threshold) && +o.threshold >= 1 && +o.threshold <= 100)) {
    throw usage(`--threshold must be a whole percentage from 1 to 100, such as ${DEFAULT_THRESHOLD}.`);
  }
  return {
    query: {
      coders: splitNames(o.coders),
      ...(o.codes !== undefined ? { codes: splitNames(o.codes) } : {}),
      ...(o.docs !== undefined ? { documents: splitNames(o.docs) } : {}),
    },
    options: { method, ...(o.threshold !== undefined ? { threshold: Number(o.threshold) } : {}) },
  };
}

const METHOD_NAMES: Record<AgreementMethod, string> = {
  unitized: "Krippendorff's unitized α", characters: "character-level κ (NVivo's coding comparison)",
  presence: "code existence per document (MAXQDA's mode 1)", frequency: "code frequency per document (MAXQDA's mode 2)",
  overlap: "segment agreement (MAXQDA's mode 3)",
};

/** Figures to three decimals; "—" with a footnote mark where one is not defined, the footnotes after the tables. */
function agreementText(project: string, r: AgreementReport): string[] {
  const notes: string[] = [];
  const cell = (e: Estimate | undefined): string => {
    if (!e || e.value !== null) return e ? formatCoefficient(e.value!) : '';
    const i = notes.indexOf(e.reason) < 0 ? notes.push(e.reason) - 1 : notes.indexOf(e.reason);
    return `—${superscript(i + 1)}`;
  };
  const counted = r.overall.counts !== undefined;
  const head = ['Code', ...(counted ? ['Agree', 'Disagree'] : []), ...r.columns.map((k) => FIGURE_LABELS[k])];
  const row = (code: string, f: Figures, c?: { agreements: number; disagreements: number }) =>
    [code, ...(counted ? [String(c?.agreements ?? 0), String(c?.disagreements ?? 0)] : []), ...r.columns.map((k) => cell(f[k]))];
  const rows = [head, ...r.codes.map((c) => row(c.code, c.figures, c.counts))];
  const overall = Object.entries(r.overall.figures).map(([k, e]) => [FIGURE_LABELS[k as keyof typeof FIGURE_LABELS], cell(e)]);
  if (counted) overall.unshift(['Agree', String(r.overall.counts!.agreements)], ['Disagree', String(r.overall.counts!.disagreements)]);
  const lines = [
    `Agreement in ${project} between ${r.coders.join(', ')}: ${METHOD_NAMES[r.method]}${r.threshold === null ? '' : `, minimum overlap ${r.threshold}%`}, over ${r.documents} document${r.documents === 1 ? '' : 's'}.`,
  ];
  if (r.orphanedSegments) lines.push(`${r.orphanedSegments} orphaned segment${r.orphanedSegments === 1 ? ' was' : 's were'} left out: their text was not found again after their document changed (\`sparks segments --json\` marks them orphaned).`);
  lines.push('', ...(r.codes.length ? table(rows) : ['No code was applied by these coders in these documents.']), '', 'Over all codes', ...table(overall));
  if (r.method === 'characters') lines.push('', '(--json gives each code per document.)');
  if (notes.length) lines.push('', ...notes.map((n, i) => `${superscript(i + 1)} not defined: ${n}`));
  lines.push('', r.reading);
  return lines;
}

/** Left-aligned first column, right-aligned figures. */
function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, j) => Math.max(...rows.map((r) => r[j]!.length)));
  return rows.map((r) => r.map((c, j) => (j === 0 ? c.padEnd(widths[j]!) : c.padStart(Math.max(widths[j]!, 6)))).join('  ').trimEnd());
}

const superscript = (n: number): string => [...String(n)].map((d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(d)]).join('');
