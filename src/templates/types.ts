/**
 * Shapes of a built-in study template: a codebook (a tree of categories and their properties),
 * starter memos, the attributes recorded for each case (participant), optionally the frequency
 * ranges a study uses for consensual-qualitative-research labels, and the relations and models
 * of its conceptual model (axial coding).
 *
 * Templates are plain data shipped with the code; applying one to a project turns it into
 * ordinary codes, memos, relations, models and case-attribute definitions through the core commands.
 */

/** One node of a template codebook: a category at the top level, a property below it. */
export interface TemplateCode {
  /** The code's name, unique among its siblings. */
  name: string;
  /** What the code means, in one or two sentences. */
  definition: string;
  /** Display colour as `#RRGGBB`. */
  color?: string;
  /** Free key/value facts about the code, such as its number or owner in the source table. */
  attributes?: Record<string, string>;
  /** Sub-codes (properties of a category). */
  children?: TemplateCode[];
}

/** A memo created when the template is applied. */
export interface TemplateMemo {
  title: string;
  /** Markdown. */
  body: string;
  type: 'reflexive' | 'theoretical' | 'methodological' | 'code-definition' | 'free';
  /** Code paths the memo is linked to, e.g. `'Enabling conditions'` or `'Main effects/Relief'`. */
  links?: string[];
}

/** A typed link between two of the template's codes, named by path, e.g. `'Main effects'`. */
export interface TemplateRelation {
  from: string;
  /** A relation type's name, such as `'causal condition of'` (see `core/relation-types.ts`). */
  type: string;
  to: string;
  /** Why the link holds, in a sentence or two. */
  memo?: string;
}

/** A code placed on a template model, with the top-left corner of its box. */
export interface TemplateModelNode {
  /** The code's path. */
  code: string;
  x: number;
  y: number;
  /** A fixed box width, so boxes line up in a column whatever their counts. */
  width?: number;
}

/** A named diagram of template codes; it shows the relations between its nodes. */
export interface TemplateModel {
  name: string;
  layout: 'free' | 'paradigm';
  description: string;
  nodes: TemplateModelNode[];
  /** Titled boxes drawn behind the nodes to group them, with their top-left corner and size. */
  frames?: { title: string; x: number; y: number; width: number; height: number }[];
  /**
   * A figure laid out when the template is applied, as boxes can only be measured then: columns
   * left to right, each a frame stacking its codes and smaller groups top to bottom.
   */
  columns?: TemplateGroup[];
}

/** A titled group of a template figure: codes (by path) and smaller groups, top to bottom. */
export interface TemplateGroup {
  title: string;
  items: (string | TemplateGroup)[];
}

/**
 * Inclusive case-count ranges for the frequency labels of consensual qualitative research
 * (general / typical / variant), as a study defines them for its own number of cases.
 */
export interface FrequencyRanges {
  general: [number, number];
  typical: [number, number];
  variant: [number, number];
}

/** A complete built-in study template. */
export interface StudyTemplate {
  /** Stable identifier used on the command line (`sparks template apply PROJECT <id>`). */
  id: string;
  name: string;
  description: string;
  /** Top-level categories, in display order, each with its properties as children. */
  codes: TemplateCode[];
  memos: TemplateMemo[];
  /** Attributes recorded for every case (participant). */
  caseAttributes: { key: string; type: 'text' | 'number'; description: string }[];
  /** The study's own case-count ranges for frequency labels, when it states them. */
  frequencyRanges?: FrequencyRanges;
  /** Relations between the template's codes, created after the codes. */
  relations?: TemplateRelation[];
  /** Models drawing those codes and relations. */
  models?: TemplateModel[];
}
