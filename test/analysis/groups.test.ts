/** Splitting cases by an attribute (values or bands) and summing matrix columns over the groups. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bandLabels, groupOf, NOT_SET, orderGroups, parseBands, sumColumns } from '../../src/analysis/groups.js';

// The paper's bands for the therapists' years of experience.
const YEARS = [20, 30];

describe('bandLabels', () => {
  it('labels the paper’s bands', () => {
    expect(bandLabels(YEARS)).toEqual(['under 20', '20 to under 30', '30 and over']);
  });
  it('gives two bands for one cut, none for no cuts, and keeps decimals as written', () => {
    expect(bandLabels([5])).toEqual(['under 5', '5 and over']);
    expect(bandLabels([])).toEqual([]);
    expect(bandLabels([0.5, 2.25])).toEqual(['under 0.5', '0.5 to under 2.25', '2.25 and over']);
  });
  it('always gives one label more than cuts, all distinct', () => {
    fc.assert(fc.property(fc.uniqueArray(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 8 }), (cuts) => {
      const labels = bandLabels(cuts.sort((a, b) => a - b));
      expect(labels).toHaveLength(cuts.length + 1);
      expect(new Set(labels).size).toBe(labels.length);
    }));
  });
});

describe('parseBands', () => {
  it('reads cut points separated by commas, with or without spaces', () => {
    expect(parseBands('20, 30')).toEqual([20, 30]);
    expect(parseBands('20,30')).toEqual([20, 30]);
    expect(parseBands('  7  ')).toEqual([7]);
    expect(parseBands('-5, 2.5, 10')).toEqual([-5, 2.5, 10]);
  });
  it('sorts the cuts and drops repeats', () => {
    expect(parseBands('30, 20, 20, 10')).toEqual([10, 20, 30]);
    expect(parseBands('5,5,5')).toEqual([5]);
  });
  it('throws on empty text or anything that is not a number', () => {
    for (const bad of ['', '   ', 'veinte', '20, treinta', '20; 30', '20 30', 'Infinity', 'NaN', '20, 30 años']) {
      expect(() => parseBands(bad), bad).toThrow(/numbers separated by commas/);
    }
  });
  it('throws on an empty item instead of reading it as a cut at 0', () => {
    // Number('') is 0: "20,,30" or a trailing comma would otherwise add a band "under 0".
    for (const bad of ['20,,30', '20, 30,', ', 20']) expect(() => parseBands(bad), bad).toThrow();
  });
  it('reads back what bandLabels was made from', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 10 }), (cuts) => {
      const parsed = parseBands(cuts.join(' , '));
      expect(parsed).toEqual([...new Set(cuts)].sort((a, b) => a - b));
    }));
  });
});

describe('groupOf', () => {
  it('puts numbers in their band, a value at a cut point in the band above', () => {
    expect(groupOf(0, YEARS)).toBe('under 20');
    expect(groupOf(19.99, YEARS)).toBe('under 20');
    expect(groupOf(20, YEARS)).toBe('20 to under 30');
    expect(groupOf(29, YEARS)).toBe('20 to under 30');
    expect(groupOf(30, YEARS)).toBe('30 and over');
    expect(groupOf(47, YEARS)).toBe('30 and over');
    expect(groupOf(-3, YEARS)).toBe('under 20');
  });
  it('reads numeric text, with a decimal comma or surrounding spaces', () => {
    expect(groupOf('25', YEARS)).toBe('20 to under 30');
    expect(groupOf('12,5', YEARS)).toBe('under 20');
    expect(groupOf('29,9', YEARS)).toBe('20 to under 30');
    expect(groupOf('30,0', YEARS)).toBe('30 and over');
    expect(groupOf(' 31 ', YEARS)).toBe('30 and over');
  });
  it('sends values that are not numbers to "(not set)" when banding', () => {
    for (const v of ['veinte años', 'n/d', '🙂', true, false, Number.NaN, Infinity]) expect(groupOf(v, YEARS), String(v)).toBe(NOT_SET);
  });
  it('sends blank text to "(not set)" when banding, not to the lowest band', () => {
    // Number('   ') is 0, which would put a blank value in "under 20".
    expect(groupOf('   ', YEARS)).toBe(NOT_SET);
  });
  it('sends missing and empty values to "(not set)", with or without bands', () => {
    for (const cuts of [YEARS, null, []]) {
      expect(groupOf(undefined, cuts)).toBe(NOT_SET);
      expect(groupOf('', cuts)).toBe(NOT_SET);
    }
  });
  it('uses the value itself as the group without bands', () => {
    expect(groupOf('mujer', null)).toBe('mujer');
    expect(groupOf('Psicoanálisis 🧠', [])).toBe('Psicoanálisis 🧠');
    expect(groupOf(12.5, null)).toBe('12.5');
    expect(groupOf(0, null)).toBe('0');
    expect(groupOf(true, null)).toBe('true');
    expect(groupOf(false, null)).toBe('false');
  });
  it('always gives one of the band labels or "(not set)"', () => {
    const value = fc.oneof(fc.double(), fc.string(), fc.boolean(), fc.constant(undefined));
    fc.assert(fc.property(value, (v) => {
      expect([...bandLabels(YEARS), NOT_SET]).toContain(groupOf(v, YEARS));
    }));
  });
});

describe('orderGroups', () => {
  it('keeps bands in their own order, drops empty ones, and puts "(not set)" last', () => {
    expect(orderGroups([NOT_SET, '30 and over', 'under 20', '20 to under 30'], YEARS))
      .toEqual(['under 20', '20 to under 30', '30 and over', NOT_SET]);
    expect(orderGroups(['30 and over', 'under 20', '30 and over'], YEARS)).toEqual(['under 20', '30 and over']);
    expect(orderGroups([], YEARS)).toEqual([]);
  });
  it('sorts numeric values as numbers', () => {
    expect(orderGroups(['10', '9', '1.5', NOT_SET, '-2', '100'], null)).toEqual(['-2', '1.5', '9', '10', '100', NOT_SET]);
  });
  it('sorts text by locale, accents beside their letter, and drops repeats', () => {
    expect(orderGroups(['Zamora', 'éxito', 'azul', 'Bogotá', 'Ávila', 'azul'], null))
      .toEqual(['Ávila', 'azul', 'Bogotá', 'éxito', 'Zamora']);
    expect(orderGroups(['true', NOT_SET, 'false'], [])).toEqual(['false', 'true', NOT_SET]);
  });
  it('gives "(not set)" alone when nothing else is present', () => {
    expect(orderGroups([NOT_SET], null)).toEqual([NOT_SET]);
    expect(orderGroups(new Set([NOT_SET]), YEARS)).toEqual([NOT_SET]);
  });
});

describe('sumColumns', () => {
  const cells = [[1, 0, 3, 2, 5], [0, 0, 4, 0, 1], [-1, 2, 0, 0, 0]];
  const groupOfColumn = ['mujer', 'hombre', 'mujer', NOT_SET, 'otro'];

  it('sums the columns of each group, in the order of groups', () => {
    expect(sumColumns(cells, groupOfColumn, ['mujer', 'hombre', NOT_SET], false)).toEqual([[4, 0, 2], [4, 0, 0], [-1, 2, 0]]);
  });
  it('with presence counts the columns above zero instead', () => {
    expect(sumColumns(cells, groupOfColumn, ['mujer', 'hombre', NOT_SET], true)).toEqual([[2, 0, 1], [1, 0, 0], [0, 1, 0]]);
  });
  it('ignores columns whose group is not listed and gives zeros for groups with no columns', () => {
    expect(sumColumns(cells, groupOfColumn, ['otro', 'nadie'], false)).toEqual([[5, 0], [1, 0], [0, 0]]);
    expect(sumColumns(cells, groupOfColumn, [], true)).toEqual([[], [], []]);
    expect(sumColumns([], groupOfColumn, ['mujer'], false)).toEqual([]);
  });
  it('keeps every row total when all groups are listed', () => {
    const row = fc.array(fc.nat(20), { minLength: 4, maxLength: 4 });
    fc.assert(fc.property(fc.array(row, { maxLength: 5 }), fc.array(fc.constantFrom('a', 'b', 'c'), { minLength: 4, maxLength: 4 }), (rows, of) => {
      const sum = (r: readonly number[]) => r.reduce((s, v) => s + v, 0);
      const summed = sumColumns(rows, of, ['a', 'b', 'c'], false);
      const present = sumColumns(rows, of, ['a', 'b', 'c'], true);
      rows.forEach((r, i) => {
        expect(sum(summed[i]!)).toBe(sum(r));
        expect(sum(present[i]!)).toBe(r.filter((v) => v > 0).length);
      });
    }));
  });
});
