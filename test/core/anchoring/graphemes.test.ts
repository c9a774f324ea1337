import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findAll, snapToGraphemes } from '../../../src/core/anchoring/index.js';
import { allBoundaries, textWithRange } from './support.js';

describe('snapToGraphemes', () => {
  const text = 'Ella 👩🏽‍⚕️ sonrió 😊 y dijo «q\u0301»';
  const doctor = text.indexOf('👩');
  const smile = text.indexOf('😊');

  it('leaves boundaries alone', () => {
    expect(snapToGraphemes(text, 0, 4)).toEqual({ start: 0, end: 4 });
    expect(snapToGraphemes(text, doctor, doctor + 7)).toEqual({ start: doctor, end: doctor + 7 });
  });

  it('moves both ends outwards off a ZWJ sequence, a surrogate pair and a combining mark', () => {
    expect(snapToGraphemes(text, doctor + 3, doctor + 5)).toEqual({ start: doctor, end: doctor + 7 });
    expect(snapToGraphemes(text, smile + 1, smile + 1)).toEqual({ start: smile, end: smile + 2 });
    const q = text.indexOf('q');
    expect(snapToGraphemes(text, q + 1, q + 2)).toEqual({ start: q, end: q + 2 });
  });

  it('clamps nonsense offsets instead of throwing', () => {
    expect(snapToGraphemes(text, -5, 1e9)).toEqual({ start: 0, end: text.length });
    expect(snapToGraphemes(text, doctor + 3, 2)).toEqual({ start: doctor, end: doctor + 7 });
    expect(snapToGraphemes(text, Number.NaN, 2.7)).toEqual({ start: 0, end: 2 });
    expect(snapToGraphemes('', 3, 4)).toEqual({ start: 0, end: 0 });
  });

  it('agrees with segmenting the whole text', () => {
    fc.assert(
      fc.property(textWithRange(), ({ text, a, b }) => {
        const [s, e] = a <= b ? [a, b] : [b, a];
        const snapped = snapToGraphemes(text, s, e);
        const bounds = allBoundaries(text);
        expect(bounds.has(snapped.start)).toBe(true);
        expect(bounds.has(snapped.end)).toBe(true);
        // Outwards, and no further than the nearest boundary.
        expect(snapped.start).toBe(Math.max(...[...bounds].filter((x) => x <= s)));
        if (e > s) expect(snapped.end).toBe(Math.min(...[...bounds].filter((x) => x >= e)));
      }),
      { numRuns: 300 },
    );
  });
});

describe('findAll', () => {
  it('lists every start offset, overlapping ones included', () => {
    expect(findAll('sí, sí, sí', 'sí')).toEqual([0, 4, 8]);
    expect(findAll('aaaa', 'aa')).toEqual([0, 1, 2]);
    expect(findAll('No sé. No sé qué decir.', 'No sé qué')).toEqual([7]);
  });

  it('finds nothing for an empty or absent quote', () => {
    expect(findAll('texto', '')).toEqual([]);
    expect(findAll('texto', 'textos')).toEqual([]);
    expect(findAll('', 'a')).toEqual([]);
  });

  it('matches the naive scan', () => {
    fc.assert(
      fc.property(textWithRange(40), ({ text, a, b }) => {
        const needle = text.slice(Math.min(a, b), Math.min(a, b) + 3);
        const naive: number[] = [];
        if (needle) for (let i = 0; i + needle.length <= text.length; i++) if (text.startsWith(needle, i)) naive.push(i);
        expect(findAll(text, needle)).toEqual(naive);
      }),
    );
  });
});
