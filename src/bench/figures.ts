/**
 * The figures `sparks bench` reports, their budgets, and the small arithmetic around them
 * (percentiles, the ratio against plain SQL, pass or fail). Pure: no I/O.
 */

export type FigureId =
  | 'import' | 'applyCoding' | 'segments' | 'documentView' | 'matrix' | 'saturation' | 'search' | 'export'
  | 'applyDuringExport' | 'memory' | 'agreementMatrix' | 'unitizedAlpha';

/** Whether a figure must stay at or below its budget (times, memory) or reach it (throughput). */
type Direction = 'atMost' | 'atLeast';

/** `computed`: pure computation on generated data, no database involved, so one budget everywhere. */
export interface FigureSpec { name: string; unit: string; budget: number; direction: Direction; computed?: true }

/** Budgets on SQLite on a 2-core machine; PostgreSQL gets twice the room (see `budgetFor`). */
export const FIGURES: Record<FigureId, FigureSpec> = {
  import: { name: 'Import throughput, end to end', unit: 'MB/s', budget: 5, direction: 'atLeast' },
  applyCoding: { name: 'Apply one coding (command path), p95', unit: 'ms', budget: 5, direction: 'atMost' },
  segments: { name: 'First 100 segments of a code with a case filter, with total, p95', unit: 'ms', budget: 20, direction: 'atMost' },
  documentView: { name: 'Document view data (10,000 words, 1,500 codings), p95', unit: 'ms', budget: 50, direction: 'atMost' },
  matrix: { name: 'Code × case matrix and frequency labels, all codings', unit: 'ms', budget: 300, direction: 'atMost' },
  saturation: { name: 'Saturation over all documents', unit: 'ms', budget: 300, direction: 'atMost' },
  search: { name: 'Full-text search of a two-word phrase, first 50 hits, p95', unit: 'ms', budget: 100, direction: 'atMost' },
  export: { name: 'CSV export of every segment, streamed', unit: 'segments/s', budget: 50_000, direction: 'atLeast' },
  applyDuringExport: { name: "Apply one coding during another user's export, p95", unit: 'ms', budget: 20, direction: 'atMost' },
  memory: { name: 'Server memory (RSS) after all of the above', unit: 'MB', budget: 400, direction: 'atMost' },
  // Sizes fixed whatever --docs says: they are part of what these budgets promise.
  agreementMatrix: { name: 'Krippendorff’s α and κ family, 10,000 units × 6 coders', unit: 'ms', budget: 200, direction: 'atMost', computed: true },
  unitizedAlpha: { name: 'Unitized α family, 6 coders × 500 documents of 10,000 words', unit: 'ms', budget: 2_000, direction: 'atMost', computed: true },
};

/** One reported figure, as `--json` prints it. */
export interface Figure { name: string; value: number; unit: string; budget: number; pass: boolean; plainSqlRatio: number | null }

/** The budget on a database: twice the room on PostgreSQL (half the throughput, twice the time or memory). */
export function budgetFor(spec: FigureSpec, database: 'sqlite' | 'postgres'): number {
  if (database === 'sqlite' || spec.computed) return spec.budget;
  return spec.direction === 'atLeast' ? spec.budget / 2 : spec.budget * 2;
}

/** Build a figure: the value rounded for reading, the budget for this database, and the verdict. */
export function figure(id: FigureId, value: number, database: 'sqlite' | 'postgres', plainSqlRatio: number | null = null): Figure {
  const spec = FIGURES[id];
  const budget = budgetFor(spec, database);
  const pass = spec.direction === 'atLeast' ? value >= budget : value <= budget;
  return { name: spec.name, value: round(value), unit: spec.unit, budget, pass, plainSqlRatio: plainSqlRatio === null ? null : round(plainSqlRatio) };
}

/** The p-th percentile (nearest rank) of the samples; NaN when there are none. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export const median = (samples: readonly number[]): number => percentile(samples, 50);

/**
 * Sparks' time over plain SQL's time for the same work; null when either is missing or the plain
 * time is too small to divide by.
 */
export function plainRatio(sparksMs: number | null, plainMs: number | null): number | null {
  if (sparksMs === null || plainMs === null || !Number.isFinite(sparksMs) || !Number.isFinite(plainMs) || plainMs <= 0) return null;
  return sparksMs / plainMs;
}

/** Three significant decimals are plenty for a table. */
function round(x: number): number {
  if (!Number.isFinite(x)) return x;
  const digits = Math.abs(x) >= 100 ? 0 : Math.abs(x) >= 10 ? 1 : 2;
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
