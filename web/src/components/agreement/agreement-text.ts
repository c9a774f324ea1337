/**
 * What the Agreement tab says in words: the methods and their formulas, figures as written, the
 * footnotes for figures that are not defined, and a paragraph for a study's methods section. Pure,
 * so the wording is tested without the view; see docs/agreement.md for what each figure means.
 */
import type { AgreementMethod, AgreementResponse, Estimate, FigureKey } from '../../../../src/contract/agreement.js';

/** As the server's tables and CSV label the figures. */
export const FIGURE_LABELS: Record<FigureKey, string> = {
  binaryAlpha: '|uα', unitizedAlpha: 'uα', codingAlpha: 'cuα', domainAlpha: 'Cuα', agreement: 'Agreement', kappa: 'κ',
};

/** What each figure asks, for column titles. */
export const FIGURE_TITLES: Record<FigureKey, string> = {
  binaryAlpha: 'Krippendorff’s |uα: do the coders agree on where the code applies?',
  unitizedAlpha: 'Krippendorff’s uα: boundaries and codes at once',
  codingAlpha: 'Krippendorff’s cuα: which code, where both coded',
  domainAlpha: 'Krippendorff’s Cuα: which semantic domain (top-level category), where both coded',
  agreement: 'Share of units that agree (not corrected for chance)',
  kappa: 'κ: agreement corrected for chance',
};

const FIGURE_ORDER: readonly FigureKey[] = ['binaryAlpha', 'unitizedAlpha', 'codingAlpha', 'domainAlpha', 'agreement', 'kappa'];

export interface MethodInfo {
  label: string;
  /** One line: what it asks, for how many coders. */
  about: string;
  /** The formula in plain text, a sentence or two. */
  formula: string[];
  source: string;
}

const MAXQDA_SOURCE = 'MAXQDA (2022, 2024). Intercoder agreement. MAXQDA online manual, VERBI Software.';
const COUNT_SHARE = 'Agreement = agreements / (agreements + disagreements), over the document × code pairs that at least one coder used. It counts agreements and does not discount chance.';

export const METHODS: Record<AgreementMethod, MethodInfo> = {
  unitized: {
    label: 'Unitized α (Krippendorff)',
    about: 'Do the coders agree on where each code applies, beyond chance? Any number of coders; the figure to report.',
    formula: [
      'uα = 1 − D_o / D_e: the disagreement observed between the coders’ sections (coded passages and the gaps between them), over the disagreement expected if the same sections were shuffled along the text.',
      '|uα asks where a code applies (per code); uα asks where and which code; cuα asks which code, where both coded; Cuα asks which semantic domain. 1 is perfect agreement, 0 what chance gives; ≥ .800 reliable, ≥ .667 tentative.',
    ],
    source: 'Krippendorff, K., Mathet, Y., Bouvry, S., & Widlöcher, A. (2016). On the reliability of unitizing textual continua: Further developments. Quality & Quantity, 50(6), 2347–2364.',
  },
  characters: {
    label: 'Character κ (NVivo)',
    about: 'Every character a unit, coded with the code or not, as NVivo’s coding comparison; exactly two coders.',
    formula: [
      'κ = (p_o − p_e) / (1 − p_e), with p_o the share of characters on which the coders agree (both coded them or neither did) and p_e = p_A · p_B + (1 − p_A)(1 − p_B), p_A and p_B the shares each coder coded.',
      'Over all codes, κ is averaged over codes and documents weighted by document length.',
    ],
    source: 'Cohen, J. (1960). A coefficient of agreement for nominal scales. Educational and Psychological Measurement, 20(1), 37–46.',
  },
  presence: {
    label: 'Code existence (MAXQDA)',
    about: 'Do both coders use the code somewhere in a document? Exactly two coders; counts, not chance-corrected.',
    formula: ['The coders agree on a document and code when both used the code in that document, or neither did.', COUNT_SHARE],
    source: MAXQDA_SOURCE,
  },
  frequency: {
    label: 'Code frequency (MAXQDA)',
    about: 'Do both coders apply the code equally often in a document? Exactly two coders; counts, not chance-corrected.',
    formula: ['The coders agree on a document and code when both applied the code there equally often.', COUNT_SHARE],
    source: MAXQDA_SOURCE,
  },
  overlap: {
    label: 'Segment agreement (MAXQDA)',
    about: 'Does each coded segment meet one of the other coder’s by the minimum overlap? Exactly two coders.',
    formula: [
      'A segment agrees when a segment of the other coder with the same code in the same document overlaps it by at least the minimum overlap: the characters both cover over the characters either covers. Both coders’ segments are checked.',
      'Agreement = agreeing segments / all segments; κ = (P_observed − P_chance) / (1 − P_chance), with P_chance = 1/q for q codes in the table (Brennan & Prediger, 1981).',
    ],
    source: MAXQDA_SOURCE,
  },
};

export const METHOD_ORDER: readonly AgreementMethod[] = ['unitized', 'characters', 'presence', 'frequency', 'overlap'];

const minus = (s: string) => s.replace(/^-/, '−');

/** A figure in the table: three decimals. */
export const tableFigure = (value: number): string => minus(value.toFixed(3));

/** A coefficient as a study reports it: three decimals, no leading zero (it cannot exceed 1). */
export const coefficient = (value: number): string => minus(value.toFixed(3)).replace(/^(−?)0\./, '$1.');

const percent = (value: number): string => `${(100 * value).toFixed(1)}%`;

/** Each distinct reason a figure is not defined, numbered in the order the table shows them. */
export function footnotesOf(r: AgreementResponse): Map<string, number> {
  const notes = new Map<string, number>();
  const add = (e: Estimate | undefined) => {
    if (e && e.value === null && !notes.has(e.reason)) notes.set(e.reason, notes.size + 1);
  };
  for (const c of r.codes) for (const k of r.columns) add(c.figures[k]);
  for (const k of overallKeys(r)) add(r.overall.figures[k]);
  return notes;
}

/** The overall figures the response holds, in a fixed order. */
export const overallKeys = (r: AgreementResponse): FigureKey[] => FIGURE_ORDER.filter((k) => r.overall.figures[k] !== undefined);

/** "ana", "ana and ben", "ana, ben and carla". */
export function nameList(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "uα = .812" or "uα was not defined (no text)". */
function stated(key: FigureKey, e: Estimate | undefined, as: (v: number) => string = coefficient): string {
  if (!e) return '';
  return e.value === null ? `${FIGURE_LABELS[key]} was not defined (${e.reason})` : `${FIGURE_LABELS[key]} = ${as(e.value)}`;
}

/** The per-code spread of the method's main figure, and how many codes it was not defined for. */
function perCode(r: AgreementResponse, key: FigureKey, as: (v: number) => string): string {
  const defined = r.codes.flatMap((c) => {
    const e = c.figures[key];
    return e && e.value !== null ? [{ code: c.code, value: e.value }] : [];
  });
  const sentences: string[] = [];
  if (defined.length >= 2) {
    const sorted = [...defined].sort((a, b) => a.value - b.value);
    const low = sorted[0]!;
    const high = sorted.at(-1)!;
    sentences.push(`Per code, ${FIGURE_LABELS[key]} ranged from ${as(low.value)} (${low.code}) to ${as(high.value)} (${high.code}).`);
  }
  const undefinedCount = r.codes.length - defined.length;
  if (undefinedCount > 0) sentences.push(`${FIGURE_LABELS[key]} was not defined for ${plural(undefinedCount, 'code')}.`);
  return sentences.join(' ');
}

/**
 * A paragraph for a methods section, from the response's figures only: who was compared, on how
 * much material, by which coefficient (with its source), and the figures themselves.
 */
export function methodsParagraph(r: AgreementResponse): string {
  const f = r.overall.figures;
  const opening = `Intercoder agreement between ${nameList(r.coders)} was assessed on ${plural(r.documents, 'document')}`;
  const over = `over ${plural(r.codes.length, 'code')}`;
  const counts = r.overall.counts;
  const counted = counts ? `${counts.agreements} of ${counts.agreements + counts.disagreements}` : '';
  const share = f.agreement?.value != null ? ` (${percent(f.agreement.value)})` : '';
  let body: string;
  let main: { key: FigureKey; as: (v: number) => string };
  switch (r.method) {
    case 'unitized': {
      const keys = overallKeys(r);
      const shown = keys.filter((k) => f[k]!.value !== null).map((k) => stated(k, f[k]));
      const missing = keys.filter((k) => f[k]!.value === null).map((k) => stated(k, f[k]));
      const figures = [shown.length > 0 ? `overall ${nameList(shown)}` : '', ...missing].filter(Boolean).join('; ');
      body = `${opening} with Krippendorff's unitized alpha (Krippendorff, Mathet, Bouvry & Widlöcher, 2016) ${over}; ${figures}.`;
      main = { key: 'binaryAlpha', as: coefficient };
      break;
    }
    case 'characters': {
      const agreed = f.agreement?.value != null ? `the coders agreed on ${percent(f.agreement.value)} of the characters` : stated('agreement', f.agreement, percent);
      const kappa = f.kappa?.value != null
        ? `κ averaged over codes and documents, weighted by document length, was ${coefficient(f.kappa.value)}`
        : stated('kappa', f.kappa);
      body = `${opening} with character-level Cohen's kappa (Cohen, 1960), each character a unit as in NVivo's coding comparison, ${over}; ${agreed}, and ${kappa}.`;
      main = { key: 'kappa', as: coefficient };
      break;
    }
    case 'presence':
    case 'frequency': {
      const what = r.method === 'presence' ? 'whether a code occurs in a document' : 'how often a code occurs in a document';
      const name = r.method === 'presence' ? 'code-existence' : 'code-frequency';
      const result = f.agreement?.value != null
        ? `the coders agreed on ${what} in ${counted} document–code pairs${share}, a figure not corrected for chance`
        : stated('agreement', f.agreement, percent);
      body = `${opening} with MAXQDA's ${name} agreement (MAXQDA, 2022, 2024) ${over}: ${result}.`;
      main = { key: 'agreement', as: percent };
      break;
    }
    case 'overlap': {
      const result = f.agreement?.value != null
        ? `${counted} coded segments${share} agreed with one of the other coder's`
        : stated('agreement', f.agreement, percent);
      const kappa = f.kappa?.value != null
        ? `, κ = ${coefficient(f.kappa.value)} with chance taken as 1/q for q codes (Brennan & Prediger, 1981)`
        : f.kappa ? `; ${stated('kappa', f.kappa)}` : '';
      body = `${opening} with MAXQDA's segment agreement at a minimum overlap of ${r.threshold ?? 90}% (MAXQDA, 2022, 2024) ${over}: ${result}${kappa}.`;
      main = { key: 'agreement', as: percent };
      break;
    }
  }
  const orphans = r.orphanedSegments > 0
    ? `${plural(r.orphanedSegments, 'coded segment')} whose text was not found again after ${r.orphanedSegments === 1 ? 'its' : 'their'} document changed ${r.orphanedSegments === 1 ? 'was' : 'were'} left out.`
    : '';
  return [body, perCode(r, main.key, main.as), orphans].filter(Boolean).join(' ');
}
