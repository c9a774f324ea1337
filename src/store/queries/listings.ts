/** Lists of cases, documents and memos for the command line and, later, the web app. */
import type { Store } from '../store.js';

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
}

export async function listDocuments(store: Store, projectId: string): Promise<DocumentListing[]> {
  const db = store.adapter.db;
  const rows = await db.selectFrom('document').leftJoin('case', 'case.id', 'document.caseId')
    .select(['document.id', 'document.name', 'document.kind', 'case.label', 'document.sequence', 'document.length', 'document.format',
      'document.originalName', 'document.createdAt'])
    .select((eb) => [
      eb.selectFrom('turn').select(eb.fn.countAll<number>().as('n')).whereRef('turn.documentId', '=', 'document.id').as('turns'),
      eb.selectFrom('coding').innerJoin('segment', 'segment.id', 'coding.segmentId').select(eb.fn.countAll<number>().as('n'))
        .whereRef('segment.documentId', '=', 'document.id').as('codings'),
    ])
    .where('document.projectId', '=', projectId).orderBy('document.sequence').execute();
  return rows.map((r) => ({
    id: r.id, name: r.name, kind: r.kind, case: r.label ?? null, sequence: r.sequence, length: r.length, format: r.format,
    originalName: r.originalName, turns: Number(r.turns ?? 0), codings: Number(r.codings ?? 0), createdAt: r.createdAt,
  }));
}

export interface MemoListing { id: string; title: string; type: string; author: string; body: string; links: { type: string; id: string }[]; updatedAt: string }

export async function listMemos(store: Store, projectId: string): Promise<MemoListing[]> {
  const db = store.adapter.db;
  const memos = await db.selectFrom('memo').innerJoin('user', 'user.id', 'memo.authorId')
    .select(['memo.id', 'memo.title', 'memo.type', 'memo.body', 'memo.updatedAt', 'user.name as author'])
    .where('memo.projectId', '=', projectId).orderBy('memo.createdAt').execute();
  const links = await db.selectFrom('memo_link').innerJoin('memo', 'memo.id', 'memo_link.memoId')
    .select(['memo_link.memoId', 'memo_link.targetType', 'memo_link.targetId']).where('memo.projectId', '=', projectId).execute();
  return memos.map((m) => ({
    ...m, links: links.filter((l) => l.memoId === m.id).map((l) => ({ type: l.targetType, id: l.targetId })),
  }));
}
