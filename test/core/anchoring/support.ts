import fc from 'fast-check';

/** Stand-in for the real canonicaliser: strip BOM, CRLF/CR → LF, NFC. */
export function canonicalise(raw: string): string {
  return raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC');
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Every grapheme boundary of the whole text: the oracle for the windowed implementation. */
export function allBoundaries(text: string): Set<number> {
  const set = new Set<number>([text.length]);
  for (const { index } of segmenter.segment(text)) set.add(index);
  return set;
}

export function isLoneSurrogateAt(s: string, i: number): boolean {
  const code = s.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff) {
    const next = s.charCodeAt(i + 1);
    return !(next >= 0xdc00 && next <= 0xdfff);
  }
  if (code >= 0xdc00 && code <= 0xdfff) {
    const previous = s.charCodeAt(i - 1);
    return !(previous >= 0xd800 && previous <= 0xdbff);
  }
  return false;
}

/**
 * Whole grapheme clusters that stay whole when concatenated in any order: ASCII, accented
 * Spanish letters, Spanish punctuation, line feeds, emoji (surrogate pairs, skin tones, ZWJ
 * sequences, a flag) and a combining sequence with no precomposed form.
 */
export const PIECES = [
  'a', 'e', 'o', 's', 'n', 'l', 'T', 'P', ':', ' ', ' ', ',', '.', '\n',
  'á', 'é', 'í', 'ó', 'ú', 'ü', 'ñ', 'Ñ', '¿', '?', '¡', '!', '…',
  '😊', '😔', '👍🏽', '👩🏽‍⚕️', '👨‍👩‍👧', '🇨🇱', 'q\u0301',
] as const;

/** A four-piece alphabet: texts full of near-copies, the hard case for telling places apart. */
export const REPETITIVE_PIECES = ['a', 'b', ' ', '😊'] as const;

/** Builds texts of up to `maxLength` pieces (at least `minLength`). */
export type TextArbitrary = (maxLength: number, minLength?: number) => fc.Arbitrary<string>;

/** Texts from the given pieces; `size: 'max'` so long texts are as likely as short ones. */
export const textsOf =
  (alphabet: readonly string[]): TextArbitrary =>
  (maxLength, minLength = 0) =>
    fc
      .array(fc.constantFrom(...alphabet), { minLength, maxLength, size: 'max' })
      .map((parts) => parts.join(''));

export const pieces = textsOf(PIECES);

/** A text and an offset into it, in code units (may fall inside a cluster until snapped). */
export const textWithRange = (maxPieces = 120) =>
  pieces(maxPieces, 1).chain((text) =>
    fc.record({
      text: fc.constant(text),
      a: fc.integer({ min: 0, max: text.length }),
      b: fc.integer({ min: 0, max: text.length }),
    }),
  );
