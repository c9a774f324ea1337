/** Validation of the names researchers type, and code paths such as `Category/Property`. */
import { UserError, quoteName } from './errors.js';

export const MAX_NAME = 200;
export const MAX_TITLE = 500;
export const MAX_TEXT = 1_000_000;

/** Trim and NFC-normalise a name; refuse empty, overlong or multi-line names with a clear sentence. */
export function cleanName(raw: string, what: string, max = MAX_NAME): string {
  const name = raw.normalize('NFC').trim();
  if (name.length === 0) throw new UserError(`The ${what} is empty; give it a name.`);
  if (name.length > max) {
    throw new UserError(`The ${what} ${quoteName(name, 40)} has ${name.length} characters; use at most ${max}.`);
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) {
    throw new UserError(`The ${what} ${quoteName(name)} contains a line break or control character; use one line of text.`);
  }
  return name;
}

/** Split a code path on `/`; a slash inside a name is written `\/`. */
export function parsePath(path: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < path.length; i++) {
    const ch = path[i]!;
    if (ch === '\\' && path[i + 1] === '/') {
      current += '/';
      i++;
    } else if (ch === '/') {
      parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  parts.push(current);
  const clean = parts.map((p) => p.normalize('NFC').trim());
  if (clean.some((p) => p.length === 0)) {
    throw new UserError(`The code path ${quoteName(path)} has an empty part; write it as Category/Code.`);
  }
  return clean;
}

/** Join names into a path, escaping slashes inside names. */
export function formatPath(names: readonly string[]): string {
  return names.map((n) => n.replaceAll('/', '\\/')).join('/');
}

/** `#RRGGBB` in upper case, or a clear error. */
export function cleanColor(raw: string): string {
  const c = raw.trim();
  if (!/^#[0-9a-fA-F]{6}$/.test(c)) throw new UserError(`The colour ${quoteName(c)} is not of the form #RRGGBB (for example #E07A5F).`);
  return c.toUpperCase();
}
