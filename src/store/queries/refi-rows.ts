/** The rows of one project that a REFI-QDA export writes, read in one pass, in a stable order. */
import type {
  AttributeRecord, CaseRecord, ObjectSetMemberRecord, ObjectSetRecord, CodeRecord, CodingRecord, DocumentRecord, MemoLinkRecord, MemoRecord, ModelNodeRecord, ModelRecord,
  ProjectRecord, RelationEvidenceRecord, RelationRecord, RelationTypeRecord, SegmentRecord, TurnRecord,
} from '../../core/records.js';
import type { Store } from '../store.js';

export interface RefiRows {
  project: ProjectRecord;
  users: { id: string; name: string }[];
  codes: CodeRecord[];
  cases: CaseRecord[];
  attributes: AttributeRecord[];
  documents: Omit<DocumentRecord, 'original'>[];
  segments: SegmentRecord[];
  codings: CodingRecord[];
  memos: MemoRecord[];
  memoLinks: MemoLinkRecord[];
  relationTypes: RelationTypeRecord[];
  relations: RelationRecord[];
  evidence: RelationEvidenceRecord[];
  models: ModelRecord[];
  modelNodes: ModelNodeRecord[];
  sets: ObjectSetRecord[];
  setMembers: ObjectSetMemberRecord[];
  /** The original Word files of documents imported from one, by document id: other programs keep their formatting. */
  wordOriginals: Map<string, { name: string; bytes: Uint8Array }>;
  /** The recordings and pictures themselves, by document id, for documents that came with their media file. */
  mediaFiles: Map<string, { name: string; bytes: Uint8Array }>;
  /** The speaker turns of recordings' transcripts that carry times, in order. */
  timedTurns: TurnRecord[];
}

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
/** Originals that are a text, not the recording or picture a media document stands for. */
const TEXT_MIMES = new Set([DOCX_MIME, 'text/plain', 'application/pdf', 'application/rtf']);

export async function readRefiRows(store: Store, projectId: string): Promise<RefiRows> {
  const db = store.adapter.db;
  const project = await db.selectFrom('project').selectAll().where('id', '=', projectId).executeTakeFirstOrThrow();
  const codings = await db.selectFrom('coding').selectAll().where('projectId', '=', projectId).orderBy('createdAt').orderBy('id').execute();
  const segments = await db.selectFrom('segment').selectAll().where('projectId', '=', projectId).orderBy('documentId').orderBy('start').orderBy('end').orderBy('id').execute();
  const memos = await db.selectFrom('memo').selectAll().where('projectId', '=', projectId).orderBy('createdAt').orderBy('id').execute();
  // Members, and anyone who coded, wrote or created something here (a member who left is still its author).
  const userIds = new Set<string>([
    ...(await db.selectFrom('membership').select('userId').where('projectId', '=', projectId).execute()).map((m) => m.userId),
    ...codings.map((c) => c.coderId), ...segments.map((s) => s.createdBy), ...memos.map((m) => m.authorId),
  ]);
  const users = userIds.size ? await db.selectFrom('user').select(['id', 'name']).where('id', 'in', [...userIds]).orderBy('name').execute() : [];
  const cases = await db.selectFrom('case').selectAll().where('projectId', '=', projectId).orderBy('label').execute();
  const attributes = cases.length
    ? await db.selectFrom('attribute').innerJoin('case', 'case.id', 'attribute.caseId').selectAll('attribute')
      .where('case.projectId', '=', projectId).orderBy('attribute.key').execute()
    : [];
  const documents = await db.selectFrom('document')
    .select(['id', 'projectId', 'name', 'kind', 'caseId', 'sequence', 'text', 'length', 'originalName', 'mime', 'format', 'contentHash', 'createdBy', 'createdAt', 'mediaKind', 'mediaPath'])
    .where('projectId', '=', projectId).orderBy('sequence').execute();
  const memoLinks = await db.selectFrom('memo_link').innerJoin('memo', 'memo.id', 'memo_link.memoId').selectAll('memo_link')
    .where('memo.projectId', '=', projectId).orderBy('memo_link.id').execute();
  const relations = await db.selectFrom('relation').selectAll().where('projectId', '=', projectId).orderBy('createdAt').orderBy('id').execute();
  const evidence = await db.selectFrom('relation_evidence').innerJoin('relation', 'relation.id', 'relation_evidence.relationId').selectAll('relation_evidence')
    .where('relation.projectId', '=', projectId).orderBy('relation_evidence.id').execute();
  const models = await db.selectFrom('model').selectAll().where('projectId', '=', projectId).orderBy('name').execute();
  const modelNodes = await db.selectFrom('model_node').innerJoin('model', 'model.id', 'model_node.modelId').selectAll('model_node')
    .where('model.projectId', '=', projectId).orderBy('model_node.id').execute();
  const sets = await db.selectFrom('object_set').selectAll().where('projectId', '=', projectId).orderBy('name').execute();
  const setMembers = sets.length
    ? await db.selectFrom('object_set_member').innerJoin('object_set', 'object_set.id', 'object_set_member.setId').selectAll('object_set_member')
      .where('object_set.projectId', '=', projectId).orderBy('object_set_member.id').execute()
    : [];
  const word = await db.selectFrom('document').select(['id', 'originalName', 'original']).where('projectId', '=', projectId).where('mime', '=', DOCX_MIME).execute();
  const media = await db.selectFrom('document').select(['id', 'originalName', 'original', 'mime']).where('projectId', '=', projectId).where('mediaKind', 'is not', null).execute();
  const timedTurns = media.length
    ? await db.selectFrom('turn').selectAll().where('documentId', 'in', media.map((d) => d.id)).where('startMs', 'is not', null).orderBy('documentId').orderBy('start').execute()
    : [];
  return {
    timedTurns,
    wordOriginals: new Map(word.map((d) => [d.id, { name: d.originalName, bytes: new Uint8Array(d.original) }])),
    mediaFiles: new Map(media.filter((d) => !TEXT_MIMES.has(d.mime)).map((d) => [d.id, { name: d.originalName, bytes: new Uint8Array(d.original) }])),
    sets, setMembers, project, users, cases, attributes, documents, segments, codings, memos, memoLinks, relations, evidence, models,
    codes: await db.selectFrom('code').selectAll().where('projectId', '=', projectId).orderBy('position').orderBy('name').execute(),
    relationTypes: await db.selectFrom('relation_type').selectAll().where('projectId', '=', projectId).orderBy('position').execute(),
    modelNodes: modelNodes.map((n) => ({ ...n, x: Number(n.x), y: Number(n.y) })),
  };
}
