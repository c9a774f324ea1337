/**
 * Reliability data (Krippendorff, 2004, ch. 11): units × coders, each cell one value or missing.
 * Built from rows of text cells (a CSV file's, or later a project's codings) and checked here,
 * so every reader gets the same rules and the same one-sentence errors.
 */

export const LEVELS = ['nominal', 'ordinal', 'interval', 'ratio'] as const;
/** Level of measurement: which differences between two values count as disagreement, and how much. */
export type Level = (typeof LEVELS)[number];

export type Value = string | number;
/** One row per unit, one column per coder; `null` where the coder gave the unit no value. */
export type Ratings<V extends Value = Value> = readonly (readonly (V | null)[])[];

/** Reliability data as read: unit ids, coder names and the text values in their cells. */
export interface ReliabilityData { units: string[]; coders: string[]; ratings: Ratings<string> }

/** A source row: its cells and the line it started on, for error messages. */
export interface SourceRow { cells: readonly string[]; line: number }

/** Why a coefficient has no value. Each is a phrase that completes "not defined: …". */
export const NOT_DEFINED = {
  oneCoder: 'there is only one coder',
  noPairs: 'no unit has values from two coders',
  noVariation: 'every value is the same',
} as const;

/** A coefficient's value, or `null` with the reason it is not defined (never NaN). */
export type Estimate = { value: number; reason: null } | { value: null; reason: string };

export const estimate = (value: number): Estimate => ({ value, reason: null });
export const notDefined = (reason: string): Estimate => ({ value: null, reason });

const quote = (s: string): string => `"${s.length > 40 ? `${s.slice(0, 40)}…` : s}"`;

/**
 * Check rows whose first is the header (unit id column, then one column per coder). Cells are
 * trimmed and put in Unicode NFC, so "Sintonía" typed on two systems is one category; an empty
 * cell is a missing value; a row whose cells are all empty (a spreadsheet's trailing rows) is skipped.
 * `source` names the data in error messages (a file name).
 */
export function fromRows(rows: readonly SourceRow[], source = 'the matrix'): { data: ReliabilityData } | { error: string } {
  const clean = rows
    .map((r) => ({ line: r.line, cells: r.cells.map((c) => c.trim().normalize('NFC')) }))
    .filter((r) => r.cells.some((c) => c !== ''));
  const [header, ...body] = clean;
  if (!header) return { error: `There is nothing in ${source}: give a header row (unit id, then one column per coder) and one row per unit.` };
  const coders = header.cells.slice(1);
  if (coders.length < 2) {
    return { error: `The header of ${source} names ${coders.length === 0 ? 'no coder column' : 'only one coder column'}: agreement needs a unit id column and at least two coder columns, e.g. unit,Ana,Ben.` };
  }
  const unnamed = coders.findIndex((c) => c === '');
  if (unnamed >= 0) return { error: `Column ${unnamed + 2} of the header of ${source} has no coder name: start the file with a header row such as unit,Ana,Ben.` };
  const twice = coders.find((c, i) => coders.indexOf(c) !== i);
  if (twice !== undefined) return { error: `Two columns of the header of ${source} are named ${quote(twice)}: give each coder column its own name.` };
  if (body.length === 0) return { error: `There are no units in ${source}, only a header row: add one row per unit below it.` };

  const units: string[] = [];
  const seen = new Set<string>();
  const ratings: (string | null)[][] = [];
  for (const { cells, line } of body) {
    if (cells.length !== header.cells.length) {
      return { error: `Line ${line} of ${source} has ${cells.length} cells but the header has ${header.cells.length}: give every row one cell per column, leaving a cell empty for a missing value.` };
    }
    const [unit = '', ...values] = cells;
    if (unit === '') return { error: `Line ${line} of ${source} has no unit id in its first cell: give every unit an id.` };
    if (seen.has(unit)) return { error: `The unit id ${quote(unit)} appears twice in ${source} (again on line ${line}): give each unit one row with a unique id.` };
    seen.add(unit);
    units.push(unit);
    ratings.push(values.map((v) => (v === '' ? null : v)));
  }
  // a file without a header would silently lose its first unit and name coders after its values
  const used = new Set(ratings.flat());
  if (coders.every((c) => used.has(c))) {
    return { error: `The first row of ${source} looks like data, not a header (every coder name in it is also a value): start the file with a header row such as unit,Ana,Ben, or, if it is the header, name the coders with words that are not also values.` };
  }
  return { data: { units, coders, ratings } };
}

/** Where a cell is, for error messages; built only when there is an error to report. */
const cellName = (data: ReliabilityData, u: number, c: number): string =>
  `unit ${quote(data.units[u] ?? String(u + 1))}, coder ${quote(data.coders[c] ?? String(c + 1))}`;

const NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

/**
 * The values as the level needs them: text categories at the nominal level; numbers at the
 * ordinal, interval and ratio levels (ordinal ranks follow the numbers' order), non-negative at
 * the ratio level, which has an absolute zero.
 */
export function atLevel(data: ReliabilityData, level: Level): { ratings: Ratings } | { error: string } {
  if (level === 'nominal') return { ratings: data.ratings };
  const out: (number | null)[][] = [];
  for (let u = 0; u < data.ratings.length; u++) {
    const row = data.ratings[u]!;
    const converted: (number | null)[] = new Array(row.length);
    for (let c = 0; c < row.length; c++) {
      const text = row[c] as string | null;
      if (text === null) {
        converted[c] = null;
        continue;
      }
      const value = NUMBER.test(text) ? Number(text) : NaN;
      if (!Number.isFinite(value)) {
        return { error: `At the ${level} level every value must be a number, but ${quote(text)} (${cellName(data, u, c)}) is not: code the values as numbers, or use --level nominal for categories.` };
      }
      if (level === 'ratio' && value < 0) {
        return { error: `At the ratio level values cannot be negative, but ${quote(text)} (${cellName(data, u, c)}) is: use --level interval for values without an absolute zero.` };
      }
      converted[c] = value;
    }
    out.push(converted);
  }
  return { ratings: out };
}

/** The values a unit received, missing ones left out. */
export function valuesOf<V extends Value>(row: readonly (V | null)[]): V[] {
  return row.filter((v): v is V => v !== null);
}

/** How many coder columns the ratings have (the longest row). */
export function coderCount(ratings: Ratings): number {
  return ratings.reduce((most, row) => Math.max(most, row.length), 0);
}

/** Units with values from two or more coders: the only ones that say anything about agreement. */
export function pairableUnits(ratings: Ratings): number {
  let pairable = 0;
  for (const row of ratings) {
    let n = 0;
    for (const v of row) if (v != null && ++n === 2) break;
    if (n >= 2) pairable += 1;
  }
  return pairable;
}

/** Why nothing can be computed from these ratings, or null when some units are pairable. */
export function whyNoPairs(ratings: Ratings): string | null {
  if (coderCount(ratings) < 2) return NOT_DEFINED.oneCoder;
  return pairableUnits(ratings) === 0 ? NOT_DEFINED.noPairs : null;
}
