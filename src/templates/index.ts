/** Built-in study templates, by id. */
import { mom } from './mom.js';
import type { StudyTemplate } from './types.js';

export type { FrequencyRanges, StudyTemplate, TemplateCode, TemplateMemo, TemplateModel, TemplateModelNode, TemplateRelation } from './types.js';
export { mom } from './mom.js';

/** Every template shipped with Sparks, keyed by its `id`. */
export const TEMPLATES: Record<string, StudyTemplate> = { [mom.id]: mom };

/** The template with this id, or `undefined` when there is none. */
export function getTemplate(id: string): StudyTemplate | undefined {
  return Object.hasOwn(TEMPLATES, id) ? TEMPLATES[id] : undefined;
}
