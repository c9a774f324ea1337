/**
 * Where `exact` occurs in text: all start offsets, ascending, overlapping occurrences included
 * ("aa" occurs at 0 and 1 in "aaa"). An empty `exact` occurs nowhere.
 */
export function findAll(text: string, exact: string): number[] {
  return findAllBetween(text, exact, 0, text.length);
}

/** Start offsets of the occurrences of `exact` lying wholly inside [from, to). */
export function findAllBetween(text: string, exact: string, from: number, to: number): number[] {
  const starts: number[] = [];
  if (exact.length === 0 || to - from < exact.length) return starts;
  // Search a slice so that a miss does not scan on to the end of a long text.
  const window = from === 0 && to === text.length ? text : text.slice(from, to);
  for (let i = window.indexOf(exact); i !== -1; i = window.indexOf(exact, i + 1)) {
    starts.push(from + i);
  }
  return starts;
}
