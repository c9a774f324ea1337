/**
 * Character-level Cohen's κ, NVivo's "coding comparison": per code and document every character
 * is a unit, and each of two coders either coded it with the code or not (overlapping or touching
 * codings of one code by one coder simply cover their characters once). Cohen (1960), Educational
 * and Psychological Measurement 20, 37–46, on the 2 × 2 table of characters:
 *
 *                 second: coded   second: not
 *   first: coded       a              b
 *   first: not         c              d            n = a + b + c + d = characters compared
 *
 *   p_o = (a + d) / n
 *   p_e = p_first · p_second + (1 − p_first)(1 − p_second),  p_first = (a + b)/n,  p_second = (a + c)/n
 *   κ   = (p_o − p_e) / (1 − p_e)
 *
 * p_e is chance with each coder keeping their own proportion of coded text (Cohen's chance term,
 * the one `cohenKappa` uses), not a pooled or uniform one.
 */
import { checkCodedTexts, codesOf, codingsByCoder, lengthOf, sharedLength, twoCodersOf, unionOf, type CodedTexts, type Span } from './continuum.js';
import { estimate, notDefined, type Estimate } from './reliability-data.js';

/** Why a character figure has no value: phrases that complete "not defined: …". */
export const CHARACTER_NOT_DEFINED = {
  noText: 'there is no text to compare',
  unused: 'neither coder used the code here',
  everywhere: 'both coders coded all of the text with the code',
  noCodes: 'neither coder used any code',
  noKappa: 'κ is not defined for any code in any document',
} as const;

/** The 2 × 2 table of characters: coded by both, by the first coder only, by the second only, by neither. */
export interface CharacterTable { both: number; firstOnly: number; secondOnly: number; neither: number }

/** A table with its share of agreeing characters, p_o, and Cohen's κ. */
export interface CharacterAgreement { table: CharacterTable; agreement: Estimate; kappa: Estimate }

/** One code's figures: per document, and pooled over the documents (their tables summed). */
export interface CodeCharacterAgreement extends CharacterAgreement {
  code: string;
  documents: ({ document: string } & CharacterAgreement)[];
}

/**
 * Per code × document (documents with text only), per code pooled, and overall: the agreement
 * over all characters of all codes, and κ averaged over code × document, weighted by document
 * length, the way NVivo averages κ. NVivo counts a document where neither coder used the code as
 * κ = 1; Sparks leaves it out of the average, since nothing there tells agreement from chance.
 */
export interface CharacterComparison {
  coders: [string, string];
  codes: CodeCharacterAgreement[];
  overall: { agreement: Estimate; kappa: Estimate };
}

/**
 * κ from the table, in whole numbers until the last division: n(a + d) − E over n² − E, with
 * E = n² p_e. 1 − p_e = 0 only when both coders coded none of the text, or all of it; then κ is
 * not defined (NVivo shows 1, which would credit two coders who never used the code with perfect
 * agreement), while the coders do agree on every character (agreement 1).
 */
export function characterAgreement(table: CharacterTable): CharacterAgreement {
  const { both: a, firstOnly: b, secondOnly: c, neither: d } = table;
  const n = a + b + c + d;
  if (n === 0) return { table, agreement: notDefined(CHARACTER_NOT_DEFINED.noText), kappa: notDefined(CHARACTER_NOT_DEFINED.noText) };
  const chance = (a + b) * (a + c) + (c + d) * (b + d);
  const room = n * n - chance;
  const kappa = room === 0
    ? notDefined(a + b === 0 ? CHARACTER_NOT_DEFINED.unused : CHARACTER_NOT_DEFINED.everywhere)
    : estimate((n * (a + d) - chance) / room);
  return { table, agreement: estimate((a + d) / n), kappa };
}

const sum = (tables: readonly CharacterTable[]): CharacterTable => ({
  both: tables.reduce((s, t) => s + t.both, 0),
  firstOnly: tables.reduce((s, t) => s + t.firstOnly, 0),
  secondOnly: tables.reduce((s, t) => s + t.secondOnly, 0),
  neither: tables.reduce((s, t) => s + t.neither, 0),
});

/** NVivo's coding comparison between the two listed coders, every code either of them used. */
export function characterComparison(data: CodedTexts): CharacterComparison {
  checkCodedTexts(data);
  const coders = twoCodersOf(data, 'The character-level κ');
  const byCoder = codingsByCoder(data);
  const coded = (coder: string, document: string, code: string): Span[] =>
    unionOf((byCoder.get(coder)!.get(document) ?? []).filter((k) => k.code === code));
  const documents = data.documents.filter((d) => d.length > 0);
  const codes = codesOf(data).map((code): CodeCharacterAgreement => {
    const perDocument = documents.map((doc) => {
      const first = coded(coders[0], doc.id, code);
      const second = coded(coders[1], doc.id, code);
      const both = sharedLength(first, second);
      const firstOnly = lengthOf(first) - both;
      const secondOnly = lengthOf(second) - both;
      return { document: doc.id, ...characterAgreement({ both, firstOnly, secondOnly, neither: doc.length - both - firstOnly - secondOnly }) };
    });
    return { code, ...characterAgreement(sum(perDocument.map((d) => d.table))), documents: perDocument };
  });
  return { coders, codes, overall: overallOf(codes, new Map(documents.map((d) => [d.id, d.length]))) };
}

function overallOf(codes: readonly CodeCharacterAgreement[], lengths: ReadonlyMap<string, number>): CharacterComparison['overall'] {
  const cells = codes.flatMap((c) => c.documents);
  const all = sum(cells.map((c) => c.table));
  const n = all.both + all.firstOnly + all.secondOnly + all.neither;
  const empty = lengths.size === 0 ? CHARACTER_NOT_DEFINED.noText : CHARACTER_NOT_DEFINED.noCodes;
  let weight = 0;
  let weighted = 0;
  for (const cell of cells) {
    if (cell.kappa.value === null) continue;
    const length = lengths.get(cell.document)!;
    weight += length;
    weighted += length * cell.kappa.value;
  }
  return {
    agreement: n === 0 ? notDefined(empty) : estimate((all.both + all.neither) / n),
    kappa: weight === 0 ? notDefined(cells.length === 0 ? empty : CHARACTER_NOT_DEFINED.noKappa) : estimate(weighted / weight),
  };
}
