/** What writing REFI-QDA XML shares: attributes, text, references and the schema's order of optional children. */
import { xmlSafe } from '../xml-safe.js';

export type X = Record<string, unknown>;

/** Code points before a UTF-16 offset: how the standard counts. */
export function codePointOffset(text: string, utf16: number): number {
  let n = 0;
  for (let i = 0; i < utf16 && i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A high surrogate and its low partner are one code point.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < utf16) i++;
    n++;
  }
  return n;
}

export const attrs = (o: Record<string, string | number | boolean | null | undefined>): X =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined && v !== '').map(([k, v]) => [`@_${k}`, typeof v === 'string' ? xmlSafe(v) : String(v)]));
export const text = (s: string): X => ({ '#text': xmlSafe(s) });
export const refs = (guids: readonly string[]): X[] => guids.map((g) => attrs({ targetGUID: g }));
export const list = <T>(items: readonly T[], f: (t: T) => X): X[] | undefined => (items.length ? items.map(f) : undefined);
/** Optional children in schema order: absent ones are left out, so empty elements are never written. */
export function seq(head: X, children: [string, unknown][]): X {
  const out: X = { ...head };
  for (const [k, v] of children) if (v !== undefined && !(Array.isArray(v) && v.length === 0)) out[k] = v;
  return out;
}

