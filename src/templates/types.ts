/**
 * Shapes of a built-in study template: a codebook (a tree of categories and their properties),
 * starter memos, the attributes recorded for each case (participant) and, optionally, the
 * frequency ranges a study uses for consensual-qualitative-research labels.
 *
 * Templates are plain data shipped with the code; applying one to a project turns it into
 * ordinary codes, memos and case-attribute definitions through the core commands.
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
}
