/**
 * MAXQDA's three intercoder agreement modes for two coders (MAXQDA 2022 and 24 manuals,
 * "Intercoder Agreement"): code existence per document, code frequency per document, and
 * segment agreement with a minimum overlap. They count agreements, not chance, except the
 * segment mode's κ. Made to give MAXQDA's figures from Sparks' codings, so that a team moving
 * between the two can compare; for a coefficient to report, prefer the unitized α family.
 */
import { checkCodedTexts, codesOf, codingsByCoder, twoCodersOf, type CodedTexts, type Coding } from './continuum.js';
import { estimate, notDefined, type Estimate } from './reliability-data.js';

/** Why a MAXQDA figure has no value: phrases that complete "not defined: …". */
export const SEGMENT_NOT_DEFINED = {
  noUnits: 'neither coder used a code in any document',
  noSegments: 'neither coder coded a segment',
  oneCode: 'only one code was compared, so chance agreement 1/q is 1 and nothing is left to correct',
} as const;

/** Agreements and disagreements, and the share that agree. */
export interface AgreementCount { agreements: number; disagreements: number; agreement: Estimate }

/** A document × code unit of the first two modes: what each coder did there, and whether they agree. */
export interface DocumentCodeUnit { document: string; code: string; first: number; second: number; agree: boolean }

export interface DocumentCodeComparison {
  coders: [string, string];
  units: DocumentCodeUnit[];
  codes: ({ code: string } & AgreementCount)[];
  overall: AgreementCount;
}

const count = (agreements: number, disagreements: number, empty: string): AgreementCount => ({
  agreements,
  disagreements,
  agreement: agreements + disagreements === 0 ? notDefined(empty) : estimate(agreements / (agreements + disagreements)),
});

function byCode<T extends { code: string }>(codes: readonly string[], rows: readonly T[], agrees: (row: T) => boolean, empty: string) {
  const perCode = codes.map((code) => {
    const mine = rows.filter((r) => r.code === code);
    const a = mine.filter(agrees).length;
    return { code, ...count(a, mine.length - a, empty) };
  }).filter((c) => c.agreements + c.disagreements > 0);
  const a = perCode.reduce((s, c) => s + c.agreements, 0);
  return { codes: perCode, overall: count(a, perCode.reduce((s, c) => s + c.disagreements, 0), empty) };
}

/**
 * Each document × code that at least one coder used is a unit: `first` and `second` are what
 * `measure` gives for each coder's codings there, and they agree when equal. Pairs neither coder
 * used are left out, as in MAXQDA's tables: counting them as agreements would make agreement
 * grow with the size of the code system.
 */
function perDocumentAndCode(data: CodedTexts, measure: (codings: readonly Coding[]) => number): DocumentCodeComparison {
  checkCodedTexts(data);
  const coders = twoCodersOf(data, 'MAXQDA’s intercoder agreement');
  const byCoder = codingsByCoder(data);
  const codes = codesOf(data);
  const units: DocumentCodeUnit[] = [];
  for (const doc of data.documents) {
    for (const code of codes) {
      const [first, second] = coders.map((c) => measure((byCoder.get(c)!.get(doc.id) ?? []).filter((k) => k.code === code))) as [number, number];
      if (first !== 0 || second !== 0) units.push({ document: doc.id, code, first, second, agree: first === second });
    }
  }
  return { coders, units, ...byCode(codes, units, (u) => u.agree, SEGMENT_NOT_DEFINED.noUnits) };
}

/** Mode 1, "code existence in the document": did each coder use the code anywhere in it (1) or not (0)? */
export function codeExistence(data: CodedTexts): DocumentCodeComparison {
  return perDocumentAndCode(data, (codings) => (codings.length > 0 ? 1 : 0));
}

/** Mode 2, "code frequency in the document": did both coders apply the code the same number of times? */
export function codeFrequency(data: CodedTexts): DocumentCodeComparison {
  return perDocumentAndCode(data, (codings) => codings.length);
}

/** One coder's coded segment: its best overlap with the other coder's segments of the code, and the verdict. */
export interface SegmentCheck extends Coding { overlap: number; agrees: boolean }

export interface SegmentComparison {
  coders: [string, string];
  /** Minimum overlap, in percent, for two segments to agree. */
  threshold: number;
  segments: SegmentCheck[];
  codes: ({ code: string } & AgreementCount)[];
  overall: AgreementCount & { kappa: Estimate };
}

/** Overlap of two ranges as MAXQDA measures it: shared length over the length both cover together. */
export const overlapShare = (a: Coding, b: Coding): number => {
  const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return shared <= 0 ? 0 : shared / (Math.max(a.end, b.end) - Math.min(a.start, b.start));
};

/**
 * Mode 3, segment agreement. Every segment of each coder is checked, from both sides: it agrees
 * when the other coder applied the same code, in the same document, to a segment overlapping it
 * by at least `threshold` percent (default 90, from 1 to 100) of the text the two cover together.
 * One segment of the other coder may match several. Per code: the agreeing and the unmatched
 * segments of both coders, and their share, the percentage in MAXQDA's code-specific table.
 *
 * κ in Brennan & Prediger's form (1981, Educational and Psychological Measurement 41, 687–699),
 * as MAXQDA's manual gives it: κ = (P_observed − P_chance) / (1 − P_chance), with P_observed the
 * agreement share of the table's total row and P_chance = 1/q, q the number of codes in the
 * table. MAXQDA's table has no cell for text neither coder coded, so no Cohen-style chance term
 * can be formed; 1/q treats every code as equally likely, whatever the coders' habits.
 */
export function segmentOverlap(data: CodedTexts, threshold = 90): SegmentComparison {
  if (!(Number.isFinite(threshold) && threshold >= 1 && threshold <= 100)) {
    throw new RangeError(`The minimum overlap is a percentage from 1 to 100, not ${threshold}.`);
  }
  checkCodedTexts(data);
  const coders = twoCodersOf(data, 'MAXQDA’s intercoder agreement');
  const byCoder = codingsByCoder(data);
  const segments: SegmentCheck[] = [];
  for (const [me, other] of [coders, [coders[1], coders[0]]] as const) {
    for (const k of data.codings.filter((c) => c.coder === me)) {
      const theirs = (byCoder.get(other)!.get(k.document) ?? []).filter((c) => c.code === k.code);
      const best = theirs.reduce((most, c) => Math.max(most, overlapShare(k, c)), 0);
      // compared as 100 · shared ≥ threshold · together, so 9 of 10 characters meet 90% exactly
      const agrees = theirs.some((c) => {
        const shared = Math.min(k.end, c.end) - Math.max(k.start, c.start);
        return shared > 0 && 100 * shared >= threshold * (Math.max(k.end, c.end) - Math.min(k.start, c.start));
      });
      segments.push({ ...k, overlap: best, agrees });
    }
  }
  const { codes, overall } = byCode(codesOf(data), segments, (s) => s.agrees, SEGMENT_NOT_DEFINED.noSegments);
  const q = codes.length;
  const po = overall.agreement.value;
  const kappa = po === null ? notDefined(SEGMENT_NOT_DEFINED.noSegments) : q < 2 ? notDefined(SEGMENT_NOT_DEFINED.oneCode) : estimate((po - 1 / q) / (1 - 1 / q));
  return { coders, threshold, segments, codes, overall: { ...overall, kappa } };
}
