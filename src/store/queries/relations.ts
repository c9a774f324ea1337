/** The relations of a project as the relations view, the models and the methods appendix read them. */
import type { RelationsResponse, RelationTypeView, RelationView } from '../../contract/models.js';
import type { ParadigmRole } from '../../core/relation-types.js';
import type { Store } from '../store.js';
import type { Reader } from './access.js';
import { endLabel, readEnds } from './relation-ends.js';

/** Every relation type in position order, with how many relations use it. */
export async function relationTypesOf(store: Store, projectId: string): Promise<RelationTypeView[]> {
  const db = store.adapter.db;
  const types = await db.selectFrom('relation_type').selectAll().where('projectId', '=', projectId).orderBy('position').orderBy('name').execute();
  const uses = await db.selectFrom('relation').select(['typeId', (eb) => eb.fn.countAll<number>().as('n')])
    .where('projectId', '=', projectId).groupBy('typeId').execute();
  const count = new Map(uses.map((u) => [u.typeId, Number(u.n)]));
  return types.map((t) => ({
    id: t.id, name: t.name, label: t.label, symmetric: t.symmetric === 1, paradigm: t.paradigm as ParadigmRole | null, uses: count.get(t.id) ?? 0,
  }));
}

/**
 * The project's relations in the order they were made, each end named, with its evidence. During
 * blind coding (`reader.onlyCoderId`) a segment without one of the reader's codings is not shown:
 * neither as evidence nor as an end, so a relation with such an end is left out.
 */
export async function relationViewsOf(store: Store, projectId: string, types: readonly RelationTypeView[], reader?: Pick<Reader, 'onlyCoderId'>): Promise<RelationView[]> {
  const db = store.adapter.db;
  const rows = await db.selectFrom('relation').leftJoin('user', 'user.id', 'relation.createdBy')
    .selectAll('relation').select('user.name as author')
    .where('relation.projectId', '=', projectId).orderBy('relation.createdAt').orderBy('relation.id').execute();
  if (rows.length === 0) return [];
  const evidence = await db.selectFrom('relation_evidence')
    .innerJoin('relation', 'relation.id', 'relation_evidence.relationId')
    .innerJoin('segment', 'segment.id', 'relation_evidence.segmentId')
    .innerJoin('document', 'document.id', 'segment.documentId')
    .select(['relation_evidence.relationId', 'relation_evidence.segmentId'])
    .where('relation.projectId', '=', projectId)
    .orderBy('document.sequence').orderBy('document.name').orderBy('segment.start').execute();
  const ends = await readEnds(store, projectId, {
    memo: rows.flatMap((r) => [r.sourceType === 'memo' ? r.sourceId : null, r.targetType === 'memo' ? r.targetId : null].filter((x): x is string => x !== null)),
    segment: [
      ...rows.flatMap((r) => [r.sourceType === 'segment' ? r.sourceId : null, r.targetType === 'segment' ? r.targetId : null].filter((x): x is string => x !== null)),
      ...evidence.map((e) => e.segmentId),
    ],
  }, reader?.onlyCoderId);
  const cited = new Map<string, RelationView['evidence']>();
  for (const e of evidence) {
    const s = ends.segments.get(e.segmentId);
    if (!s) continue;
    const list = cited.get(e.relationId) ?? [];
    list.push({ segmentId: e.segmentId, document: s.document, text: s.exact });
    cited.set(e.relationId, list);
  }
  const typeById = new Map(types.map((t) => [t.id, t]));
  const out: RelationView[] = [];
  for (const r of rows) {
    const type = typeById.get(r.typeId);
    const source = endLabel(ends, r.sourceType, r.sourceId);
    const target = endLabel(ends, r.targetType, r.targetId);
    if (!type || source === null || target === null) continue;
    out.push({
      id: r.id, typeId: r.typeId, type: type.name, label: type.label, symmetric: type.symmetric,
      source: { type: r.sourceType, id: r.sourceId, label: source }, target: { type: r.targetType, id: r.targetId, label: target },
      memo: r.memo, evidence: cited.get(r.id) ?? [], createdBy: r.author ?? '', createdAt: r.createdAt, version: r.version ?? 1,
    });
  }
  return out;
}

/** Every relation type and every relation the reader may see. */
export async function relationsOf(store: Store, projectId: string, reader?: Pick<Reader, 'onlyCoderId'>): Promise<RelationsResponse> {
  const types = await relationTypesOf(store, projectId);
  return { types, relations: await relationViewsOf(store, projectId, types, reader) };
}
