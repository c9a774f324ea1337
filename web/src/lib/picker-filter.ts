/**
 * What the code picker lists for a typed filter: codes ranked by how well their name or path
 * matches (ignoring case and accents), the most recently used first when nothing is typed, and
 * whether to offer creating a code with the typed name.
 */

/** The parts of a code the picker needs (a CodeListing fits). */
export interface PickableCode { id: string; name: string; path: string }

/** Lower case without accents, so "reaccion" finds "Reacción". */
export const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();

/** Splits a path on `/`, keeping `\/` (a slash inside a name) as part of the name. */
export function splitPath(path: string): string[] {
  return path.split(/(?<!\\)\//).map((part) => part.replaceAll('\\/', '/').trim());
}

/** A name as it is written inside a path. */
export const escapeName = (name: string): string => name.replaceAll('/', '\\/');

/** Lower is better; null when the code does not match. */
function score(code: PickableCode, q: string): number | null {
  const name = fold(code.name);
  const path = fold(code.path);
  if (name === q || path === q) return 0;
  if (name.startsWith(q)) return 1;
  if (` ${name}`.includes(` ${q}`)) return 2;
  if (name.includes(q)) return 3;
  if (path.startsWith(q)) return 4;
  if (path.includes(q)) return 5;
  if (q.includes('/') && partsMatch(splitPath(path), splitPath(q))) return 6;
  return null;
}

/** "trig/hum" matches "Triggers/Humour": each typed part within the path's parts, in order. */
function partsMatch(path: readonly string[], typed: readonly string[]): boolean {
  let at = 0;
  for (const part of typed) {
    while (at < path.length && !path[at]!.includes(part)) at++;
    if (at++ >= path.length) return false;
  }
  return true;
}

/**
 * The codes matching `query`, best first; ties keep recently used codes first, then the given
 * (tree) order. With an empty query: the recent codes first, then every other code in order.
 */
export function rankCodes<C extends PickableCode>(codes: readonly C[], query: string, recent: readonly string[]): C[] {
  const q = fold(query.trim().replace(/\s+/g, ' '));
  const recency = (c: C): number => {
    const i = recent.indexOf(c.id);
    return i === -1 ? recent.length : i;
  };
  return codes
    .map((code, order) => ({ code, order, rank: q === '' ? 0 : score(code, q) }))
    .filter((x): x is { code: C; order: number; rank: number } => x.rank !== null)
    .sort((a, b) => a.rank - b.rank || recency(a.code) - recency(b.code) || a.order - b.order)
    .map((x) => x.code);
}

/** A code to create from the typed text: its name and the path of its parent (null at the top). */
export type CreateTarget = { name: string; parent: string | null };

/**
 * What typing `query` offers to create: nothing when it is empty or names an existing code,
 * a target (`Category/Name` goes under that existing category), or a sentence saying why not.
 */
export function createTarget(codes: readonly PickableCode[], query: string): CreateTarget | { problem: string } | null {
  const typed = query.trim().replace(/\s+/g, ' ');
  if (typed === '') return null;
  const q = fold(typed);
  if (codes.some((c) => fold(c.name) === q || fold(c.path) === q)) return null;
  const parts = splitPath(typed);
  const name = parts.pop()!;
  if (name === '') return { problem: 'Type the new code’s name after the “/”.' };
  if (parts.length === 0) return { name, parent: null };
  const wanted = parts.map(fold).join('/');
  const parent = codes.find((c) => splitPath(c.path).map(fold).join('/') === wanted);
  if (!parent) return { problem: `There is no category “${parts.join('/')}”; create it in the Code system first, or type a name without “/”.` };
  return { name, parent: parent.path };
}

export const IN_VIVO_MAX = 60;

/** An in-vivo code's name: the selected words on one line, cut at a word boundary near 60 characters. */
export function inVivoName(text: string): string {
  const words = text.replace(/\s+/g, ' ').trim();
  if (words.length <= IN_VIVO_MAX) return words;
  let cut = words.lastIndexOf(' ', IN_VIVO_MAX);
  if (cut < IN_VIVO_MAX / 2) cut = IN_VIVO_MAX;
  // Never split an emoji or other surrogate pair.
  if (/[\uD800-\uDBFF]/.test(words[cut - 1] ?? '')) cut--;
  return `${words.slice(0, cut).trimEnd()}…`;
}
