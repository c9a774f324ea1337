/** Code listings as the server sends them, for the code system's tests. */
import type { CodeListing } from '../../web/src/api.js';

/** One listing from its path (`/` separates levels); ids are the paths, so tests read plainly. */
export function listing(path: string, extra: Partial<CodeListing> = {}): CodeListing {
  const parts = path.split('/');
  return {
    id: path, name: parts[parts.length - 1]!, path, parent: parts.length > 1 ? parts.slice(0, -1).join('/') : null,
    depth: parts.length - 1, definition: '', color: null, attributes: {}, codings: 0, codingsWithChildren: 0, cases: 0, casesWithChildren: 0, version: 1,
    ...extra,
  };
}

/** A small Spanish codebook in tree order: two categories with properties, and one with none. */
export const CODEBOOK: CodeListing[] = [
  listing('Reacción emocional', { codings: 1, codingsWithChildren: 6, cases: 1, casesWithChildren: 3, color: '#E07A5F' }),
  listing('Reacción emocional/Risa 😊', { codings: 3, codingsWithChildren: 3, cases: 2, casesWithChildren: 2, attributes: { owner: 'P', number: '4' } }),
  listing('Reacción emocional/Llanto', { codings: 2, codingsWithChildren: 2, cases: 1, casesWithChildren: 1 }),
  listing('Condiciones', { codings: 0, codingsWithChildren: 4, cases: 0, casesWithChildren: 2 }),
  listing('Condiciones/Confianza', { codings: 4, codingsWithChildren: 4, cases: 2, casesWithChildren: 2 }),
  listing('Condiciones/Confianza/Reacción', { codings: 0, codingsWithChildren: 0 }),
  listing('Silencio'),
];
