/**
 * Ratings counted once into flat arrays: categories numbered in first-seen order (row by row),
 * and per unit its number of values and each category's count. The κ family and α read these
 * instead of a map per unit, which on large data cost more in allocation than in arithmetic.
 */
import type { Ratings, Value } from './reliability-data.js';

export interface Tally<V extends Value = Value> {
  /** The distinct values, in the order first seen. */
  values: V[];
  /** Values per unit (m_u). */
  m: Int32Array;
  /** Unit u's categories are `ids` and `counts` at `start[u]` … `start[u + 1]` − 1, in first-seen order. */
  start: Int32Array;
  ids: Int32Array;
  counts: Int32Array;
}

/** Count the ratings; with `minValues` = 2, units with fewer values are left out entirely (values included). */
export function tallyOf<V extends Value>(ratings: Ratings<V>, minValues = 0): Tally<V> {
  const index = new Map<V, number>();
  const values: V[] = [];
  const m = new Int32Array(ratings.length);
  const start = new Int32Array(ratings.length + 1);
  let cells = 0;
  for (const row of ratings) cells += row.length;
  const ids = new Int32Array(cells);
  const counts = new Int32Array(cells);
  // where each category sits in the current unit's slice, −1 when absent; reset after each unit
  let slot = new Int32Array(16).fill(-1);
  let at = 0;
  for (let u = 0; u < ratings.length; u++) {
    const row = ratings[u]!;
    start[u] = at;
    let n = 0;
    for (let c = 0; c < row.length; c++) if (row[c] != null) n += 1;
    m[u] = n;
    if (n < minValues) continue;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      // a hole in a sparse row is missing, as `filter` would skip it
      if (v == null) continue;
      let id = index.get(v);
      if (id === undefined) {
        id = values.length;
        index.set(v, id);
        values.push(v);
        if (id >= slot.length) {
          const grown = new Int32Array(slot.length * 2).fill(-1);
          grown.set(slot);
          slot = grown;
        }
      }
      const s = slot[id]!;
      if (s >= 0) counts[s] = counts[s]! + 1;
      else {
        slot[id] = at;
        ids[at] = id;
        counts[at] = 1;
        at += 1;
      }
    }
    for (let s = start[u]!; s < at; s++) slot[ids[s]!] = -1;
  }
  start[ratings.length] = at;
  return { values, m, start, ids, counts };
}
