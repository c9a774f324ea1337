/** `sparks report table|codebook`: the study's Table I and its codebook as md, html, docx, csv or xlsx files. */
import { extname } from 'node:path';
import type { Command as Cli } from 'commander';
import { REPORT_FORMATS, type ReportFormat } from '../../contract/analysis.js';
import { renderCodebookReport, renderTableReport } from '../../formats/report/index.js';
import { codebookReport, tableReport } from '../../store/queries/report.js';
import { action } from '../context.js';
import { usage } from '../errors.js';
import { writeWhole } from '../write-file.js';
import { scopeOf, SCOPE_HELP, type ScopeOptions } from './scope.js';

interface ReportCliOptions extends ScopeOptions { format?: string; output?: string; quotes?: string }

const BINARY: ReadonlySet<ReportFormat> = new Set(['docx', 'xlsx']);

export function registerReport(program: Cli): void {
  const report = program.command('report').description("the study's reports: Table I (categories, properties, quotes, frequency) and the codebook");
  const common = (c: Cli): Cli => c
    .option('--format <format>', `${REPORT_FORMATS.join(', ')} (default: from the -o file's extension, else md)`)
    .option('-o, --output <file>', 'write the report to this file (docx and xlsx need one unless the output is piped)')
    .option('--coder <user>', SCOPE_HELP.coder)
    .option('--kind <kind>', SCOPE_HELP.kind, 'interview');

  common(report.command('table <project>')
    .description("the paper's Table I: each category with its numbered properties, definition, example quotes and frequency label"))
    .option('--quotes <n>', 'example quotes per category: exemplars first, then the most typical', '1')
    .action(action(async (ctx, project: string, o: ReportCliOptions) => {
      const format = formatOf(o);
      const quotes = quotesOf(o.quotes);
      const projectId = await ctx.projectId(project);
      const data = await tableReport(ctx.store, projectId, { ...(await scopeOf(ctx, projectId, o)), quotes });
      deliver(await renderTableReport(data, format), format, o.output, `Table I of ${project}`);
    }));

  common(report.command('codebook <project>').description('every code with its definition, codings, cases and frequency label'))
    .action(action(async (ctx, project: string, o: ReportCliOptions) => {
      const format = formatOf(o);
      const projectId = await ctx.projectId(project);
      const data = await codebookReport(ctx.store, projectId, await scopeOf(ctx, projectId, o));
      deliver(await renderCodebookReport(data, format), format, o.output, `The codebook of ${project}`);
    }));
}

/** The format asked for, or the output file's extension, or Markdown. */
function formatOf(o: ReportCliOptions): ReportFormat {
  const fromFile = o.output ? extname(o.output).slice(1).toLowerCase() : '';
  const format = o.format?.toLowerCase() ?? ((REPORT_FORMATS as readonly string[]).includes(fromFile) ? fromFile : 'md');
  if (!(REPORT_FORMATS as readonly string[]).includes(format)) throw usage(`--format must be one of ${REPORT_FORMATS.join(', ')}.`);
  if (BINARY.has(format as ReportFormat) && !o.output && process.stdout.isTTY) {
    throw usage(`A ${format} report is a file: give -o FILE.${format}, for example -o table.${format}.`);
  }
  return format as ReportFormat;
}

function quotesOf(value: string | undefined): number {
  if (value === undefined) return 1;
  if (!/^\s*\d+\s*$/.test(value) || Number(value) > 10) throw usage('--quotes must be a whole number from 0 to 10.');
  return Number(value);
}

/**
 * Write the report to the file, whole or not at all (written beside it, then renamed over it), or
 * to standard output.
 */
function deliver(bytes: Uint8Array, format: ReportFormat, output: string | undefined, what: string): void {
  if (!output) {
    process.stdout.write(bytes);
    return;
  }
  const file = writeWhole(output, bytes, '-o', `table.${format}`);
  process.stdout.write(`${what} written to ${file}.\n`);
}
