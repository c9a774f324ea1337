/**
 * The relations and models API. Changes go through the command endpoint (`relation.add`,
 * `model.place`…); these are the reads. The web app imports the types only.
 *
 *   GET /api/projects/:projectId/relations            every relation type and relation
 *   GET /api/projects/:projectId/relations.csv|.md    the relations table for a methods appendix
 *   GET /api/projects/:projectId/models               the models, with their node counts
 *   GET /api/projects/:projectId/models/:modelId      one model: nodes with counts, relations between them
 *   GET /api/projects/:projectId/models/:modelId.svg  the model as a self-contained SVG figure
 */
import { z } from 'zod';
import type { ParadigmRole } from '../core/relation-types.js';
import type { FrequencyLabel } from '../analysis/index.js';

export type RelationEndType = 'code' | 'segment' | 'memo';

export interface RelationTypeView {
  id: string; name: string; label: string; symmetric: boolean; paradigm: ParadigmRole | null;
  /** Relations of this type in the project. */
  uses: number;
}

/** One end of a relation, as a researcher reads it: a code's path, a memo's title, a segment's quote. */
export interface RelationEndView { type: RelationEndType; id: string; label: string }

export interface RelationView {
  id: string; typeId: string; type: string; label: string; symmetric: boolean;
  source: RelationEndView; target: RelationEndView;
  memo: string; evidence: { segmentId: string; document: string; text: string }[];
  createdBy: string; createdAt: string; version: number;
}

export interface RelationsResponse { types: RelationTypeView[]; relations: RelationView[] }

export interface ModelSummary { id: string; name: string; layout: 'free' | 'paradigm'; description: string; nodes: number; version: number }

/** A node's look. `height` is a frame's only: other boxes are as tall as their text. */
export interface NodeStyle { color?: string; width?: number; height?: number; shape?: 'box' | 'rounded' | 'ellipse' }

/**
 * What a model node shows: a code, a memo or a segment of the project, or a frame. A frame is
 * the model's own: a titled box drawn behind the nodes to group them ("Conditions of the
 * therapist"); what lies inside it is read from where things are, not stored. A frame is never
 * the end of a relation.
 */
export type ModelNodeType = RelationEndType | 'frame';

/** A node with what the diagram shows on it; counts only for codes (null otherwise). */
export interface ModelNodeView {
  /** For a frame, `targetId` is the node's own id and `label` its title (may be empty). */
  id: string; type: ModelNodeType; targetId: string; label: string; x: number; y: number; style: NodeStyle;
  /** A code's colour when the node sets none. */
  color: string | null;
  counts: { codings: number; cases: number; label: FrequencyLabel | null } | null;
  /** A segment's place, so the editor can open it in its document; null for other nodes. */
  place: { documentId: string; document: string; start: number } | null;
}

export interface ModelView {
  model: ModelSummary;
  nodes: ModelNodeView[];
  /** The project's relations whose both ends are nodes of this model. */
  relations: RelationView[];
  types: RelationTypeView[];
}

export const modelParams = z.object({ projectId: z.string(), modelId: z.string() });

/** `?evidence=quotes` fills the relations table's Evidence column with the cited quotes instead of their number. */
export const relationsTableQuery = z.object({ evidence: z.enum(['count', 'quotes']).default('count') });
