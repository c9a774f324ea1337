/** GUIDs and colours in the one form Sparks stores: lower case, no braces; `#rrggbb`. */

const GUID = /^\{?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\}?$/iu;

/** The canonical form of a GUID, or null when the value is not one. */
export function normGuid(value: string | undefined | null): string | null {
  if (value === undefined || value === null) return null;
  const m = GUID.exec(value.trim());
  return m?.[1] ? m[1].toLowerCase() : null;
}

/** `#RGB` and `#RRGGBB` (any case) as `#RRGGBB` upper case; anything else is no colour. */
export function normColor(value: string | undefined | null): string | null {
  if (!value) return null;
  const v = value.trim();
  if (/^#[0-9a-f]{6}$/iu.test(v)) return v.toUpperCase();
  if (/^#[0-9a-f]{3}$/iu.test(v)) return `#${[...v.slice(1)].map((c) => c + c).join('')}`.toUpperCase();
  return null;
}
