import { describe, expect, it } from 'vitest';
import type { Selector } from '../../../src/core/types.js';
import { anchor, describe as describeSelection, type AnchorResult } from '../../../src/core/anchoring/index.js';
import { SESSION_RAW, SESSION_REVISED_RAW } from './fixtures.js';
import { canonicalise } from './support.js';

const session = canonicalise(SESSION_RAW);
const revised = canonicalise(SESSION_REVISED_RAW);

function select(text: string, quote: string, occurrence = 0): Selector {
  let start = text.indexOf(quote);
  for (let i = 0; i < occurrence; i++) start = text.indexOf(quote, start + 1);
  if (start < 0) throw new Error(`fixture lacks ${quote}`);
  return describeSelection(text, start, start + quote.length);
}

/** The text an anchored result covers, or null when orphaned. */
const covered = (text: string, result: AnchorResult) =>
  result.status === 'anchored' ? text.slice(result.start, result.end) : null;

describe('anchor on an unchanged text', () => {
  it('finds every selection by position', () => {
    for (const quote of ['Sofía', '👩🏽‍⚕️', 'No sé qué decir', '¡Fue como un clic! 😊', 'P: Con usted']) {
      const selector = select(session, quote);
      expect(anchor(session, selector)).toEqual({
        status: 'anchored',
        start: selector.start,
        end: selector.end,
        method: 'position',
        score: 1,
      });
    }
  });

  it('finds them by position in the same text imported again from LF or CRLF sources', () => {
    const selector = select(session, 'me siento escuchada');
    const fromLf = canonicalise(SESSION_RAW.replace(/\r\n/g, '\n').replace('\uFEFF', ''));
    const fromCr = canonicalise(SESSION_RAW.replace(/\r\n/g, '\r'));
    for (const text of [fromLf, fromCr]) {
      expect(text).toBe(session);
      expect(anchor(text, selector)).toMatchObject({ method: 'position', start: selector.start });
    }
  });
});

describe('anchor on a revised transcript (header inserted, slips fixed)', () => {
  it('follows quotes that moved, by exact quote', () => {
    const result = anchor(revised, select(session, 'Sofía'));
    expect(result).toMatchObject({ status: 'anchored', method: 'quote', start: 84, end: 89 });
    expect(result.status === 'anchored' && result.score).toBeGreaterThan(0.95);
    // Its suffix changed ("habia" → "había"), its quote did not.
    expect(anchor(revised, select(session, 'La doctora 👩🏽‍⚕️ nos dijo'))).toMatchObject({
      method: 'quote',
      start: 218,
      end: 245,
    });
  });

  it.each([
    ['nos dijo que habia que esperar', 'nos dijo que había que esperar'],
    ['que no tengo que cargar con  todo sola', 'que no tengo que cargar con todo sola'],
    ['Me alegra que lo hayas sentido asi', 'Me alegra que lo hayas sentido así'],
  ])('follows an edited quote by fuzzy match: %s', (before, after) => {
    const result = anchor(revised, select(session, before));
    expect(result).toMatchObject({ status: 'anchored', method: 'fuzzy' });
    expect(covered(revised, result)).toBe(after);
    expect(result.status === 'anchored' && result.score).toBeGreaterThan(0.9);
  });

  it('widens a fuzzy match to whole emoji when a skin tone changes', () => {
    const edited = session.replace('👩🏽‍⚕️', '👩🏻‍⚕️');
    const result = anchor(edited, select(session, 'La doctora 👩🏽‍⚕️ nos dijo que habia'));
    expect(covered(edited, result)).toBe('La doctora 👩🏻‍⚕️ nos dijo que habia');
  });
});

describe('anchor with duplicated quotes', () => {
  // "No sé qué decir" occurs twice; the revision puts 66 units before both, so the first copy
  // now sits nearer to the second's old offset than the second copy does.
  it('picks the copy whose context matches, not the nearer one', () => {
    const second = select(session, 'No sé qué decir', 1);
    expect(Math.abs(revised.indexOf('No sé qué decir') - second.start)).toBeLessThan(66);
    expect(anchor(revised, second)).toMatchObject({ method: 'quote', start: revised.lastIndexOf('No sé qué decir') });
    const first = select(session, 'No sé qué decir', 0);
    expect(anchor(revised, first)).toMatchObject({ method: 'quote', start: revised.indexOf('No sé qué decir') });
  });

  it('still picks by context when the context of both copies was edited too', () => {
    const edited = revised
      .replace('hablar de esto. No sé', 'hablar de todo esto. No sé')
      .replace('Con usted es distinto. No sé', 'Con usted, en cambio, es distinto. No sé');
    const first = edited.indexOf('No sé qué decir');
    const second = edited.lastIndexOf('No sé qué decir');
    expect(anchor(edited, select(session, 'No sé qué decir', 1))).toMatchObject({ method: 'quote', start: second });
    expect(anchor(edited, select(session, 'No sé qué decir', 0))).toMatchObject({ method: 'quote', start: first });
  });
});

describe('anchor when another copy lands on the old offset', () => {
  it('follows the original, whose context is intact, not the copy', () => {
    const before = 'P: No sé qué hacer.\nT: ¿Y ahora?';
    const added = 'P: No sé qué hacer con ella.\n';
    const selector = describeSelection(before, 3, 18);
    expect(selector.exact).toBe('No sé qué hacer');
    const after = added + before;
    expect(after.slice(3, 18)).toBe('No sé qué hacer');
    expect(anchor(after, selector)).toMatchObject({ method: 'quote', start: 3 + added.length });
  });

  it('reports the old range as kept when only its context was edited', () => {
    const selector = select(session, 'No sé qué decir', 1);
    const edited = session.replace('escuchada', 'muy escuchada');
    expect(anchor(edited, selector)).toMatchObject({ method: 'position', start: selector.start });
  });
});

describe('anchor reports orphans', () => {
  it('when the quoted turn was deleted', () => {
    const selector = select(session, 'Eso suena muy angustiante');
    const result = anchor(session.replace('T: Eso suena muy angustiante.\n', ''), selector);
    expect(result).toEqual({ status: 'orphaned', reason: expect.stringMatching(/no longer occurs/) });
  });

  it('when the quote was rewritten beyond the fuzzy budget', () => {
    const selector = select(session, 'Me alegra que lo hayas sentido asi');
    const edited = session.replace('Me alegra que lo hayas sentido asi', 'Qué bueno que lo sintieras así');
    expect(anchor(edited, selector).status).toBe('orphaned');
  });

  it('when a short quote changed (too short to match approximately)', () => {
    const selector = select(session, 'Sí.');
    expect(anchor(session.replace('Sí.', 'Si.'), selector).status).toBe('orphaned');
  });

  it('rather than anchor to half of a ZWJ sequence', () => {
    const before = 'La doctora 👩 nos dijo que esperáramos.';
    const after = 'La doctora 👩‍⚕️ nos dijo que esperáramos.';
    const start = before.indexOf('👩');
    expect(after.indexOf('👩')).toBe(start);
    expect(anchor(after, describeSelection(before, start, start + 2)).status).toBe('orphaned');
  });

  it('when fuzzy matching is turned off', () => {
    const selector = select(session, 'que no tengo que cargar con  todo sola');
    expect(anchor(revised, selector, { maxFuzzyErrors: 0 }).status).toBe('orphaned');
    expect(anchor(revised, selector, { maxFuzzyErrors: 1 }).status).toBe('anchored');
  });
});

describe('anchor on nonsense input', () => {
  const good = select(session, 'Sofía');

  it('still searches for the quote when positions are unusable', () => {
    for (const [start, end] of [
      [-10, -5],
      [1e9, 1e9 + 5],
      [Number.NaN, 3],
      [Number.POSITIVE_INFINITY, 0],
      [18.5, 23.5],
      [23, 18],
    ]) {
      expect(anchor(session, { ...good, start: start!, end: end! })).toMatchObject({
        status: 'anchored',
        method: 'quote',
        start: 18,
        end: 23,
      });
    }
  });

  it('orphans malformed selectors and empty quotes without throwing', () => {
    const weird: unknown[] = [
      { ...good, exact: '' },
      null,
      undefined,
      {},
      'Sofía',
      { ...good, exact: 42 },
      { ...good, prefix: null },
    ];
    for (const selector of weird) {
      expect(anchor(session, selector as Selector).status).toBe('orphaned');
    }
    expect(anchor('', good).status).toBe('orphaned');
    expect(anchor(null as unknown as string, good).status).toBe('orphaned');
    expect(anchor('Sofí', good).status).toBe('orphaned');
  });

  it('survives lone surrogates and odd options', () => {
    const text = 'a\uD83D b \uDE0A c 😊 d';
    const selector: Selector = { start: 2, end: 7, exact: '\uDE0A c 😊', prefix: '\uD83D', suffix: 'x' };
    for (const maxFuzzyErrors of [undefined, -1, Number.NaN, 0.5, 1e9]) {
      expect(() => anchor(text, selector, { maxFuzzyErrors })).not.toThrow();
      expect(() => anchor(session, { ...good, exact: 'Sofia' }, { maxFuzzyErrors })).not.toThrow();
    }
    expect(() => anchor(session, good, null as unknown as undefined)).not.toThrow();
  });
});
