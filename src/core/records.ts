/**
 * The stored shape of each kind of project object, as core commands read and write them.
 * Booleans are 0/1 and JSON is text so the same rows fit SQLite and PostgreSQL.
 */
import type { DocumentKind, MemoType, Role } from './types.js';

export interface ProjectRecord { id: string; name: string; settings: string; createdAt: string }
export interface UserRecord {
  id: string; name: string; email: string | null; passwordHash: string | null;
  isAdmin: number; isLocalOwner: number; createdAt: string;
}
export interface MembershipRecord { id: string; projectId: string; userId: string; role: Role }
export interface CaseRecord { id: string; projectId: string; label: string; createdAt: string }
export interface AttributeRecord { id: string; caseId: string; key: string; value: string; type: AttributeType }
export type AttributeType = 'text' | 'number' | 'date' | 'boolean';
export interface DocumentRecord {
  id: string; projectId: string; name: string; kind: DocumentKind; caseId: string | null;
  sequence: number; text: string; length: number; original: Uint8Array; originalName: string;
  mime: string; format: string; contentHash: string; createdBy: string; createdAt: string;
  /** For a recording or picture brought in from another program (migration 024): what it is and the path given for it. */
  mediaKind?: MediaKind | null; mediaPath?: string | null;
}
export type MediaKind = 'audio' | 'video' | 'picture';
/** A document as commands read it: what anchoring a coding needs, without the original file. */
export type DocumentText = Pick<DocumentRecord, 'id' | 'projectId' | 'name' | 'kind' | 'caseId' | 'sequence' | 'text' | 'length'>;
export interface TurnRecord {
  id: string; documentId: string; idx: number; start: number; end: number; speaker: string;
  startMs: number | null; endMs: number | null;
}
export interface CodeRecord {
  id: string; projectId: string; parentId: string | null; name: string; definition: string;
  color: string | null; inVivo: number; attributes: string; position: number;
  createdBy: string; createdAt: string;
  /** Counts the code's edits (migration 016), so a stale edit is refused rather than silently applied. */
  version?: number;
}
export interface SegmentRecord {
  id: string; projectId: string; documentId: string; start: number; end: number;
  exact: string; prefix: string; suffix: string; createdBy: string; createdAt: string; orphaned: number;
}
export interface CodingRecord {
  /** `documentId` repeats the segment's document, so counts per document and case need no join. */
  id: string; projectId: string; segmentId: string; documentId: string; codeId: string; coderId: string; createdAt: string;
  /** 1 when a coder chose this coding's text as an example quote of its code (migration 014). */
  exemplar?: number;
}
export interface MemoRecord {
  id: string; projectId: string; title: string; body: string; type: MemoType;
  authorId: string; createdAt: string; updatedAt: string;
  /** Counts the memo's edits (migration 016), so a stale save is refused rather than silently applied. */
  version?: number;
}
/** A document given to a coder to code (migration 019); a document with none is open to every coder. */
export interface AssignmentRecord { id: string; projectId: string; documentId: string; userId: string }
export interface MemoLinkRecord { id: string; memoId: string; targetType: LinkTarget; targetId: string }
export type LinkTarget = 'code' | 'document' | 'case' | 'segment' | 'memo';

/** A place of a document the team, comparing coders, agreed to leave uncoded (migration 021). */
export interface DismissedPlaceRecord { id: string; projectId: string; documentId: string; start: number; end: number; createdBy: string; createdAt: string }

/** What a relation links and a model shows: codes (categories too), segments and memos. */
export type RelationEnd = 'code' | 'segment' | 'memo';
/** A kind of link between two objects (migration 020): "is cause of", "context of"… */
export interface RelationTypeRecord {
  id: string; projectId: string; name: string;
  /** The short form drawn on a diagram's arrow, e.g. "=> is cause of". */
  label: string;
  /** 1 when the link reads the same both ways ("contradicts"). */
  symmetric: number;
  /** The paradigm-model role of the relation's source, or null; see `core/relation-types.ts`. */
  paradigm: string | null;
  position: number; createdAt: string;
}
/** A typed link between two objects, with a note on why (axial coding). */
export interface RelationRecord {
  id: string; projectId: string; typeId: string;
  sourceType: RelationEnd; sourceId: string; targetType: RelationEnd; targetId: string;
  memo: string; createdBy: string; createdAt: string;
  version?: number;
}
/** A segment cited as evidence of a relation. */
export interface RelationEvidenceRecord { id: string; relationId: string; segmentId: string }
/** A named diagram; the relations it shows are those between its nodes. */
export interface ModelRecord {
  id: string; projectId: string; name: string;
  /** 'free' keeps the positions as placed; 'paradigm' lays the nodes out by their paradigm roles. */
  layout: ModelLayout;
  description: string; createdBy: string; createdAt: string;
  version?: number;
}
export type ModelLayout = 'free' | 'paradigm';
/** A node of a model: an object of the project, or a frame (`targetType` 'frame', `targetId` its own id, `label` its title). */
export interface ModelNodeRecord {
  id: string; modelId: string; targetType: RelationEnd | 'frame'; targetId: string; x: number; y: number; style: string; label: string;
}

/** Every kind of project object a command may touch, by its table. */
/** A named group of codes, documents or memos (migration 023), as other programs' sets and groups. */
export interface ObjectSetRecord { id: string; projectId: string; name: string; description: string; createdAt: string }
export interface ObjectSetMemberRecord { id: string; setId: string; targetType: 'code' | 'document' | 'memo'; targetId: string }

export interface Records {
  project: ProjectRecord;
  user: UserRecord;
  membership: MembershipRecord;
  case: CaseRecord;
  attribute: AttributeRecord;
  document: DocumentRecord;
  turn: TurnRecord;
  code: CodeRecord;
  segment: SegmentRecord;
  coding: CodingRecord;
  memo: MemoRecord;
  memo_link: MemoLinkRecord;
  assignment: AssignmentRecord;
  relation_type: RelationTypeRecord;
  relation: RelationRecord;
  relation_evidence: RelationEvidenceRecord;
  model: ModelRecord;
  model_node: ModelNodeRecord;
  dismissed_place: DismissedPlaceRecord;
  object_set: ObjectSetRecord;
  object_set_member: ObjectSetMemberRecord;
}
export type Kind = keyof Records;

/** Parents before children: inserts go in this order, removals in reverse. */
export const KIND_ORDER: readonly Kind[] = [
  'user', 'project', 'membership', 'case', 'attribute', 'document', 'turn',
  'code', 'segment', 'coding', 'memo', 'memo_link', 'assignment',
  'relation_type', 'relation', 'relation_evidence', 'model', 'model_node', 'dismissed_place',
  'object_set', 'object_set_member',
];
