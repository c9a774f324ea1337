/**
 * One page of the matching segments, and how many match, found by walking the documents in order
 * rather than by sorting every match of the project in one statement (which held the server for
 * over half a second on a study of 2,000 transcripts). Matches are counted a batch of documents at
 * a time, giving way between batches; then only the documents holding the page are read, in order.
 *
 * Counts and page are separate statements: a segment coded meanwhile may be counted and not shown,
 * or shown and not counted, as if the list had been read a moment earlier or later.
 */
import { sql } from 'kysely';
import type { Store } from '../store.js';
import { segmentConditions, type SegmentFilter } from './segment-filter.js';
import { documentsOf } from './segment-stream.js';
import { inBatches, type BatchSizes } from './yield.js';

/** Documents per counting statement: some thousands of index entries, or more when the filter keeps few. */
const COUNT_BATCH: BatchSizes = { first: 50, most: 400 };

/** The keys of one page of matches in order (document sequence, start, end, id), and their total. */
export async function pageKeys(store: Store, projectId: string, f: SegmentFilter, page: { limit: number; offset: number }): Promise<{ total: number; ids: string[] }> {
  const docs = await documentsOf(store, projectId, f);
  const counts = new Map<string, number>();
  const batches = inBatches(docs.map((d) => d.id), COUNT_BATCH, (ids) => store.adapter.db.selectFrom('segment')
    .select(['segment.documentId', sql<number | string>`count(*)`.as('n')])
    .where('segment.documentId', 'in', ids)
    .where((eb) => eb.and(segmentConditions(eb, f, projectId, ids)))
    .groupBy('segment.documentId').execute());
  for await (const rows of batches) for (const r of rows) counts.set(r.documentId, Number(r.n));
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  // Documents sharing a sequence number are one run: their segments interleave by place.
  const runs: { sequence: number; ids: string[]; n: number }[] = [];
  for (const d of docs) {
    const n = counts.get(d.id) ?? 0;
    if (n === 0) continue;
    const last = runs.at(-1);
    if (last?.sequence === d.sequence) {
      last.ids.push(d.id);
      last.n += n;
    } else runs.push({ sequence: d.sequence, ids: [d.id], n });
  }
  // The runs holding the page: from the one where `offset` falls to the one that fills it.
  const held: string[] = [];
  let skip = page.offset;
  let covered = 0;
  for (const run of runs) {
    if (held.length === 0 && skip >= run.n) {
      skip -= run.n;
      continue;
    }
    held.push(...run.ids);
    covered += run.n;
    if (covered - skip >= page.limit) break;
  }
  if (held.length === 0 || page.limit === 0) return { total, ids: [] };
  const rows = await store.adapter.db.selectFrom('segment').innerJoin('document', 'document.id', 'segment.documentId')
    .select('segment.id')
    .where('segment.documentId', 'in', held)
    .where((eb) => eb.and(segmentConditions(eb, f, projectId, held)))
    .orderBy('document.sequence').orderBy('segment.start').orderBy('segment.end').orderBy('segment.id')
    .limit(page.limit).offset(skip).execute();
  return { total, ids: rows.map((r) => r.id) };
}
