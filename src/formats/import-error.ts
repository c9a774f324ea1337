/**
 * An import problem with a message fit to show a researcher: one sentence that names the file and
 * says what to do. Adapters throw it; `parseFile` turns it into `{ error }`.
 */
export class ImportError extends Error {
  constructor(message: string) {
    super(oneSentence(message));
    this.name = 'ImportError';
  }
}

/** Collapses whitespace (no newlines in a message) and makes sure it ends with a period. */
export function oneSentence(message: string): string {
  const flat = message.replace(/\s+/gu, ' ').trim();
  return /[.!?]$/u.test(flat) ? flat : `${flat}.`;
}

/** The file's base name, safe to put in a one-line message. */
export function displayName(fileName: string): string {
  const base = fileName.split(/[\\/]/u).pop() ?? fileName;
  const flat = base.replace(/[\u0000-\u001f\u007f]+/gu, ' ').trim();
  return flat === '' ? 'The file' : flat;
}
