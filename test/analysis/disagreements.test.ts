/** Places where coders differ: overlapping codings grouped, agreement only when both coded alike. */
import { describe, expect, it } from 'vitest';
import { chosenCodings, placesOf, type PlacedCoding } from '../../src/analysis/disagreements.js';

const c = (id: string, coder: string, code: string, start: number, end: number): PlacedCoding => ({ id, coder, code, start, end });

describe('placesOf', () => {
  it('groups overlapping codings of any coder and code into places, in text order', () => {
    const places = placesOf([
      c('1', 'ana', 'Risa', 10, 20), c('2', 'ben', 'Risa', 15, 30), c('3', 'ana', 'Alivio', 28, 35),
      c('4', 'ben', 'Silencio', 40, 50), c('5', 'ana', 'Silencio', 50, 55),
    ], ['ana', 'ben']);
    expect(places.map((p) => [p.start, p.end, p.agree])).toEqual([[10, 35, false], [40, 50, false], [50, 55, false]]);
    expect(places[0]!.byCoder.ana!.map((x) => x.id)).toEqual(['1', '3']);
    expect(places[1]!.byCoder.ana).toEqual([]);
  });

  it('finds agreement only where every coder applied the same codes to the same spans', () => {
    const places = placesOf([c('1', 'ana', 'Risa', 0, 9), c('2', 'ben', 'Risa', 0, 9), c('3', 'lia', 'Risa', 0, 9), c('4', 'ana', 'Risa', 20, 29), c('5', 'ben', 'Risa', 20, 28)], ['ana', 'ben']);
    expect(places.map((p) => p.agree)).toEqual([true, false]);
    // A coder not compared does not count, nor make a place.
    expect(placesOf([c('3', 'lia', 'Risa', 0, 9)], ['ana', 'ben'])).toEqual([]);
  });

  it('takes one coder’s codings, or the union of several, each span and code once', () => {
    const [place] = placesOf([c('1', 'ana', 'Risa', 0, 9), c('2', 'ben', 'Risa', 0, 9), c('3', 'ben', 'Alivio', 5, 12)], ['ana', 'ben']);
    expect(chosenCodings(place!, ['ana']).map((x) => x.id)).toEqual(['1']);
    expect(chosenCodings(place!, ['ana', 'ben']).map((x) => x.id)).toEqual(['1', '3']);
  });
});
