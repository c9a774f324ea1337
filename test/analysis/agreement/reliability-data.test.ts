/** Reading reliability data from rows of text cells, whatever file they came from. */
import { describe, expect, it } from 'vitest';
import { atLevel, fromRows, type SourceRow } from '../../../src/analysis/agreement/index.js';

const rows = (...lines: string[][]): SourceRow[] => lines.map((cells, i) => ({ cells, line: i + 1 }));
const error = (r: ReturnType<typeof fromRows>): string => ('error' in r ? r.error : 'no error');

describe('fromRows', () => {
  it('reads units, coders and values, an empty cell being a missing value', () => {
    const r = fromRows(rows(['unidad', 'Ana', 'Ben'], ['S1', ' Resonancia ', ''], ['S2', 'Quiebre 💔', 'Quiebre 💔'], ['', '', '']));
    expect(r).toEqual({ data: { units: ['S1', 'S2'], coders: ['Ana', 'Ben'], ratings: [['Resonancia', null], ['Quiebre 💔', 'Quiebre 💔']] } });
  });

  it('puts text in NFC, so an accent typed as a combining mark is the same category', () => {
    const r = fromRows(rows(['u', 'A', 'B'], ['1', 'Sintoni\u0301a', 'Sinton\u00eda']));
    expect('data' in r && r.data.ratings[0]![0] === r.data.ratings[0]![1]).toBe(true);
  });

  it('says in one sentence what is wrong and what to do', () => {
    expect(error(fromRows([], 'datos.csv'))).toBe('There is nothing in datos.csv: give a header row (unit id, then one column per coder) and one row per unit.');
    expect(error(fromRows(rows(['u', 'A'], ['1', 'x'])))).toMatch(/^The header of the matrix names only one coder column: .* e\.g\. unit,Ana,Ben\.$/);
    expect(error(fromRows(rows(['u'])))).toMatch(/names no coder column/);
    expect(error(fromRows(rows(['u', 'A', ''], ['1', 'x', 'y'])))).toMatch(/^Column 3 of the header of the matrix has no coder name: /);
    expect(error(fromRows(rows(['u', 'Ana', 'Ana'], ['1', 'x', 'y'])))).toMatch(/^Two columns of the header of the matrix are named "Ana": give each coder/);
    expect(error(fromRows(rows(['u', 'A', 'B'])))).toMatch(/^There are no units in the matrix, only a header row: /);
    expect(error(fromRows(rows(['u', 'A', 'B'], ['1', 'x'])))).toBe('Line 2 of the matrix has 2 cells but the header has 3: give every row one cell per column, leaving a cell empty for a missing value.');
    expect(error(fromRows(rows(['u', 'A', 'B'], ['', 'x', 'y'])))).toMatch(/^Line 2 of the matrix has no unit id/);
    expect(error(fromRows(rows(['u', 'A', 'B'], ['S1', 'x', 'y'], ['S1', 'x', 'x'])))).toMatch(/^The unit id "S1" appears twice in the matrix \(again on line 3\)/);
    expect(error(fromRows(rows(['1', 'x', 'y'], ['2', 'x', 'x'], ['3', 'y', 'y'])))).toMatch(/^The first row of the matrix looks like data, not a header/);
  });
});

describe('atLevel', () => {
  const data = { units: ['1', '2'], coders: ['A', 'B'], ratings: [['1', '2.5'], ['1e1', null]] };

  it('keeps text at the nominal level and reads numbers at the others', () => {
    expect(atLevel(data, 'nominal')).toEqual({ ratings: data.ratings });
    expect(atLevel(data, 'interval')).toEqual({ ratings: [[1, 2.5], [10, null]] });
  });

  it('refuses what is not a plain number', () => {
    for (const bad of ['0x10', 'Infinity', '1,5', 'NaN', '2 3']) {
      expect(error(atLevel({ ...data, ratings: [[bad, '1']] }, 'ordinal') as never)).toMatch(/^At the ordinal level every value must be a number/);
    }
  });
});
