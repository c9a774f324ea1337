import { describe, expect, it } from 'vitest';
import { CONTEXT_LENGTH, describe as describeSelection } from '../../../src/core/anchoring/index.js';
import { SESSION_RAW } from './fixtures.js';
import { canonicalise } from './support.js';

const session = canonicalise(SESSION_RAW);
const select = (text: string, quote: string, from = 0) => {
  const start = text.indexOf(quote, from);
  return describeSelection(text, start, start + quote.length);
};

describe('describe', () => {
  it('quotes a name whose accent was typed as a combining mark, after canonicalisation', () => {
    expect(select(session, 'Sofía')).toEqual({
      start: 18,
      end: 23,
      exact: 'Sofía',
      prefix: 'T: Buenas tardes, ',
      suffix: '. ¿Cómo llegaste hoy?\nP: Bien… b',
    });
  });

  it('keeps a skin-tone ZWJ emoji whole in the quote and its context', () => {
    expect(select(session, '👩🏽‍⚕️')).toEqual({
      start: 163,
      end: 170,
      exact: '👩🏽‍⚕️',
      prefix: ' volvió al hospital. La doctora ',
      suffix: ' nos dijo que habia que esperar.',
    });
    expect(select(session, 'nos dijo que habia que esperar').prefix).toBe(
      'al hospital. La doctora 👩🏽‍⚕️ ',
    );
  });

  it('drops a cluster from the prefix rather than split it', () => {
    const text = 'Mi familia 👨‍👩‍👧 nos miramos y no dijimos nada. Fue un momento.';
    // 32 units before "nada" fall on the first ZWJ of the family emoji (units 11–18).
    expect(select(text, 'nada')).toEqual({
      start: 45,
      end: 49,
      exact: 'nada',
      prefix: ' nos miramos y no dijimos ',
      suffix: '. Fue un momento.',
    });
  });

  it('drops a cluster from the suffix rather than split a surrogate pair', () => {
    const text = '¿Y qué sentiste? Alivio, como que por fin me entendía 😊 de verdad.';
    // 32 units after "Alivio" end between the two halves of 😊.
    expect(select(text, 'Alivio')).toEqual({
      start: 17,
      end: 23,
      exact: 'Alivio',
      prefix: '¿Y qué sentiste? ',
      suffix: ', como que por fin me entendía ',
    });
  });

  it('has empty context at the ends of the text', () => {
    const text = '¡Fue como un clic! 😊';
    expect(describeSelection(text, 0, text.length)).toEqual({
      start: 0,
      end: text.length,
      exact: text,
      prefix: '',
      suffix: '',
    });
  });

  it('never carries a carriage return or BOM from a CRLF source into the selector', () => {
    const selector = select(session, 'T: ¿Qué pasó?');
    expect(selector.prefix).toBe('a semana pasada fue difícil 😔.\n');
    expect(selector.suffix).toBe('\nP: Mi mamá volvió al hospital. ');
    expect(JSON.stringify(selector)).not.toMatch(/\\r|\uFEFF/);
  });

  it('measures context in UTF-16 code units, at most 32', () => {
    expect(CONTEXT_LENGTH).toBe(32);
    const selector = select(session, 'No sé qué decir', 470);
    expect(selector.prefix).toBe('-hmm.\nP: Con usted es distinto. ');
    expect(selector.prefix).toHaveLength(32);
    expect(selector.suffix).toBe(', pero me siento escuchada.\n');
  });

  it('throws RangeError on ranges that select nothing or fall outside the text', () => {
    for (const [start, end] of [
      [-1, 3],
      [0, session.length + 1],
      [5, 5],
      [6, 5],
      [0.5, 3],
      [Number.NaN, 3],
    ] as const) {
      expect(() => describeSelection(session, start, end)).toThrow(RangeError);
    }
    expect(() => describeSelection('', 0, 0)).toThrow(RangeError);
  });
});
