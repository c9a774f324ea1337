/**
 * Splitting cases by an attribute, as a study reports its participants (gender; years of
 * experience in bands such as under 20, 20 to under 30, 30 and over), and summing a matrix's
 * columns over those groups.
 */

export type AttributeValue = string | number | boolean;

/** The label of cases that have no value for the attribute. */
export const NOT_SET = '(not set)';

/** Band labels for cut points [20, 30]: "under 20", "20 to under 30", "30 and over". */
export function bandLabels(cuts: readonly number[]): string[] {
  if (cuts.length === 0) return [];
  const labels = [`under ${cuts[0]}`];
  for (let i = 1; i < cuts.length; i++) labels.push(`${cuts[i - 1]} to under ${cuts[i]}`);
  labels.push(`${cuts[cuts.length - 1]} and over`);
  return labels;
}

/** Cut points from text such as "20, 30", sorted and without repeats. */
export function parseBands(text: string): number[] {
  const parts = text.split(',').map((s) => s.trim());
  // Number('') is 0: an empty item must be refused, not read as a cut at zero.
  const cuts = parts.map((s) => (s === '' ? NaN : Number(s)));
  if (cuts.some((n) => !Number.isFinite(n))) throw new Error('bands must be numbers separated by commas');
  return [...new Set(cuts)].sort((a, b) => a - b);
}

/**
 * The group of one value: its band when cut points are given (a value that is not a number goes
 * to "(not set)"), else the value itself as text.
 */
export function groupOf(value: AttributeValue | undefined, cuts: readonly number[] | null): string {
  if (value === undefined || String(value).trim() === '') return NOT_SET;
  if (!cuts || cuts.length === 0) return String(value);
  const n = typeof value === 'number' ? value : Number(String(value).replace(',', '.'));
  if (!Number.isFinite(n)) return NOT_SET;
  const labels = bandLabels(cuts);
  const i = cuts.findIndex((c) => n < c);
  return labels[i === -1 ? cuts.length : i]!;
}

/**
 * Group labels in reading order: bands in their own order, other values sorted (numbers as
 * numbers, text by locale), "(not set)" last. Only groups that hold something are kept.
 */
export function orderGroups(present: Iterable<string>, cuts: readonly number[] | null): string[] {
  const set = new Set(present);
  const tail = set.delete(NOT_SET) ? [NOT_SET] : [];
  if (cuts && cuts.length) return [...bandLabels(cuts).filter((l) => set.has(l)), ...tail];
  const values = [...set];
  const numeric = values.every((v) => v.trim() !== '' && Number.isFinite(Number(v)));
  values.sort(numeric ? (a, b) => Number(a) - Number(b) : (a, b) => a.localeCompare(b));
  return [...values, ...tail];
}

/**
 * Sum the columns of `cells` into groups: `groupOfColumn[j]` names column j's group, and the result
 * has one column per entry of `groups`. With `presence`, a group's cell counts its columns above
 * zero (the cases or documents the code applies to) instead of summing them.
 */
export function sumColumns(cells: readonly (readonly number[])[], groupOfColumn: readonly string[], groups: readonly string[], presence: boolean): number[][] {
  const index = new Map(groups.map((g, i) => [g, i]));
  return cells.map((row) => {
    const out = groups.map(() => 0);
    row.forEach((v, j) => {
      const g = index.get(groupOfColumn[j]!);
      if (g !== undefined) out[g]! += presence ? (v > 0 ? 1 : 0) : v;
    });
    return out;
  });
}
