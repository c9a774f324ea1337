/**
 * The segments query, shared by the server (validation) and the web app (types, the address bar):
 * `code`, `doc`, `coder` and `attr` may repeat; `attr` is a condition such as `years>=10`.
 */
import { z } from 'zod';
import type { SegmentCriteria } from '../store/queries/segments.js';
import { MAX_PAGE, PAGE_SIZE, SEGMENT_MODES, parseCondition } from './segment-conditions.js';

export * from './segment-conditions.js';

const many = z.union([z.string().max(1000), z.array(z.string().max(1000)).max(100)]).optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]).map((s) => s.trim()).filter((s) => s.length > 0));

const count = (what: string, max: number, fallback: number) => z.coerce.number({ error: `${what} must be a whole number` })
  .int({ error: `${what} must be a whole number` }).min(0, { error: `${what} cannot be negative` })
  .max(max, { error: `${what} can be at most ${max}` }).default(fallback);

/** The filters of a segments request, as they come in the query string. */
export const segmentFilterQuery = z.object({
  code: many,
  mode: z.enum(SEGMENT_MODES, { error: 'mode must be any, all or overlap' }).default('any'),
  doc: many,
  coder: many,
  attr: many.transform((list, ctx) => list.map((raw) => {
    const c = parseCondition(raw);
    if (!c) ctx.addIssue({ code: 'custom', message: `the attribute condition "${raw.slice(0, 60)}" is not of the form key=value (or with !=, <, <=, >, >= instead of =)` });
    return c!;
  })),
}).transform((q): SegmentCriteria => ({ codes: q.code, mode: q.mode, documents: q.doc, coders: q.coder, attributes: q.attr }));

/** `GET …/segments`: filters and a page. */
export const segmentPageQuery = z.intersection(segmentFilterQuery, z.object({
  limit: count('limit', MAX_PAGE, PAGE_SIZE).refine((n) => n > 0, { error: 'limit must be at least 1' }),
  offset: count('offset', 1_000_000_000, 0),
}));

/** `GET …/segments.csv` and `.md`: filters, and for Markdown how quotes are grouped. */
export const segmentExportQuery = z.intersection(segmentFilterQuery, z.object({
  group: z.enum(['document', 'code'], { error: 'group must be document or code' }).default('document'),
}));

export type SegmentPageQuery = z.output<typeof segmentPageQuery>;
export type SegmentExportQuery = z.output<typeof segmentExportQuery>;
export type { AttributeCondition, AttributeOperator, SegmentCriteria, SegmentMode } from '../store/queries/segments.js';
