/**
 * The study's reports as data: the paper's Table I (one row per top-level category with its
 * numbered properties, definition, example quotes and frequency label) and the codebook (every code
 * with definition, counts and cases). Writers in `formats/report` turn these into files; the
 * choice of example quotes when none is marked is made here.
 */
import { formatRange, type FrequencyLabel, type FrequencyRanges } from './frequency.js';

/** A property (sub-code) as Table I lists it: "4. Personal features (T and P)". */
export interface ReportProperty {
  /** The number shown before the name: the code's `number` attribute, else its place among its siblings. */
  number: string;
  name: string;
  /** Who the property belongs to, from the code's `owner` attribute (e.g. "T and P"), else null. */
  owner: string | null;
  definition: string;
}

/** An example quote: a coded segment's text and the participant it comes from. */
export interface ReportQuote {
  text: string;
  /** The case label, such as "T7"; null for a document without a case. */
  participant: string | null;
  document: string;
  /** Marked as an exemplar by a coder (true), or chosen as the most typical (false). */
  exemplar: boolean;
}

export interface ReportFrequency { cases: number; n: number; label: FrequencyLabel | null }

export interface TableReportRow {
  category: string;
  definition: string;
  properties: ReportProperty[];
  quotes: ReportQuote[];
  frequency: ReportFrequency;
}

/** The ranges used for the labels, as the table's note states them. */
export interface ReportRanges { ranges: FrequencyRanges; source: 'project' | 'hill' }

export interface TableReport {
  project: string;
  /** ISO time the report was made. */
  generatedAt: string;
  /** Cases counted (N). */
  n: number;
  ranges: ReportRanges;
  rows: TableReportRow[];
}

export interface CodebookEntry {
  path: string;
  name: string;
  /** 0 for a category, 1 for its properties, and so on. */
  depth: number;
  number: string | null;
  owner: string | null;
  definition: string;
  color: string | null;
  /** Codings of the code itself and of every code below it. */
  codings: number;
  frequency: ReportFrequency;
}

export interface CodebookReport {
  project: string;
  generatedAt: string;
  n: number;
  ranges: ReportRanges;
  codes: CodebookEntry[];
}

/** A coded segment that could illustrate a category, with what makes it typical. */
export interface QuoteCandidate {
  segmentId: string;
  text: string;
  participant: string | null;
  document: string;
  exemplar: boolean;
  /** Distinct codes of the category (itself or below) applied to the segment. */
  codes: number;
  /** Distinct coders who coded the segment with the category or below. */
  coders: number;
}

/** Quotes shorter than this say too little to illustrate a category; longer ones are cut. */
export const QUOTE_MIN = 40;
export const QUOTE_MAX = 600;
const QUOTE_IDEAL = 220;

/** What ranks a coded place as an example: a coder's choice, agreement, breadth and a readable length. */
export interface Typicality { exemplar: boolean; coders: number; codes: number; length: number }

/**
 * The most typical first: exemplars, then places coded by the most coders, with the most of the
 * category's codes, of a length nearest a readable quote (under QUOTE_MIN only as a last resort).
 */
export function byTypicality(a: Typicality, b: Typicality): number {
  const fit = (len: number): number => (len < QUOTE_MIN ? QUOTE_IDEAL * 10 + (QUOTE_MIN - len) : Math.abs(Math.min(len, QUOTE_MAX * 2) - QUOTE_IDEAL));
  return Number(b.exemplar) - Number(a.exemplar) || b.coders - a.coders || b.codes - a.codes || fit(a.length) - fit(b.length);
}

/**
 * The quotes to print for a category: the exemplars first, then the most typical segments (see
 * `byTypicality`), each from a participant not yet quoted, when there is one.
 */
export function chooseQuotes(candidates: readonly QuoteCandidate[], count: number): ReportQuote[] {
  const ranked = [...candidates].sort((a, b) => byTypicality({ ...a, length: a.text.trim().length }, { ...b, length: b.text.trim().length }));
  const chosen: QuoteCandidate[] = [];
  const quoted = new Set<string>();
  // A document without a case stands for its own speaker.
  const who = (c: QuoteCandidate): string => c.participant ?? `\u0000${c.document}`;
  // Exemplars are the coders' choice: all of them count, whoever they quote.
  for (const c of ranked) if (c.exemplar && chosen.length < count) { chosen.push(c); quoted.add(who(c)); }
  for (const c of ranked) if (chosen.length < count && !chosen.includes(c) && !quoted.has(who(c))) { chosen.push(c); quoted.add(who(c)); }
  for (const c of ranked) if (chosen.length < count && !chosen.includes(c)) chosen.push(c);
  return chosen.map((c) => ({ text: trimQuote(c.text), participant: c.participant, document: c.document, exemplar: c.exemplar }));
}

/** A quote's text on one line, cut at a word near QUOTE_MAX with an ellipsis. */
export function trimQuote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= QUOTE_MAX) return flat;
  // Never end inside a surrogate pair: half an emoji is not text.
  const end = /[\uD800-\uDBFF]/.test(flat[QUOTE_MAX - 1]!) ? QUOTE_MAX - 1 : QUOTE_MAX;
  const cut = flat.slice(0, end);
  const space = cut.lastIndexOf(' ');
  return `${(space > QUOTE_MAX * 0.8 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')} …`;
}

/** A quote as printed: “text” (T7). */
export function quoteLine(q: ReportQuote): string {
  return q.participant ? `“${q.text}” (${q.participant})` : `“${q.text}” (${q.document})`;
}

/** A property as listed: "4. Personal features (T and P)". */
export function propertyLine(p: ReportProperty): string {
  return `${p.number}. ${p.name}${p.owner ? ` (${p.owner})` : ''}`;
}

/** The table's footnote on labels: "General, 13–14 cases; typical, 8–12 cases; variant, 2–7 cases (…)." */
export function rangesNote(r: ReportRanges, n: number): string {
  const part = (name: string, range: readonly [number, number] | null | undefined): string | null =>
    range && range[0] <= range[1] ? `${name}, ${formatRange(range)} cases` : null;
  const parts = [part('General', r.ranges.general), part('typical', r.ranges.typical), part('variant', r.ranges.variant), part('rare', r.ranges.rare)]
    .filter((p): p is string => p !== null);
  const source = r.source === 'project' ? "the project's own ranges" : 'labelled following Hill et al., 2005';
  if (parts.length === 0) return `No frequency labels apply (N = ${n}; ${source}).`;
  const text = parts.join('; ');
  return `${text[0]!.toUpperCase()}${text.slice(1)} (N = ${n}; ${source}).`;
}
