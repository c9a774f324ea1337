/**
 * A project as a researcher reads it, with names in place of ids, so two projects (one exported
 * and imported again, say) can be compared field by field.
 */
import { mediaFileName } from '../../src/core/media.js';
import { listSets } from '../../src/store/queries/sets.js';
import type { Store } from '../../src/store/store.js';

/** The project as a researcher reads it, with names in place of ids. */
export async function projectSnapshot(store: Store, id: string) {
  const db = store.adapter.db;
  const codes = await db.selectFrom('code').select(['id', 'name', 'parentId', 'color', 'definition']).where('projectId', '=', id).execute();
  const codeName = new Map(codes.map((c) => [c.id, c.name]));
  const docs = await db.selectFrom('document').select(['id', 'name', 'kind', 'text', 'caseId', 'mediaKind', 'mediaPath', 'mime']).where('projectId', '=', id).orderBy('sequence').execute();
  const docName = new Map(docs.map((d) => [d.id, d.name]));
  const users = new Map((await db.selectFrom('user').select(['id', 'name']).execute()).map((u) => [u.id, u.name]));
  const codings = await db.selectFrom('coding').innerJoin('segment', 'segment.id', 'coding.segmentId')
    .select(['segment.documentId', 'segment.start', 'segment.end', 'segment.exact', 'coding.codeId', 'coding.coderId', 'segment.createdBy']).where('coding.projectId', '=', id).execute();
  const cases = await db.selectFrom('case').select(['id', 'label']).where('projectId', '=', id).execute();
  const caseName = new Map(cases.map((c) => [c.id, c.label]));
  const attributes = await db.selectFrom('attribute').innerJoin('case', 'case.id', 'attribute.caseId').select(['case.label', 'attribute.key', 'attribute.value', 'attribute.type']).where('case.projectId', '=', id).execute();
  const memos = await db.selectFrom('memo').select(['id', 'title', 'body', 'type']).where('projectId', '=', id).execute();
  const memoLinks = await db.selectFrom('memo_link').innerJoin('memo', 'memo.id', 'memo_link.memoId').select(['memo.title', 'memo_link.targetType', 'memo_link.targetId']).where('memo.projectId', '=', id).execute();
  const segText = new Map((await db.selectFrom('segment').select(['id', 'exact']).where('projectId', '=', id).execute()).map((s) => [s.id, s.exact]));
  const nameOf = (type: string, target: string) => (type === 'code' ? codeName.get(target) : type === 'document' ? docName.get(target) : type === 'case' ? caseName.get(target) : type === 'segment' ? segText.get(target) : memos.find((m) => m.id === target)?.title);
  const relations = await db.selectFrom('relation').innerJoin('relation_type', 'relation_type.id', 'relation.typeId')
    .select(['relation.id', 'relation_type.name as type', 'relation.sourceType', 'relation.sourceId', 'relation.targetType', 'relation.targetId', 'relation.memo']).where('relation.projectId', '=', id).execute();
  const evidence = await db.selectFrom('relation_evidence').innerJoin('relation', 'relation.id', 'relation_evidence.relationId').select(['relation_evidence.segmentId']).where('relation.projectId', '=', id).execute();
  const models = await db.selectFrom('model').select(['id', 'name']).where('projectId', '=', id).execute();
  const nodes = await db.selectFrom('model_node').innerJoin('model', 'model.id', 'model_node.modelId').select(['model.name', 'model_node.targetType', 'model_node.targetId', 'model_node.x', 'model_node.y', 'model_node.label', 'model_node.style']).where('model.projectId', '=', id).execute();
  const sort = <T>(xs: T[]) => xs.map((x) => JSON.stringify(x)).sort();
  return {
    codes: sort(codes.map((c) => ({ name: c.name, parent: c.parentId ? codeName.get(c.parentId) : null, color: c.color, definition: c.definition }))),
    documents: docs.map((d) => ({
      name: d.name, kind: d.kind, text: d.text, case: d.caseId ? caseName.get(d.caseId) : null,
      // The same file, whether the archive holds it (then the mime is its own) or it lies beside the archive.
      ...(d.mediaKind ? { media: d.mediaKind, mediaFile: d.mediaPath ? mediaFileName(d.mediaPath) : null, mime: d.mime } : {}),
    })),
    codings: sort(codings.map((c) => ({ doc: docName.get(c.documentId), start: c.start, end: c.end, exact: c.exact, code: codeName.get(c.codeId), coder: users.get(c.coderId), segmentBy: users.get(c.createdBy) }))),
    attributes: sort(attributes.map((a) => ({ case: a.label, key: a.key, value: a.value, type: a.type }))),
    memos: sort(memos.map((m) => ({ title: m.title, body: m.body, type: m.type }))),
    memoLinks: sort(memoLinks.map((l) => ({ memo: l.title, type: l.targetType, target: nameOf(l.targetType, l.targetId) }))),
    relations: sort(relations.map((r) => ({ type: r.type, from: nameOf(r.sourceType, r.sourceId), to: nameOf(r.targetType, r.targetId), memo: r.memo }))),
    evidence: sort(evidence.map((e) => segText.get(e.segmentId))),
    nodes: sort(nodes.map((n) => ({ model: n.name, type: n.targetType, target: n.targetType === 'frame' ? n.label : nameOf(n.targetType, n.targetId), x: Number(n.x), y: Number(n.y), ...(n.targetType === 'frame' ? { style: JSON.parse(n.style) } : {}) }))),
    models: sort(models.map((m) => m.name)),
    sets: sort((await listSets(store, id)).map((x) => ({ name: x.name, description: x.description, members: x.members.map((m) => `${m.type}:${m.name}`) }))),
  };
}

