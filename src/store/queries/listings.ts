/** Lists of cases, documents and memos for the command line and, later, the web app. */
import { sql } from 'kysely';
import { formatPath } from '../../core/names.js';
import type { MediaKind } from '../../core/records.js';
import type { MemoType } from '../../core/types.js';
import type { Store } from '../store.js';
import { pathsOf } from './codes.js';

export interface CaseListing { id: string; label: string; attributes: Record<string, string | number | boolean>; documents: number }

export async function listCases(store: Store, projectId: string): Promise<CaseListing[]> {
  const db = store.adapter.db;
  const cases = await db.selectFrom('case').selectAll().where('projectId', '=', projectId).orderBy('label').execute();
  const attrs = await db.selectFrom('attribute').innerJoin('case', 'case.id', 'attribute.caseId')
    .select(['attribute.caseId', 'attribute.key', 'attribute.value', 'attribute.type']).where('case.projectId', '=', projectId).execute();
  const docs = await db.selectFrom('document').select(['caseId', (eb) => eb.fn.countAll<number>().as('n')])
    .where('projectId', '=', projectId).groupBy('caseId').execute();
  const docCount = new Map(docs.map((d) => [d.caseId, Number(d.n)]));
  return cases.map((c) => ({
    id: c.id, label: c.label, documents: docCount.get(c.id) ?? 0,
    attributes: Object.fromEntries(attrs.filter((a) => a.caseId === c.id).map((a) => [a.key, typed(a.value, a.type)])),
  }));
}

function typed(value: string, type: string): string | number | boolean {
  if (type === 'number') return Number(value);
  if (type === 'boolean') return value.toLowerCase() === 'true';
  return value;
}

export interface DocumentListing {
  id: string; name: string; kind: string; case: string | null; sequence: number; length: number;
  format: string; originalName: string; turns: number; codings: number; createdAt: string;
  /** A recording or picture brought in from another program, with the path given for its file; null for texts. */
  media?: { kind: MediaKind; path: string | null } | null;
}

/** The project's documents; `coderId` counts only that coder's codings (blind coding). */
export async function listDocuments(store: Store, projectId: string, coderId?: string | null): Promise<DocumentListing[]> {
  const db = store.adapter.db;
  const rows = await db.selectFrom('document').leftJoin('case', 'case.id', 'document.caseId')
    .select(['document.id', 'document.name', 'document.kind', 'case.label', 'document.sequence', 'document.length', 'document.format',
      'document.originalName', 'document.createdAt', 'document.mediaKind', 'document.mediaPath'])
    .select((eb) => [
      // Turns are numbered from 0 in order at import: the last one's number gives the count in one index probe.
      eb.selectFrom('turn').select(sql<number>`idx + 1`.as('n')).whereRef('turn.documentId', '=', 'document.id')
        .orderBy('turn.start', 'desc').limit(1).as('turns'),
    ])
    // Kept by triggers (migration 012): counting the codings themselves walked every one of the project's.
    .leftJoin('document_total', 'document_total.documentId', 'document.id').select('document_total.codings')
    .where('document.projectId', '=', projectId).orderBy('document.sequence').execute();
  const own = coderId ? await codingsOf(store, projectId, coderId) : null;
  return rows.map((r) => ({
    id: r.id, name: r.name, kind: r.kind, case: r.label ?? null, sequence: r.sequence, length: r.length, format: r.format,
    originalName: r.originalName, turns: Number(r.turns ?? 0), codings: own ? (own.get(r.id) ?? 0) : Number(r.codings ?? 0), createdAt: r.createdAt,
    media: r.mediaKind ? { kind: r.mediaKind, path: r.mediaPath ?? null } : null,
  }));
}

/** One coder's codings per document. */
async function codingsOf(store: Store, projectId: string, coderId: string): Promise<Map<string, number>> {
  const rows = await store.adapter.db.selectFrom('coding').select(['documentId', (eb) => eb.fn.countAll<number>().as('n')])
    .where('projectId', '=', projectId).where('coderId', '=', coderId).groupBy('documentId').execute();
  return new Map(rows.map((r) => [r.documentId, Number(r.n)]));
}

/** What a memo is linked to, with a label a researcher can read (code path, document name, case label, segment's first words). */
export interface MemoLinkListing {
  type: string; id: string; linkId: string; label: string;
  /** For a segment: its document and where it starts, so it can be opened in place. */
  documentId?: string; start?: number;
}

export interface MemoListing {
  id: string; title: string; type: MemoType; author: string; body: string; links: MemoLinkListing[]; createdAt: string; updatedAt: string;
  /** The memo's edit counter: an edit names it, and is refused if someone saved in between. */
  version: number;
}

const FIRST_WORDS = 8;

/** The first words of a quote, marked as cut when there are more. */
export function firstWords(text: string, n = FIRST_WORDS): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  return words.length > n ? `${words.slice(0, n).join(' ')}…` : words.join(' ');
}

export async function listMemos(store: Store, projectId: string): Promise<MemoListing[]> {
  const db = store.adapter.db;
  const memos = await db.selectFrom('memo').innerJoin('user', 'user.id', 'memo.authorId')
    .select(['memo.id', 'memo.title', 'memo.type', 'memo.body', 'memo.createdAt', 'memo.updatedAt', 'memo.version', 'user.name as author'])
    .where('memo.projectId', '=', projectId).orderBy('memo.createdAt').execute();
  const links = await db.selectFrom('memo_link').innerJoin('memo', 'memo.id', 'memo_link.memoId')
    .select(['memo_link.id', 'memo_link.memoId', 'memo_link.targetType', 'memo_link.targetId']).where('memo.projectId', '=', projectId).execute();
  const label = await linkLabeller(store, projectId, links.map((l) => ({ type: l.targetType, id: l.targetId })), memos);
  return memos.map((m) => ({
    ...m,
    version: m.version ?? 1,
    links: links.filter((l) => l.memoId === m.id).map((l) => ({ linkId: l.id, ...label(l.targetType, l.targetId) })),
  }));
}

/** Labels for link targets, read with one query per kind of target rather than one per link. */
async function linkLabeller(store: Store, projectId: string, targets: { type: string; id: string }[], memos: { id: string; title: string }[]) {
  const db = store.adapter.db;
  const wanted = (type: string) => [...new Set(targets.filter((t) => t.type === type).map((t) => t.id))];
  const codes = wanted('code').length ? await db.selectFrom('code').select(['id', 'name', 'parentId']).where('projectId', '=', projectId).execute() : [];
  const codePaths = pathsOf(codes);
  const docIds = wanted('document');
  const docs = docIds.length ? await db.selectFrom('document').select(['id', 'name']).where('id', 'in', docIds).execute() : [];
  const caseIds = wanted('case');
  const cases = caseIds.length ? await db.selectFrom('case').select(['id', 'label']).where('id', 'in', caseIds).execute() : [];
  const segIds = wanted('segment');
  const segments = segIds.length
    ? await db.selectFrom('segment').select(['id', 'documentId', 'start', 'exact']).where('id', 'in', segIds).execute() : [];
  const names = new Map<string, string>([
    ...docs.map((d) => [`document:${d.id}`, d.name] as const),
    ...cases.map((c) => [`case:${c.id}`, c.label] as const),
    ...memos.map((m) => [`memo:${m.id}`, m.title] as const),
    ...[...codePaths].map(([id, path]) => [`code:${id}`, formatPath(path)] as const),
  ]);
  const segById = new Map(segments.map((s) => [s.id, s]));
  return (type: string, id: string): Omit<MemoLinkListing, 'linkId'> => {
    const seg = type === 'segment' ? segById.get(id) : undefined;
    if (seg) return { type, id, label: `“${firstWords(seg.exact)}”`, documentId: seg.documentId, start: seg.start };
    return { type, id, label: names.get(`${type}:${id}`) ?? `(deleted ${type})` };
  };
}
