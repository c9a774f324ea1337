/**
 * The filters of the Segments view ⇄ the query string of its address (`code=…&mode=all&attr=years>=10`),
 * the same query the segments API and its downloads take, so a reload or a shared link keeps them.
 */
import { PAGE_SIZE, SEGMENT_MODES, parseCondition } from '../../../src/contract/segment-conditions.js';
import type { SegmentCriteria, SegmentMode } from '../../../src/contract/segments.js';
import type { SegmentPage } from '../../../src/store/queries/segments.js';
import { projectPath, request } from '../api.js';

export type SegmentFilters = SegmentCriteria;
export type { SegmentPage };
export { PAGE_SIZE, parseCondition };

export const NO_FILTERS: SegmentFilters = { codes: [], mode: 'any', documents: [], coders: [], attributes: [] };

/** Filters from a query string; unreadable parts are left out rather than refused. */
export function parseSegmentQuery(query: string | undefined): SegmentFilters {
  const p = new URLSearchParams(query ?? '');
  const list = (key: string) => p.getAll(key).map((v) => v.trim()).filter(Boolean);
  const mode = p.get('mode');
  return {
    codes: list('code'),
    mode: (SEGMENT_MODES as readonly string[]).includes(mode ?? '') ? (mode as SegmentMode) : 'any',
    documents: list('doc'),
    coders: list('coder'),
    attributes: list('attr').flatMap((a) => parseCondition(a) ?? []),
  };
}

/** The query string of filters ('' when nothing is filtered); conditions without a value are left out. */
export function formatSegmentQuery(f: SegmentFilters): string {
  const p = new URLSearchParams();
  for (const c of f.codes) p.append('code', c);
  if (f.mode !== 'any') p.set('mode', f.mode);
  for (const d of f.documents) p.append('doc', d);
  for (const c of f.coders) p.append('coder', c);
  for (const a of f.attributes) if (a.key.trim() && a.value.trim()) p.append('attr', `${a.key.trim()}${a.op}${a.value.trim()}`);
  // %20 rather than +, so the address reads the same in every tool.
  return p.toString().replaceAll('+', '%20');
}

/** Address of the segments API (json), or of a download (csv, md). */
export function segmentsUrl(projectId: string, query: string, format: 'json' | 'csv' | 'md', extra: Record<string, string> = {}): string {
  const p = new URLSearchParams(query);
  for (const [k, v] of Object.entries(extra)) p.set(k, v);
  const q = p.toString();
  return `${projectPath(projectId)}/segments${format === 'json' ? '' : `.${format}`}${q ? `?${q}` : ''}`;
}

/** One page of matching segments. */
export function fetchSegments(projectId: string, query: string, limit: number, offset: number): Promise<SegmentPage> {
  return request<SegmentPage>('GET', segmentsUrl(projectId, query, 'json', { limit: String(limit), offset: String(offset) }));
}
