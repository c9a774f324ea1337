/** `sparks frequency` and `sparks saturation`: the study's CQR frequency labels and data saturation. */
import type { Command as Cli } from 'commander';
import { documentsNeeded, formatRange, rangesProblem, SATURATION_DEFAULTS, saturationFromSettings, type CaseRange, type FrequencyRanges, type SaturationOptions, type SaturationResult } from '../../analysis/index.js';
import { COMMANDS } from '../../core/commands/index.js';
import { UserError } from '../../core/errors.js';
import { parsePath } from '../../core/names.js';
import { frequencyOf, projectSettings, saturationOf, type FrequencyResult } from '../../store/queries/analysis.js';
import { action } from '../context.js';
import { usage } from '../errors.js';
import { kindWords, scopeOf, SCOPE_HELP, whose, type ScopeOptions } from './scope.js';

interface SaturationCliOptions extends ScopeOptions { base?: string; run?: string; threshold?: string; save?: boolean }
interface FrequencyCliOptions extends ScopeOptions { setRanges?: string; hillRanges?: boolean }

const RANGE_NAMES = ['general', 'typical', 'variant', 'rare'] as const;

/** `general=13-14,typical=8-12,variant=2-7[,rare=2-3]` as ranges, or a usage error saying what to fix. */
function parseRanges(spec: string): FrequencyRanges {
  const found: Partial<Record<(typeof RANGE_NAMES)[number], CaseRange>> = {};
  for (const part of spec.split(',').map((p) => p.trim()).filter(Boolean)) {
    const m = /^(\w+)\s*=\s*(\d+)(?:\s*[-–]\s*(\d+))?$/u.exec(part);
    const name = m?.[1]?.toLowerCase() as (typeof RANGE_NAMES)[number] | undefined;
    if (!m || !name || !RANGE_NAMES.includes(name)) throw usage(`Read "${part}" as NAME=FROM-TO with NAME one of ${RANGE_NAMES.join(', ')}, e.g. --set-ranges general=13-14,typical=8-12,variant=2-7.`);
    found[name] = [Number(m[2]), Number(m[3] ?? m[2])];
  }
  if (!found.general || !found.typical || !found.variant) throw usage('--set-ranges needs general, typical and variant, e.g. general=13-14,typical=8-12,variant=2-7.');
  const ranges: FrequencyRanges = { general: found.general, typical: found.typical, variant: found.variant, rare: found.rare ?? null };
  const problem = rangesProblem(ranges);
  if (problem) throw usage(problem);
  return ranges;
}

export function registerAnalysis(program: Cli): void {
  program.command('frequency <project>')
    .description('how many cases each category and code applies to, labelled general, typical, variant or rare (Hill et al., 2005)')
    .option('--coder <user>', SCOPE_HELP.coder)
    .option('--kind <kind>', SCOPE_HELP.kind, 'interview')
    .option('--set-ranges <ranges>', "keep these as the project's own ranges, e.g. general=13-14,typical=8-12,variant=2-7 (rare=… optional)")
    .option('--hill-ranges', "forget the project's own ranges and label by Hill et al. (2005)")
    .option('--json', 'print JSON')
    .action(action(async (ctx, project: string, o: FrequencyCliOptions) => {
      if (o.setRanges !== undefined && o.hillRanges) throw usage('Give --set-ranges or --hill-ranges, not both.');
      const ranges = o.setRanges === undefined ? undefined : parseRanges(o.setRanges);
      const projectId = await ctx.projectId(project);
      const scope = await scopeOf(ctx, projectId, o);
      if (ranges || o.hillRanges) await ctx.run(COMMANDS.updateSettings, { settings: { frequencyRanges: ranges ?? null } }, project);
      const result = await frequencyOf(ctx.store, projectId, scope);
      ctx.print(result.rows, () => frequencyText(result, o));
    }));

  program.command('saturation <project>')
    .description('data saturation in interview order: new codes per document and the first run that adds little (Guest, Namey & Chen, 2020)')
    .option('--base <n>', `documents in the base (default: the project's setting, else ${SATURATION_DEFAULTS.base})`)
    .option('--run <n>', `documents in each run after the base (default: the project's, else ${SATURATION_DEFAULTS.run})`)
    .option('--threshold <ratio>', `most new information a saturating run may add, as a share of the base (default: the project's, else ${SATURATION_DEFAULTS.threshold})`)
    .option('--coder <user>', SCOPE_HELP.coder)
    .option('--kind <kind>', SCOPE_HELP.kind, 'interview')
    .option('--save', "keep these parameters as the project's defaults")
    .option('--json', 'print JSON')
    .action(action(async (ctx, project: string, o: SaturationCliOptions) => {
      const projectId = await ctx.projectId(project);
      const options = saturationOptions(o, saturationFromSettings(await projectSettings(ctx.store, projectId)));
      const scope = await scopeOf(ctx, projectId, o);
      const result = await saturationOf(ctx.store, projectId, options, scope);
      const needed = documentsNeeded(options);
      if (result.perDocument.length < needed) {
        throw new UserError(`Saturation with a base of ${options.base} and runs of ${options.run} needs at least ${needed} ${kindWords(o)}; this project has ${result.perDocument.length}.`);
      }
      if (o.save) await ctx.run(COMMANDS.updateSettings, { settings: { saturation: options } }, project);
      ctx.print(result, () => saturationText(result, options, o));
    }));
}

function saturationOptions(o: SaturationCliOptions, own: SaturationOptions): SaturationOptions {
  const whole = (value: string | undefined, name: 'base' | 'run'): number => {
    if (value === undefined) return own[name];
    if (!/^\s*\d+\s*$/.test(value) || Number(value) < 1) throw usage(`--${name} must be a whole number of documents, 1 or more (for example --${name} ${SATURATION_DEFAULTS[name as 'base' | 'run']}).`);
    return Number(value);
  };
  if (o.threshold === undefined) return { base: whole(o.base, 'base'), run: whole(o.run, 'run'), threshold: own.threshold };
  const threshold = Number(o.threshold);
  if (o.threshold.trim() === '' || !Number.isFinite(threshold) || threshold < 0 || threshold > 1) {
    throw usage('--threshold must be a share between 0 and 1, such as 0.05 for 5%.');
  }
  return { base: whole(o.base, 'base'), run: whole(o.run, 'run'), threshold };
}

const percent = (x: number): string => `${(x * 100).toFixed(1).replace(/\.0$/, '')}%`;

function rangesText(r: FrequencyRanges): string {
  const parts = [`general ${formatRange(r.general)}`, `typical ${formatRange(r.typical)}`, `variant ${formatRange(r.variant)}`];
  if (r.rare) parts.push(`rare ${formatRange(r.rare)}`);
  return parts.join(', ');
}

function frequencyText(result: FrequencyResult, o: ScopeOptions): string[] {
  const { n, rows, ranges } = result;
  if (rows.length === 0) return ['This project has no codes yet: create some with `sparks code create` or `sparks template apply`.'];
  if (n === 0) return [`No case has ${kindWords(o)} yet, so there is nothing to count: import documents with --case, or choose another --kind.`];
  const source = ranges.source === 'project' ? "the project's own ranges" : `the ranges of Hill et al. (2005) for ${n} cases`;
  const lines = [`Frequency over ${n} cases (${kindWords(o)}, ${whose(o)}), by ${source}: ${rangesText(ranges.ranges)}.`];
  if (ranges.ignored) lines.push(`The project's own ranges (${rangesText(ranges.ignored)}) do not fit ${n} cases, so they were not used.`);
  const names = rows.map((r) => {
    const path = parsePath(r.code);
    return `${'  '.repeat(path.length - 1)}${path[path.length - 1]}`;
  });
  const width = Math.min(70, Math.max(4, ...names.map((s) => s.length)));
  lines.push('', `${'Code'.padEnd(width)}  Cases  Label`);
  rows.forEach((r, i) => {
    const name = names[i]!.length > width ? `${names[i]!.slice(0, width - 1)}…` : names[i]!.padEnd(width);
    lines.push(`${name}  ${`${r.cases}/${n}`.padStart(5)}  ${r.label ?? '—'}`);
  });
  return lines;
}

function saturationText(s: SaturationResult, options: SaturationOptions, o: ScopeOptions): string[] {
  const lines = [`Saturation over ${s.perDocument.length} ${kindWords(o)} in interview order (${whose(o)}); base ${options.base}, runs of ${options.run}, threshold ${percent(options.threshold)}.`, ''];
  const width = Math.max(8, ...s.perDocument.map((d) => d.doc.length));
  lines.push(`${'#'.padStart(4)}  ${'Document'.padEnd(width)}  New codes  Cumulative`);
  s.perDocument.forEach((d, i) => lines.push(`${String(i + 1).padStart(4)}  ${d.doc.padEnd(width)}  ${String(d.newCodes).padStart(9)}  ${String(d.cumulative).padStart(10)}`));
  lines.push('', `Base: ${s.base.codes} distinct codes in the first ${s.base.documents} documents.`);
  if (s.base.codes === 0) return [...lines, `The first ${s.base.documents} documents hold no codes, so saturation cannot be judged yet.`];
  const span = (r: SaturationResult['runs'][number]): string => (r.from === r.to ? r.from : `${r.from} to ${r.to}`);
  for (const r of s.runs) lines.push(`  run ${span(r)}: ${r.newCodes} new codes (${percent(r.ratio ?? 0)} of the base)`);
  const after = options.run === 1 ? 'the document' : `the ${options.run} documents`;
  if (s.saturatedAt !== null) {
    lines.push(`Saturation was reached at ${s.saturatedAt} (${s.notation}): ${after} after it added at most ${percent(options.threshold)} of the base's codes.`);
  } else {
    const runs = options.run === 1 ? 'no single document' : `no run of ${options.run} documents`;
    lines.push(`The data did not saturate: ${runs} after the base added at most ${percent(options.threshold)} of the base's ${s.base.codes} codes.`);
  }
  return lines;
}
