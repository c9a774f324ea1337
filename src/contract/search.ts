/**
 * The full-text search requests, shared by the server (validation) and the web app (types, the
 * address bar): `GET …/search?q=…&doc=…&attr=…&code=…` and `POST …/search/autocode`.
 */
import { z } from 'zod';
import { AUTOCODE_UNITS } from '../core/search-match.js';
import { MAX_QUERY_LENGTH } from '../core/search-query.js';
import { parseCondition } from './segment-conditions.js';

export { AUTOCODE_UNITS, type AutocodeUnit } from '../core/search-match.js';

const many = z.union([z.string().max(1000), z.array(z.string().max(1000)).max(100)]).optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]).map((s) => s.trim()).filter((s) => s.length > 0));

const conditions = many.transform((list, ctx) => list.map((raw) => {
  const c = parseCondition(raw);
  if (!c) ctx.addIssue({ code: 'custom', message: `the attribute condition "${raw.slice(0, 60)}" is not of the form key=value (or with !=, <, <=, >, >= instead of =)` });
  return c!;
}));

const count = (what: string, min: number, max: number, fallback: number) => z.coerce.number({ error: `${what} must be a whole number` })
  .int({ error: `${what} must be a whole number` }).min(min, { error: `${what} must be at least ${min}` })
  .max(max, { error: `${what} can be at most ${max}` }).default(fallback);

const text = z.string({ error: 'q must be the search' }).max(MAX_QUERY_LENGTH, { error: `the search can be at most ${MAX_QUERY_LENGTH} characters` });

/** `GET …/search`: the query, its filters (`doc` and `attr` may repeat) and a page of passages. */
export const searchQuery = z.object({
  q: text,
  doc: many,
  attr: conditions,
  code: z.string().max(1000).optional().transform((c) => c?.trim() || undefined),
  limit: count('limit', 1, 500, 50),
  offset: count('offset', 0, 1_000_000_000, 0),
});

/** `POST …/search/autocode`: the search, its filters, the code to apply and the unit around each hit. */
export const autocodeBody = z.object({
  q: text,
  filters: z.object({
    documents: z.array(z.string().max(1000)).max(100).default([]),
    attributes: conditions,
    code: z.string().max(1000).nullish(),
  }).default({ documents: [], attributes: [] }),
  code: z.string().min(1, { error: 'choose a code to apply' }).max(1000),
  unit: z.enum(AUTOCODE_UNITS, { error: 'unit must be match, sentence or turn' }),
});

export type SearchQuery = z.input<typeof searchQuery>;
export type AutocodeBody = z.input<typeof autocodeBody>;
export type { AutocodeResult } from '../store/queries/search-autocode.js';
export type { SearchHit, SearchPage } from '../store/queries/search.js';
