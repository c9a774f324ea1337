/**
 * Agreement between a project's coders by one method, per code and overall: the unitized α family,
 * NVivo's character κ, or one of MAXQDA's modes (see docs/agreement.md). Pure composition of the
 * coefficients in this folder; the store reads the codings and the CLI and API show the result.
 */
import { alphaSentence, formatCoefficient } from './alpha.js';
import { characterComparison } from './characters.js';
import type { CodedTexts } from './continuum.js';
import { notDefined, type Estimate } from './reliability-data.js';
import { codeExistence, codeFrequency, segmentOverlap, type AgreementCount } from './segments.js';
import { binaryUnitizedAlphaByCode, codingUnitizedAlpha, domainUnitizedAlpha, UNITIZED_NOT_DEFINED, unitizedAlpha } from './unitized.js';

export const AGREEMENT_METHODS = ['unitized', 'characters', 'presence', 'frequency', 'overlap'] as const;
export type AgreementMethod = (typeof AGREEMENT_METHODS)[number];

/** MAXQDA's default minimum overlap, in percent. */
export const DEFAULT_THRESHOLD = 90;

/** The figures a result may hold, and how tables label them. */
export const FIGURE_LABELS = {
  binaryAlpha: '|uα', unitizedAlpha: 'uα', codingAlpha: 'cuα', domainAlpha: 'Cuα', agreement: 'Agreement', kappa: 'κ',
} as const;
export type FigureKey = keyof typeof FIGURE_LABELS;
export type Figures = Partial<Record<FigureKey, Estimate>>;

/** A project's codings as the methods read them. */
export interface ProjectCodings {
  texts: CodedTexts;
  /** Code → its semantic domain (its top-level category), for Cuα; a code not listed is a domain of its own. */
  domains: ReadonlyMap<string, string>;
  /** The codes to report, in order (default: those applied, first seen first); one nobody applied gets a row saying so. */
  codes?: readonly string[];
}

export interface AgreementOptions { method: AgreementMethod; threshold?: number }

/** Counts behind a share: units (MAXQDA's modes) or segments (overlap) that agree and that do not. */
export interface Counts { agreements: number; disagreements: number }

export interface CodeAgreement {
  code: string;
  figures: Figures;
  counts?: Counts;
  /** The character method's per-document figures. */
  documents?: { document: string; figures: Figures }[];
}

export interface ProjectAgreement {
  method: AgreementMethod;
  coders: string[];
  documents: number;
  /** The minimum overlap in percent (overlap method only). */
  threshold: number | null;
  /** Figures of each code row, in column order. */
  columns: FigureKey[];
  codes: CodeAgreement[];
  overall: { figures: Figures; counts?: Counts };
  /** One plain-language sentence on the headline figure. */
  reading: string;
}

const TWO_CODERS: Partial<Record<AgreementMethod, string>> = {
  characters: 'The characters method (NVivo’s character κ)',
  presence: 'The presence method (MAXQDA’s code existence)',
  frequency: 'The frequency method (MAXQDA’s code frequency)',
  overlap: 'The overlap method (MAXQDA’s segment agreement)',
};

/** Why these options cannot be used with this many coders, as one sentence; null when they can. */
export function agreementOptionsProblem(o: AgreementOptions, coders: number): string | null {
  if (coders < 2) return `Agreement compares two or more coders, not ${coders}: name at least two, separated by commas (e.g. ana,ben).`;
  const pair = TWO_CODERS[o.method];
  if (pair && coders !== 2) return `${pair} compares exactly two coders, not ${coders}: choose two, or use the unitized method for more.`;
  if (o.threshold !== undefined && o.method !== 'overlap') return 'A minimum overlap applies only to the overlap method: choose that method or leave the threshold out.';
  if (o.threshold !== undefined && !(Number.isInteger(o.threshold) && o.threshold >= 1 && o.threshold <= 100)) {
    return `The minimum overlap is a whole percentage from 1 to 100, not ${o.threshold}.`;
  }
  return null;
}

const unused = (keys: readonly FigureKey[]): Figures => Object.fromEntries(keys.map((k) => [k, notDefined(UNITIZED_NOT_DEFINED.codeUnused)]));
const counts = (c: AgreementCount): Counts => ({ agreements: c.agreements, disagreements: c.disagreements });
const percent = (e: Estimate): string => (e.value === null ? '' : `${(100 * e.value).toFixed(1)}%`);

/** Agreement by `o.method`; throws a RangeError with `agreementOptionsProblem`'s sentence if the options do not fit. */
export function projectAgreement(data: ProjectCodings, o: AgreementOptions): ProjectAgreement {
  const problem = agreementOptionsProblem(o, data.texts.coders.length);
  if (problem) throw new RangeError(problem);
  const { texts } = data;
  const order = data.codes ?? [...new Set(texts.codings.map((k) => k.code))];
  const base = { method: o.method, coders: [...texts.coders], documents: texts.documents.length, threshold: null };
  const rows = <T>(found: ReadonlyMap<string, T>, columns: readonly FigureKey[], row: (code: string, x: T) => CodeAgreement): CodeAgreement[] =>
    order.map((code) => {
      const x = found.get(code);
      return x === undefined ? { code, figures: unused(columns) } : row(code, x);
    });

  if (o.method === 'unitized') {
    const by = binaryUnitizedAlphaByCode(texts);
    const overall: Figures = {
      binaryAlpha: by.all, unitizedAlpha: unitizedAlpha(texts), codingAlpha: codingUnitizedAlpha(texts), domainAlpha: domainUnitizedAlpha(texts, data.domains),
    };
    const reading = alphaSentence(by.all).replace(/^α/, '|uα over all codes');
    return { ...base, columns: ['binaryAlpha'], codes: rows(by.codes, ['binaryAlpha'], (code, e) => ({ code, figures: { binaryAlpha: e } })), overall: { figures: overall }, reading };
  }
  if (o.method === 'characters') {
    const c = characterComparison(texts);
    const found = new Map(c.codes.map((x) => [x.code, x]));
    const codes = rows(found, ['agreement', 'kappa'], (code, x) => ({
      code,
      figures: { agreement: x.agreement, kappa: x.kappa },
      documents: x.documents.map((d) => ({ document: d.document, figures: { agreement: d.agreement, kappa: d.kappa } })),
    }));
    const { agreement, kappa } = c.overall;
    const reading = kappa.value === null
      ? `κ is not defined: ${kappa.reason}; for a figure to report, use the unitized method.`
      : `κ = ${formatCoefficient(kappa.value)} averaged over codes and documents by length, with the coders agreeing on ${percent(agreement)} of the characters, most of them left uncoded by both; read it beside |uα (the unitized method).`;
    return { ...base, columns: ['agreement', 'kappa'], codes, overall: { figures: { agreement, kappa } }, reading };
  }
  if (o.method === 'overlap') {
    const threshold = o.threshold ?? DEFAULT_THRESHOLD;
    const s = segmentOverlap(texts, threshold);
    const found = new Map(s.codes.map((x) => [x.code, x]));
    const codes = rows(found, ['agreement'], (code, x) => ({ code, figures: { agreement: x.agreement }, counts: counts(x) }));
    const { overall } = s;
    const n = overall.agreements + overall.disagreements;
    const reading = overall.agreement.value === null
      ? `Agreement is not defined: ${overall.agreement.reason}.`
      : `${overall.agreements} of ${n} coded segments (${percent(overall.agreement)}) agree with one of the other coder’s by at least ${threshold}% overlap${overall.kappa.value === null ? '' : `, κ = ${formatCoefficient(overall.kappa.value)}`}; MAXQDA’s figures count agreements, so report them beside |uα (the unitized method).`;
    return { ...base, threshold, columns: ['agreement'], codes, overall: { figures: { agreement: overall.agreement, kappa: overall.kappa }, counts: counts(overall) }, reading };
  }
  const m = o.method === 'presence' ? codeExistence(texts) : codeFrequency(texts);
  const found = new Map(m.codes.map((x) => [x.code, x]));
  const codes = rows(found, ['agreement'], (code, x) => ({ code, figures: { agreement: x.agreement }, counts: counts(x) }));
  const n = m.overall.agreements + m.overall.disagreements;
  const what = o.method === 'presence' ? 'whether a code occurs in a document' : 'how often a code occurs in a document';
  const reading = m.overall.agreement.value === null
    ? `Agreement is not defined: ${m.overall.agreement.reason}.`
    : `The coders agree on ${what} in ${m.overall.agreements} of ${n} document–code pairs (${percent(m.overall.agreement)}); this does not discount chance, so report it beside |uα (the unitized method).`;
  return { ...base, columns: ['agreement'], codes, overall: { figures: { agreement: m.overall.agreement }, counts: counts(m.overall) }, reading };
}
