/**
 * The relation types every project starts with: the general ones researchers know from ATLAS.ti's
 * network editor, and the roles of Strauss & Corbin's paradigm model for axial coding. A project
 * may add its own; these may be renamed or removed like any other.
 */
import type { RelationTypeRecord } from './records.js';

/**
 * Where a relation's source sits in the paradigm model, relative to the phenomenon it points at.
 * The paradigm layout reads these to place nodes in the columns conditions → phenomenon →
 * strategies → consequences.
 */
export const PARADIGM_ROLES = ['causal', 'context', 'intervening', 'strategy', 'consequence'] as const;
export type ParadigmRole = (typeof PARADIGM_ROLES)[number];

export interface RelationTypeSeed { name: string; label: string; symmetric: boolean; paradigm: ParadigmRole | null }

export const DEFAULT_RELATION_TYPES: readonly RelationTypeSeed[] = [
  { name: 'is associated with', label: '== is associated with', symmetric: true, paradigm: null },
  { name: 'is part of', label: '[] is part of', symmetric: false, paradigm: null },
  { name: 'is cause of', label: '=> is cause of', symmetric: false, paradigm: null },
  { name: 'contradicts', label: '<> contradicts', symmetric: true, paradigm: null },
  { name: 'is a', label: 'isa', symmetric: false, paradigm: null },
  { name: 'is property of', label: '*} is property of', symmetric: false, paradigm: null },
  { name: 'causal condition of', label: 'causal condition of', symmetric: false, paradigm: 'causal' },
  { name: 'context of', label: 'context of', symmetric: false, paradigm: 'context' },
  { name: 'intervening condition of', label: 'intervening condition of', symmetric: false, paradigm: 'intervening' },
  { name: 'strategy for', label: 'strategy for', symmetric: false, paradigm: 'strategy' },
  { name: 'consequence of', label: 'consequence of', symmetric: false, paradigm: 'consequence' },
];

/** The default types as rows of a project. */
export function seedRelationTypes(projectId: string, newId: () => string, now: string): RelationTypeRecord[] {
  return DEFAULT_RELATION_TYPES.map((t, position) => ({
    id: newId(), projectId, name: t.name, label: t.label, symmetric: t.symmetric ? 1 : 0, paradigm: t.paradigm, position, createdAt: now,
  }));
}
