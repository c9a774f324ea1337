/**
 * What the objects at the ends of relations and on models are called, as a researcher reads them:
 * a code by its path (its name on a diagram), a memo by its title, a segment by its quote. Also
 * which segments a blind reader may see: only those holding one of their own codings, since a
 * quote someone else coded would show where they coded.
 */
import { formatPath } from '../../core/names.js';
import type { RelationEnd } from '../../core/records.js';
import type { Store } from '../store.js';
import { pathsOf } from './codes.js';

/** How long a segment's quote may grow on a diagram or in a list before it is cut. */
export const QUOTE_LENGTH = 80;

/** Ids per `in (…)` list: far below either database's limit on parameters. */
const ID_BATCH = 500;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** A quote on one line, cut on a grapheme boundary (no emoji split) with an ellipsis when longer than `max`. */
export function shortQuote(text: string, max = QUOTE_LENGTH): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= max) return line;
  let end = 0;
  for (const g of graphemes.segment(line)) {
    if (g.index + g.segment.length > max - 1) break;
    end = g.index + g.segment.length;
  }
  return `${line.slice(0, end).trimEnd()}…`;
}

export interface CodeEnd { path: string; name: string; color: string | null }
export interface SegmentEnd { exact: string; document: string; documentId: string; start: number }

/** The readable ends of a project's relations and model nodes, looked up by id. */
export interface Ends {
  codes: ReadonlyMap<string, CodeEnd>;
  memos: ReadonlyMap<string, string>;
  /** Only the segments the reader may see. */
  segments: ReadonlyMap<string, SegmentEnd>;
}

/** Which ids of each kind are wanted. */
export type EndIds = Record<RelationEnd, Iterable<string>>;

async function inBatches<T>(ids: readonly string[], read: (batch: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += ID_BATCH) out.push(...await read(ids.slice(i, i + ID_BATCH)));
  return out;
}

/**
 * Every code of the project, and the memos and segments asked for; with `onlyCoderId` (blind
 * coding) the segments without a coding of theirs are left out.
 */
export async function readEnds(store: Store, projectId: string, want: Omit<EndIds, 'code'>, onlyCoderId?: string | null): Promise<Ends> {
  const db = store.adapter.db;
  const codes = await db.selectFrom('code').select(['id', 'name', 'parentId', 'color']).where('projectId', '=', projectId).execute();
  const paths = pathsOf(codes);
  const memoIds = [...new Set(want.memo)];
  const memos = await inBatches(memoIds, (ids) => db.selectFrom('memo').select(['id', 'title'])
    .where('projectId', '=', projectId).where('id', 'in', ids).execute());
  const segmentIds = [...new Set(want.segment)];
  const segments = await inBatches(segmentIds, (ids) => {
    let q = db.selectFrom('segment').innerJoin('document', 'document.id', 'segment.documentId')
      .select(['segment.id', 'segment.exact', 'segment.start', 'segment.documentId', 'document.name as document'])
      .where('segment.projectId', '=', projectId).where('segment.id', 'in', ids);
    if (onlyCoderId) {
      q = q.where(({ exists, selectFrom }) => exists(selectFrom('coding').select('coding.id')
        .whereRef('coding.segmentId', '=', 'segment.id').where('coding.coderId', '=', onlyCoderId)));
    }
    return q.execute();
  });
  return {
    codes: new Map(codes.map((c) => [c.id, { path: formatPath(paths.get(c.id)!), name: c.name, color: c.color }])),
    memos: new Map(memos.map((m) => [m.id, m.title])),
    segments: new Map(segments.map((s) => [s.id, { exact: s.exact, document: s.document, documentId: s.documentId, start: Number(s.start) }])),
  };
}

/** An end's full label (a code's path, a memo's title, a segment's short quote), or null when it is unseen or gone. */
export function endLabel(ends: Ends, type: RelationEnd, id: string): string | null {
  switch (type) {
    case 'code': return ends.codes.get(id)?.path ?? null;
    case 'memo': return ends.memos.get(id) ?? null;
    case 'segment': {
      const s = ends.segments.get(id);
      return s ? shortQuote(s.exact) : null;
    }
  }
}
