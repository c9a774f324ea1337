/**
 * The analysis API: frequency labels, saturation, matrices and report downloads. Queries are
 * checked here; the web app imports the types only.
 *
 *   GET /api/projects/:projectId/analysis/frequency?kind=&coder=
 *   GET /api/projects/:projectId/analysis/saturation?base=&run=&threshold=&kind=&coder=
 *   GET /api/projects/:projectId/analysis/matrix?cols=&measure=&by=&bands=&within=&kind=&coder=
 *   GET /api/projects/:projectId/reports/(table|codebook).(md|html|docx|csv|xlsx)?quotes=&kind=&coder=
 */
import { z } from 'zod';
import type { FrequencyLabel, RangesInUse, SaturationOptions, SaturationResult } from '../analysis/index.js';
import { DOCUMENT_KINDS } from '../core/types.js';

export type { MatrixAxis, MatrixColumns, MatrixMeasure, MatrixPanel, MatrixResult } from '../analysis/index.js';

export const REPORT_FORMATS = ['md', 'html', 'docx', 'csv', 'xlsx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
export const REPORT_KINDS = ['table', 'codebook'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** Whose codings and which documents: `kind` one of the document kinds or `all` (default interview). */
export const scopeQuery = z.object({
  kind: z.enum([...DOCUMENT_KINDS, 'all']).default('interview'),
  coder: z.string().min(1).optional(),
});

const whole = (min: number) => z.coerce.number().int().min(min);

export const saturationQuery = scopeQuery.extend({
  base: whole(1).optional(),
  run: whole(1).optional(),
  threshold: z.coerce.number().min(0).max(1).optional(),
});

export const matrixQuery = scopeQuery.extend({
  cols: z.enum(['cases', 'documents', 'codes']).default('cases'),
  measure: z.enum(['codings', 'presence']).default('codings'),
  by: z.string().min(1).optional(),
  /** Cut points of numeric bands, such as `20,30` for under 20, 20 to under 30, 30 and over. */
  bands: z.string().regex(/^\s*-?\d+(\.\d+)?(\s*,\s*-?\d+(\.\d+)?)*\s*$/).optional(),
  within: whole(0).optional(),
});

export const reportParams = z.object({
  projectId: z.string(),
  kind: z.enum(REPORT_KINDS),
  format: z.enum(REPORT_FORMATS),
});

export const reportQuery = scopeQuery.extend({ quotes: whole(0).max(10).optional() });

/** A row of the frequency table: the code, its place in the tree, its cases and label. */
export interface FrequencyListing {
  id: string;
  code: string;
  depth: number;
  cases: number;
  n: number;
  label: FrequencyLabel | null;
}

export interface FrequencyResponse { n: number; rows: FrequencyListing[]; ranges: RangesInUse }

export interface SaturationResponse extends SaturationResult {
  options: SaturationOptions;
  /** Documents needed for one run after the base; fewer than that and nothing can be judged. */
  needed: number;
}
