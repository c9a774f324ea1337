/**
 * The Analysis view's choices ⇄ the query strings of the analysis API and report downloads, plus
 * the small pure pieces its panels share (code names from paths, range sentences, heat-map shading).
 * No I/O here, so all of it is unit-tested.
 */
import type { FrequencyRanges, MatrixColumns, RangesInUse, SaturationOptions } from '../../../src/analysis/index.js';
import type { ReportFormat, ReportKind } from '../../../src/contract/analysis.js';

export const DOCUMENT_SCOPES = ['interview', 'session', 'other', 'all'] as const;
export type DocumentScope = (typeof DOCUMENT_SCOPES)[number];

/** Which documents and whose codings every panel of the view counts; `coder` null for all coders. */
export interface AnalysisScope { kind: DocumentScope; coder: string | null }

export const DEFAULT_SCOPE: AnalysisScope = { kind: 'interview', coder: null };

/** What the matrix panel shows; `bands` and `within` as typed, checked when the query is built. */
export interface MatrixChoice {
  cols: MatrixColumns;
  measure: 'codings' | 'presence';
  by: string | null;
  bands: string;
  within: string;
}

export const DEFAULT_MATRIX: MatrixChoice = { cols: 'cases', measure: 'codings', by: null, bands: '', within: '0' };

// %20 rather than +, as the Segments view writes its addresses.
const text = (p: URLSearchParams) => p.toString().replaceAll('+', '%20');

function withScope(p: URLSearchParams, scope: AnalysisScope): string {
  p.set('kind', scope.kind);
  if (scope.coder) p.set('coder', scope.coder);
  return text(p);
}

/** `kind=interview&coder=Ana`: the query of the frequency table (and the scope part of the others). */
export function scopeQuery(scope: AnalysisScope): string {
  return withScope(new URLSearchParams(), scope);
}

/** The saturation query; without options the project's own (or Guest et al.'s) parameters apply. */
export function saturationQuery(scope: AnalysisScope, options: SaturationOptions | null): string {
  const p = new URLSearchParams();
  if (options) {
    p.set('base', String(options.base));
    p.set('run', String(options.run));
    p.set('threshold', String(options.threshold));
  }
  return withScope(p, scope);
}

/** Saturation options from the three inputs, or null while one of them is not a usable number. */
export function readSaturationOptions(base: string, run: string, threshold: string): SaturationOptions | null {
  const b = Number(base), r = Number(run), t = Number(threshold);
  if ([base, run, threshold].some((s) => s.trim() === '')) return null;
  if (!Number.isInteger(b) || b < 1 || !Number.isInteger(r) || r < 1 || !(t >= 0 && t <= 1)) return null;
  return { base: b, run: r, threshold: t };
}

/** Cut points such as `20,30` or `-1.5, 4` (the server's own rule). */
export function isBands(bands: string): boolean {
  return /^\s*-?\d+(\.\d+)?(\s*,\s*-?\d+(\.\d+)?)*\s*$/.test(bands);
}

/** Whether `within` is a whole number of characters, 0 or more. */
export function isWithin(within: string): boolean {
  return /^\s*\d+\s*$/.test(within);
}

/**
 * The matrix query. Measure only for case and document columns (co-occurrence has its own), bands
 * only with an attribute, `within` only for co-occurrence; unusable bands or distances are left out.
 */
export function matrixQuery(scope: AnalysisScope, m: MatrixChoice): string {
  const p = new URLSearchParams({ cols: m.cols });
  if (m.cols !== 'codes') p.set('measure', m.measure);
  if (m.by) {
    p.set('by', m.by);
    if (m.bands.trim() && isBands(m.bands)) p.set('bands', m.bands.replace(/\s+/g, ''));
  }
  if (m.cols === 'codes' && isWithin(m.within)) p.set('within', String(Number(m.within)));
  return withScope(p, scope);
}

/** `reports/table.docx?kind=interview&coder=Ana[&quotes=2]`, relative to the project's API path. */
export function reportPath(report: ReportKind, format: ReportFormat, scope: AnalysisScope, quotes: number | null = null): string {
  const p = new URLSearchParams();
  if (quotes !== null) p.set('quotes', String(quotes));
  return `reports/${report}.${format}?${withScope(p, scope)}`;
}

/** The last name of a code path (`Category/Sub\/code` → `Sub/code`). */
export function nameOfPath(path: string): string {
  const parts = path.split(/(?<!\\)\//);
  return (parts.at(-1) ?? path).replaceAll('\\/', '/');
}

/** "13–14", a single number, or "none" for an empty or missing range. */
export function formatRange(r: readonly [number, number] | null | undefined): string {
  if (!r || r[0] > r[1]) return 'none';
  return r[0] === r[1] ? String(r[0]) : `${r[0]}–${r[1]}`;
}

const listRanges = (r: FrequencyRanges) =>
  `general ${formatRange(r.general)}, typical ${formatRange(r.typical)}, variant ${formatRange(r.variant)}`
  + (r.rare && r.rare[0] <= r.rare[1] ? `, rare ${formatRange(r.rare)}` : '');

/** One sentence on which frequency ranges label the table, and why. */
export function describeRanges(inUse: RangesInUse, n: number): string {
  const cases = n === 1 ? '1 case' : `${n} cases`;
  if (inUse.source === 'project') return `Labels follow the project's own ranges for ${cases}: ${listRanges(inUse.ranges)}.`;
  const hill = `Hill et al. (2005) for ${cases}: ${listRanges(inUse.ranges)}`;
  if (inUse.ignored) {
    return `The project's own ranges (${listRanges(inUse.ignored)}) do not fit ${cases}, so labels follow ${hill}.`;
  }
  return `Labels follow ${hill}.`;
}

/** The heat-map colour (#143f73) at full strength; a cell's alpha grows with its share of the maximum. */
const HEAT = [20, 63, 115] as const;

/** Background and text colour of a cell: black text on light shades, white on dark ones (contrast ≥ 4.5). */
export function heatStyle(value: number, max: number): { background: string; color: string } | null {
  if (!(value > 0) || !(max > 0)) return null;
  const alpha = 0.1 + 0.8 * Math.min(1, value / max);
  const mixed = HEAT.map((c) => 255 - (255 - c) * alpha);
  const linear = mixed.map((c) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4));
  const luminance = 0.2126 * linear[0]! + 0.7152 * linear[1]! + 0.0722 * linear[2]!;
  return { background: `rgba(${HEAT.join(', ')}, ${alpha.toFixed(2)})`, color: luminance >= 0.18 ? '#000000' : '#ffffff' };
}
