/**
 * Relation types explained in plain words, so a researcher can build a paradigm model without
 * reading about Strauss & Corbin first. "This" is the relation's source, "that" its target.
 */
import type { ParadigmRole } from '../../../../src/core/relation-types.js';
import type { RelationTypeView } from './models-api.js';

const PARADIGM: Record<ParadigmRole, string> = {
  causal: 'this leads to that: it sets the phenomenon off',
  context: 'the setting in which that happens',
  intervening: 'this eases or hinders that, without causing it',
  strategy: 'what people do to handle that',
  consequence: 'this is what comes out of that',
};

const GENERAL: Record<string, string> = {
  'is associated with': 'the two go together, in no particular direction',
  'is part of': 'this is one piece of that',
  'is cause of': 'this brings that about',
  contradicts: 'the two pull against each other',
  'is a': 'this is a kind of that',
  'is property of': 'this describes a quality of that',
};

/** What choosing the type means, or '' for a project's own type that says nothing more than its name. */
export function explain(type: Pick<RelationTypeView, 'name' | 'paradigm' | 'symmetric'>): string {
  if (type.paradigm) return PARADIGM[type.paradigm];
  return GENERAL[type.name] ?? (type.symmetric ? 'works both ways' : '');
}

export interface TypeGroup { title: string; about: string; types: RelationTypeView[] }

/** The paradigm model's roles first (they drive the paradigm layout), then every other type, each in the project's order. */
export function groupTypes(types: readonly RelationTypeView[]): TypeGroup[] {
  const paradigm = types.filter((t) => t.paradigm !== null);
  const general = types.filter((t) => t.paradigm === null);
  return [
    { title: 'Paradigm model', about: 'Conditions → phenomenon → strategies → consequences; the paradigm layout reads these.', types: paradigm },
    { title: 'General', about: 'Any other link between two codes.', types: general },
  ].filter((g) => g.types.length > 0);
}
