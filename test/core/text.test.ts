import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalize, isBlank, linesWithOffsets, longestLineLength, trimEndIndex } from '../../src/core/text.js';

describe('canonicalize', () => {
  it('removes a leading BOM only', () => {
    expect(canonicalize('\uFEFFhola')).toBe('hola');
    expect(canonicalize('a\uFEFFb')).toBe('a\uFEFFb');
  });

  it('turns CRLF and lone CR into LF', () => {
    expect(canonicalize('a\r\nb\rc\n\r\nd')).toBe('a\nb\nc\n\nd');
  });

  it('normalises to NFC', () => {
    const decomposed = 'sesio\u0301n nin\u0303o'; // o + combining acute, n + combining tilde
    expect(canonicalize(decomposed)).toBe('sesión niño');
    expect(canonicalize(decomposed)).toHaveLength('sesión niño'.length);
  });

  it('keeps emoji and other astral characters', () => {
    expect(canonicalize('¿Qué tal? 😊\r\n')).toBe('¿Qué tal? 😊\n');
  });

  it('is idempotent and leaves no CR', () => {
    const tricky = fc.constantFrom('\uFEFF', '\r', '\n', 'e', '\u0301', 'n', '\u0303', '😊', ' ');
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme-composite' }), fc.string({ unit: tricky })), (s) => {
        const once = canonicalize(s);
        expect(canonicalize(once)).toBe(once);
        expect(once).not.toContain('\r');
      }),
    );
  });
});

describe('line helpers', () => {
  it('measures the longest line in UTF-16 code units', () => {
    expect(longestLineLength('')).toBe(0);
    expect(longestLineLength('ab\nabcd\nx')).toBe(4);
    expect(longestLineLength('😊😊')).toBe(4);
  });

  it('lists lines with their offsets', () => {
    const text = 'uno\n\ndos';
    const lines = linesWithOffsets(text);
    expect(lines).toEqual([
      { line: 'uno', start: 0 },
      { line: '', start: 4 },
      { line: 'dos', start: 5 },
    ]);
    for (const l of lines) expect(text.slice(l.start, l.start + l.line.length)).toBe(l.line);
  });

  it('trims trailing whitespace from a range without passing its start', () => {
    expect(trimEndIndex('ab \n\n', 0, 5)).toBe(2);
    expect(trimEndIndex('   ', 1, 3)).toBe(1);
  });

  it('tells blank text', () => {
    expect(isBlank(' \n\t\u00a0')).toBe(true);
    expect(isBlank(' x ')).toBe(false);
  });
});
