/**
 * Krippendorff's α for unitized continua, the family ATLAS.ti reports (its "Intercoder Agreement"
 * chapters, "Krippendorff's family of alpha coefficients"): |uα, uα, cuα and Cuα. Definitions from
 * Krippendorff, Mathet, Bouvry & Widlöcher (2016), "On the reliability of unitizing textual
 * continua: Further developments", Quality & Quantity 50, 2347–2364, as restated in Krippendorff
 * (2019), Content Analysis, 4th ed., §12.6.
 *
 * Every coder partitions each document into sections: units (text the coder gave a value, a code
 * or a domain) and gaps (the rest). Documents are laid end to end into one continuum of length
 * L = Σ lengths; no section spans two documents, so text in different documents never pairs.
 * With m coders, section g of coder i (length ℓ_ig, value c or the gap ∅):
 *
 *   observed coincidences  l_ck = 1/(m−1) · Σ_i Σ_{j≠i} Σ_g Σ_h |s_icg ∩ s_jkh|       (l.. = mL)
 *   expected coincidences  e_ck = (l_c. l_.k − [c = k] · S_c) / (l.. − S / l..)
 *
 * where S_c sums the self-pairs of value c: ℓ² for each unit (a unit is indivisible, so its
 * positions cannot pair with one another by chance) and ℓ for each gap (gaps are divisible into
 * single positions), S = Σ_c S_c. Then, nominal,
 *
 *   α = 1 − D_o / D_e = 1 − (l.. − Σ_c l_cc) / (l.. − Σ_c e_cc).
 *
 * With single-position sections this is exactly the α of predefined units (`krippendorffAlpha`).
 */
import { checkCodedTexts, codesOf, type CodedTexts, type Coding } from './continuum.js';
import { estimate, NOT_DEFINED, notDefined, type Estimate } from './reliability-data.js';
import { alphaOf, partition, sortedCodings, type Outcome, type Partitions } from './unitizing.js';

/** Why a unitized α has no value: phrases that complete "not defined: …". */
export const UNITIZED_NOT_DEFINED = {
  oneCoder: NOT_DEFINED.oneCoder,
  noText: 'there is no text to compare',
  codeUnused: 'no coder applied the code',
  noCodes: 'no coder applied any code',
  codedThroughout: 'every coder applied it to all of the text',
  noOverlap: 'no two coders coded overlapping text',
  oneCode: 'only one code occurs where the coders’ codings overlap',
  oneDomain: 'only one domain occurs where the coders’ codings overlap',
  noVariation: NOT_DEFINED.noVariation,
} as const;

const precheck = (data: CodedTexts): Estimate | null => {
  checkCodedTexts(data);
  if (data.coders.length < 2) return notDefined(UNITIZED_NOT_DEFINED.oneCoder);
  return data.documents.some((d) => d.length > 0) ? null : notDefined(UNITIZED_NOT_DEFINED.noText);
};

/**
 * |uα, "alpha binary" (2016, §5.2; 2019, eq. 35): agreement on where the given code (or any of the
 * given codes, e.g. a domain's) applies, all text included. Each coder's sections are the text
 * coded with it (value 1) and the rest (0, gaps, whatever else was coded there). With two values
 * α reduces to 1 − l_∅1 / e_∅1 = 1 − l_∅1 (l.. − S/l..) / (l_∅. l_1.): only the lengths coded by one
 * coder and not the other count against agreement. Adjusting a boundary by a few characters costs
 * a few characters' worth, not a whole unit.
 */
export function binaryUnitizedAlpha(data: CodedTexts, codes: string | readonly string[]): Estimate {
  const early = precheck(data);
  if (early) return early;
  const chosen = new Set(typeof codes === 'string' ? [codes] : codes);
  // one value only, so no two values can collide and the partition always exists
  const built = partition(data, (code) => (chosen.has(code) ? '1' : undefined)) as { parts: Partitions };
  return binaryEstimate(alphaOf(built.parts, false));
}

const binaryEstimate = (o: Outcome): Estimate => {
  if ('alpha' in o) return estimate(o.alpha);
  return notDefined(o.values.includes(null) || o.values.length === 0 ? UNITIZED_NOT_DEFINED.codeUnused : UNITIZED_NOT_DEFINED.codedThroughout);
};

/**
 * |uα for each code, and over all codes at once. ATLAS.ti reports such a global value without
 * printing its formula; Sparks' reading is |uα on the codes' continua laid end to end (one copy of
 * the documents per code), so it is itself a |uα, weighted by how much text each code concerns.
 */
export function binaryUnitizedAlphaByCode(data: CodedTexts): { codes: Map<string, Estimate>; all: Estimate } {
  const early = precheck(data);
  const codes = codesOf(data);
  if (early) return { codes: new Map(codes.map((c) => [c, early])), all: early };
  // each code's partition reads only that code's codings, sorted once for all codes
  const sorted = sortedCodings(data);
  const slot = new Map(codes.map((code, k) => [code, k]));
  const byCode = codes.map(() => sorted.map((docs) => docs.map((): Coding[] => [])));
  sorted.forEach((docs, i) => docs.forEach((codings, d) => {
    for (const k of codings) byCode[slot.get(k.code)!]![i]![d]!.push(k);
  }));
  const perCode = codes.map((code, k) => partition(data, (c) => (c === code ? '1' : undefined), byCode[k]) as { parts: Partitions });
  const joined: Partitions = data.coders.map((_, i) => perCode.flatMap((p) => p.parts[i]!));
  return {
    codes: new Map(codes.map((code, k) => [code, binaryEstimate(alphaOf(perCode[k]!.parts, false))])),
    all: codes.length === 0 ? notDefined(UNITIZED_NOT_DEFINED.noCodes) : binaryEstimate(alphaOf(joined, false)),
  };
}

/**
 * uα (2016, §5.1; 2019, eq. 34): agreement on boundaries and codes at once, each code a value of a
 * nominal variable and the gap a value of its own. `codes` limits it to some codes (default: all
 * in the data); each coder's codes must then not overlap one another.
 */
export function unitizedAlpha(data: CodedTexts, codes?: readonly string[]): Estimate {
  const early = precheck(data);
  if (early) return early;
  const chosen = new Set(codes ?? codesOf(data));
  const built = partition(data, (c) => (chosen.has(c) ? c : undefined));
  if ('reason' in built) return notDefined(built.reason);
  const o = alphaOf(built.parts, false);
  if ('alpha' in o) return estimate(o.alpha);
  return notDefined(o.values[0] === null || o.values.length === 0 ? UNITIZED_NOT_DEFINED.noCodes : UNITIZED_NOT_DEFINED.noVariation);
}

/**
 * cuα (2016, §5.3; 2019, eqs. 36–37): agreement on which code, where two coders' units overlap;
 * gaps and text only one coder coded are left out, so unitizing errors do not count (|uα covers
 * them). ATLAS.ti computes it per semantic domain: pass that domain's codes, which must then
 * exclude each other within each coder's coding.
 *
 * The published S_c squares each unit's pairable length; for m > 2 that length can be read per
 * pair of coders or over the union of the others' units. Sparks squares the unit's weight in the
 * margins, 1/(m−1) · Σ_{j≠i} |s_ig ∩ units of j|, the same rule uα follows (there a unit's weight
 * is its length), which keeps l.. − S/l.. > 0. All readings coincide for two coders; for the three
 * observers of Krippendorff (2019, Fig. 12.11) only this one gives the printed cuα = .724 (per pair
 * .726, union .728): test/analysis/agreement/unitized-published.test.ts.
 */
export function codingUnitizedAlpha(data: CodedTexts, codes?: readonly string[]): Estimate {
  const chosen = new Set(codes ?? codesOf(data));
  return withinUnits(data, (c) => (chosen.has(c) ? c : undefined), UNITIZED_NOT_DEFINED.oneCode);
}

/**
 * Cuα, as ATLAS.ti's manual defines it on top of cuα: cuα with the semantic domains as values,
 * i.e. agreement on which domain, where two coders' units overlap. In Sparks a domain is a top-level
 * category and its subcodes: `domains` maps each code to its domain; a code not in it is a domain
 * of its own. Codes of one domain that a coder applied to overlapping text join into one unit.
 */
export function domainUnitizedAlpha(data: CodedTexts, domains: ReadonlyMap<string, string>): Estimate {
  return withinUnits(data, (c) => domains.get(c) ?? c, UNITIZED_NOT_DEFINED.oneDomain);
}

function withinUnits(data: CodedTexts, valueOf: (code: string) => string | undefined, oneValue: string): Estimate {
  const early = precheck(data);
  if (early) return early;
  const built = partition(data, valueOf);
  if ('reason' in built) return notDefined(built.reason);
  const o = alphaOf(built.parts, true);
  if ('alpha' in o) return estimate(o.alpha);
  return notDefined(o.values.length === 0 ? UNITIZED_NOT_DEFINED.noOverlap : oneValue);
}
