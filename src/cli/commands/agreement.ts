/** `sparks agreement --matrix FILE.csv`: intercoder agreement on any reliability data. */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { Option, type Command as Cli } from 'commander';
import { CsvError, parse } from 'csv-parse/sync';
import {
  agreementSummary, alphaSentence, COEFFICIENTS, formatCoefficient, fromRows, LEVELS,
  type AgreementSummary, type CoefficientName, type Level, type ReliabilityData, type SourceRow,
} from '../../analysis/agreement/index.js';
import { UserError } from '../../core/errors.js';
import { usage } from '../errors.js';

interface AgreementCliOptions { matrix?: string; level: Level; json?: boolean }

/** Reliability data are small; a bigger file is almost surely not one. */
const MAX_MATRIX_BYTES = 50e6;

export function registerAgreement(program: Cli): void {
  program.command('agreement [project]')
    .description("intercoder agreement: Krippendorff's α, percent agreement, Fleiss' κ, Brennan–Prediger, Gwet's AC1 (and Scott's π, Cohen's κ for two coders)")
    .option('--matrix <file>', 'reliability data as CSV: a header row, a unit id column, one column per coder, an empty cell for a missing value')
    .addOption(new Option('--level <level>', "level of measurement for Krippendorff's α").choices(LEVELS).default('nominal'))
    .option('--json', 'print JSON')
    .action(async (project: string | undefined, o: AgreementCliOptions) => {
      if (project !== undefined || o.matrix === undefined) {
        throw usage("Give --matrix FILE.csv; agreement between a project's coders is not available yet.");
      }
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
