import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inferAttributeType, parseAttributeAssignment } from '../../src/core/attributes.js';
import { UserError } from '../../src/core/errors.js';
import { cleanColor, cleanName, formatPath, parsePath } from '../../src/core/names.js';

describe('code paths', () => {
  it('split on slashes and keep escaped ones inside names', () => {
    expect(parsePath('Enabling conditions/Openness (T and P)')).toEqual(['Enabling conditions', 'Openness (T and P)']);
    expect(parsePath('Efectos/Alivio y\\/o descompresión')).toEqual(['Efectos', 'Alivio y/o descompresión']);
    expect(() => parsePath('Efectos//Alivio')).toThrow(UserError);
  });

  it('round-trip any names', () => {
    const name = fc.string({ minLength: 1, maxLength: 20 }).map((s) => s.trim().normalize('NFC')).filter((s) => s.length > 0 && !s.endsWith('\\'));
    fc.assert(fc.property(fc.array(name, { minLength: 1, maxLength: 4 }), (names) => {
      expect(parsePath(formatPath(names))).toEqual(names);
    }));
  });
});

describe('names', () => {
  it('are trimmed, NFC-normalised and bounded', () => {
    expect(cleanName('  Sesio\u0301n 1 ', 'code name')).toBe('Sesión 1');
    expect(() => cleanName('   ', 'code name')).toThrow(/empty/);
    expect(() => cleanName('x'.repeat(10_000), 'code name')).toThrow(/10000 characters; use at most 200/);
    expect(() => cleanName('a\nb', 'code name')).toThrow(/line break/);
  });

  it('colours are #RRGGBB', () => {
    expect(cleanColor('#e07a5f')).toBe('#E07A5F');
    expect(() => cleanColor('red')).toThrow(/#RRGGBB/);
  });
});

describe('case attributes', () => {
  it('are typed from their values', () => {
    expect(inferAttributeType('12')).toBe('number');
    expect(inferAttributeType('-3.5')).toBe('number');
    expect(inferAttributeType('2021-03-04')).toBe('date');
    expect(inferAttributeType('TRUE')).toBe('boolean');
    expect(inferAttributeType('cognitivo constructivista')).toBe('text');
  });

  it('parse KEY=VALUE, values may contain =', () => {
    expect(parseAttributeAssignment('years=12')).toEqual({ key: 'years', value: '12' });
    expect(parseAttributeAssignment('note=a=b')).toEqual({ key: 'note', value: 'a=b' });
    expect(parseAttributeAssignment('novalue')).toBeUndefined();
  });
});
