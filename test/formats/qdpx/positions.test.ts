/** Mapping exporters' positions onto canonical text: line ends, astral characters, NFC, BOM. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalize } from '../../../src/core/text.js';
import { declaredConvention, mapText, type Convention } from '../../../src/formats/qdpx/positions.js';

/** The canonical slice a selection lands on. */
function slice(stored: string, start: number, end: number, conv: Convention): string | null {
  const map = mapText(stored);
  const hit = map.toCanonical(start, end, conv);
  return hit ? map.text.slice(hit.start, hit.end) : null;
}

describe('mapText', () => {
  it('gives the canonical text', () => {
    const stored = '\uFEFFLi\u0301nea uno\r\nSegunda 😀\rtercera\n';
    expect(mapText(stored).text).toBe(canonicalize(stored));
  });

  it('counts CRLF twice (NVivo) or once (ATLAS.ti) as asked', () => {
    const stored = 'ab\r\ncd\r\nef';
    expect(slice(stored, 4, 6, 'utf16-crlf2')).toBe('cd');
    expect(slice(stored, 4, 6, 'codepoints')).toBe('cd');
    expect(slice(stored, 3, 5, 'codepoints-crlf1')).toBe('cd');
    expect(slice(stored, 3, 5, 'utf16')).toBe('cd');
    expect(slice(stored, 0, 10, 'utf16-crlf2')).toBe('ab\ncd\nef');
    expect(slice(stored, 0, 8, 'codepoints-crlf1')).toBe('ab\ncd\nef');
    // Past the end under one count, inside under another.
    expect(slice(stored, 0, 10, 'codepoints-crlf1')).toBeNull();
    // A position between CR and LF widens to the whole line break.
    expect(slice(stored, 3, 6, 'utf16-crlf2')).toBe('\ncd');
  });

  it('counts an emoji as one code point or two UTF-16 units', () => {
    const stored = 'a😀b 👍🏽c';
    expect(slice(stored, 1, 2, 'codepoints')).toBe('😀');
    expect(slice(stored, 1, 3, 'utf16-crlf2')).toBe('😀');
    expect(slice(stored, 2, 3, 'codepoints')).toBe('b');
    expect(slice(stored, 3, 4, 'utf16-crlf2')).toBe('b');
    expect(slice(stored, 4, 6, 'codepoints')).toBe('👍🏽');
    // Never half an emoji: a position inside a surrogate pair widens to the whole character.
    expect(slice(stored, 2, 3, 'utf16-crlf2')).toBe('😀');
    expect(mapText(stored).length('codepoints')).toBe(7);
    expect(mapText(stored).length('utf16-crlf2')).toBe(10);
  });

  it('maps decomposed accents (NFD, as macOS writes) onto their composed form', () => {
    const stored = 'Me\u0301xico y Bogota\u0301, can\u0303o';
    const map = mapText(stored);
    expect(map.text).toBe('México y Bogotá, caño');
    expect(slice(stored, 0, 7, 'codepoints')).toBe('México');
    expect(slice(stored, 10, 17, 'codepoints')).toBe('Bogotá');
    expect(slice(stored, 19, 24, 'codepoints')).toBe('caño');
    // Inside a composed character: the start rounds down, the end up.
    expect(slice(stored, 2, 3, 'codepoints')).toBe('é');
  });

  it('counts from after a byte-order mark', () => {
    expect(slice('\uFEFFhola', 0, 4, 'codepoints')).toBe('hola');
    expect(slice('\uFEFFhola', 1, 3, 'utf16-crlf2')).toBe('ol');
  });

  it('refuses positions that do not fit', () => {
    const map = mapText('abc');
    expect(map.toCanonical(-1, 2, 'codepoints')).toBeNull();
    expect(map.toCanonical(2, 1, 'codepoints')).toBeNull();
    expect(map.toCanonical(0, 4, 'codepoints')).toBeNull();
    expect(map.toCanonical(Number.NaN, 1, 'codepoints')).toBeNull();
    expect(map.toCanonical(3, 3, 'codepoints')).toEqual({ start: 3, end: 3 });
  });

  it('always lands on the canonical form of the stored slice (property)', () => {
    const piece = fc.constantFrom('a', 'ñ', 'n\u0303', '\r\n', '\n', '\r', '😀', '👍🏽', ' ', 'e\u0301\u0323', '한', '\u1112\u1161\u11ab');
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }), fc.nat(), fc.nat(), (pieces, x, y) => {
      const stored = pieces.join('');
      // Piece boundaries in UTF-16 units as stored: where an exporter's selection can start and end.
      const bounds = [0];
      for (const p of pieces) bounds.push(bounds[bounds.length - 1]! + p.length);
      const [i, j] = [x % bounds.length, y % bounds.length].sort((m, n) => m - n) as [number, number];
      const map = mapText(stored);
      expect(map.text).toBe(canonicalize(stored));
      const hit = map.toCanonical(bounds[i]!, bounds[j]!, 'utf16-crlf2');
      // A lone CR before an LF piece reads as CRLF when joined, so compare on the joined slice.
      const expected = canonicalize(stored.slice(bounds[i], bounds[j]));
      const got = map.text.slice(hit!.start, hit!.end);
      if (!/\r$/u.test(stored.slice(0, bounds[j])) && !/^\n/u.test(stored.slice(bounds[i]))) expect(got).toBe(expected);
    }));
  });
});

describe('declaredConvention', () => {
  it('follows the exporter named in origin', () => {
    expect(declaredConvention('NVivo for Windows 12.6')).toBe('utf16-crlf2');
    expect(declaredConvention('NVivo for Mac 15.0.0')).toBe('utf16-crlf2');
    expect(declaredConvention('ATLAS.ti for Windows 23.2.3.27778')).toBe('codepoints-crlf1');
    expect(declaredConvention('ATLAS.ti 8.4.0 573 , macOS Version 10.14.3')).toBe('codepoints-crlf1');
    expect(declaredConvention('MAXQDA 24 (Release 24.7.0)')).toBe('codepoints');
    expect(declaredConvention(null)).toBe('codepoints');
  });
});
