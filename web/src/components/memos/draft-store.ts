/**
 * Unsaved editor values kept in localStorage until the server confirms them, with the version of
 * the server copy they were written on: a draft restored after the object changed elsewhere is then
 * refused by the server and compared, rather than saved over the other change.
 */
export type Fields = Record<string, string>;

const VERSION_KEY = '$version';

/** The fields whose values differ from `base`. */
export function diff<F extends Fields>(values: F, base: F): Partial<F> {
  return Object.fromEntries(Object.entries(values).filter(([k, v]) => base[k] !== v)) as Partial<F>;
}
export const isEmpty = (o: object) => Object.keys(o).length === 0;

/** The stored draft merged over the server's values, or null when there is none or it says nothing new. */
export function readDraft<F extends Fields>(key: string, server: F): { values: F; version: number | undefined } | null {
  try {
    const raw = localStorage.getItem(key);
    if (!raw) return null;
    const draft = JSON.parse(raw) as Record<string, unknown>;
    const merged = { ...server };
    for (const k of Object.keys(server)) if (typeof draft[k] === 'string') (merged as Fields)[k] = draft[k];
    if (isEmpty(diff(merged, server))) {
      localStorage.removeItem(key);
      return null;
    }
    const version = draft[VERSION_KEY];
    return { values: merged, version: typeof version === 'number' ? version : undefined };
  } catch {
    return null;
  }
}

/** Stores the values with the version they were written on; null removes the draft. */
export function writeDraft(key: string, values: Fields | null, version?: number): void {
  try {
    if (values) localStorage.setItem(key, JSON.stringify(version === undefined ? values : { ...values, [VERSION_KEY]: version }));
    else localStorage.removeItem(key);
  } catch {
    // Storage full or disabled: the pause-and-save path still runs.
  }
}
