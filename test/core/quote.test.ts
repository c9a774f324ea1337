import { describe, expect, it } from 'vitest';
import { findQuote } from '../../src/core/quote.js';

const TEXT = 'T: ¿Qué pasó en ese momento?\nP: Nos reímos, los dos.\nNos miramos 👀 y\nalgo cambió.\nT: Nos reímos.';

describe('findQuote', () => {
  it('finds a unique exact quote', () => {
    const r = findQuote(TEXT, '¿Qué pasó en ese momento?', 'E1');
    expect(TEXT.slice(r.start, r.end)).toBe('¿Qué pasó en ese momento?');
  });

  it('matches across line breaks when the quote was copied with other whitespace', () => {
    const r = findQuote(TEXT, 'Nos miramos 👀 y algo   cambió.', 'E1');
    expect(TEXT.slice(r.start, r.end)).toBe('Nos miramos 👀 y\nalgo cambió.');
  });

  it('accepts decomposed accents and CRLF in the quote', () => {
    const r = findQuote(TEXT, 'P: Nos rei\u0301mos, los dos.\r\nNos', 'E1');
    expect(r.start).toBe(TEXT.indexOf('P: Nos'));
  });

  it('refuses an ambiguous or absent quote with a clear sentence', () => {
    expect(() => findQuote(TEXT, 'Nos reímos', 'E1')).toThrow(/occurs 2 times in "E1" \(at \d+, \d+\); quote more words/);
    expect(() => findQuote(TEXT, 'no está', 'E1')).toThrow(/is not in "E1"/);
    expect(() => findQuote(TEXT, '   ', 'E1')).toThrow(/empty/);
  });
});
