/**
 * Import adapters: one entry point that turns the bytes of a transcript file into canonical text
 * and speaker turns, or into one sentence saying what is wrong. Nothing here writes anything.
 */
import type { TurnSpan } from '../core/types.js';
import { canonicalize, isBlank, longestLineLength } from '../core/text.js';
import { extractDocx } from './docx.js';
import { displayName, ImportError, oneSentence } from './import-error.js';
import { checkContent } from './sniff.js';
import { MAX_FILE_BYTES, MAX_LINE_CHARS } from './limits.js';
import { extractOdt } from './odt.js';
import { extractPdf } from './pdf.js';
import { extractPlainText } from './plain-text.js';
import { subtitlesToText } from './subtitles.js';
import { detectTurns } from './turns.js';

export type ImportFormat = 'txt' | 'md' | 'docx' | 'odt' | 'pdf' | 'vtt' | 'srt';

/** A file's text, canonical (see `canonicalize`), with turns whose [start, end) index into it. */
export interface ImportedText {
  text: string;
  turns: TurnSpan[];
  format: ImportFormat;
  mime: string;
}

/** Either the imported text or one sentence naming the file and saying what to do. */
export type ParseResult = { parsed: ImportedText } | { error: string };

const MIME: Record<ImportFormat, string> = {
  txt: 'text/plain',
  md: 'text/markdown',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  odt: 'application/vnd.oasis.opendocument.text',
  pdf: 'application/pdf',
  vtt: 'text/vtt',
  srt: 'application/x-subrip',
};

/** File extensions `parseFile` reads, lower-case with the dot. */
export const SUPPORTED_EXTENSIONS: readonly string[] = Object.freeze(Object.keys(MIME).map((f) => `.${f}`));

/**
 * Reads a transcript file. Never throws for bad input: every problem (unknown extension, empty or
 * oversized file, binary or undecodable bytes, damaged, encrypted or image-only documents, a line
 * too long to be a transcript) comes back as `{ error }`.
 */
export async function parseFile(bytes: Uint8Array, fileName: string): Promise<ParseResult> {
  const name = displayName(fileName);
  try {
    return { parsed: await parse(bytes, name) };
  } catch (err) {
    if (err instanceof ImportError) return { error: err.message };
    const reason = err instanceof Error ? err.message : String(err);
    return { error: oneSentence(`${name} could not be read (${reason.slice(0, 200)}); check the file and import it again`) };
  }
}

async function parse(bytes: Uint8Array, name: string): Promise<ImportedText> {
  const format = formatOf(name);
  if (bytes.length > MAX_FILE_BYTES) {
    throw new ImportError(
      `${name} is ${(bytes.length / 1024 / 1024).toFixed(0)} MB, more than the ${MAX_FILE_BYTES / 1024 / 1024} MB ` +
        'Sparks imports; split it into smaller files and import those.',
    );
  }
  if (bytes.length === 0) throw empty(name);
  checkContent(bytes, format, name);

  let text: string;
  let turns: TurnSpan[] | null = null;
  if (format === 'vtt' || format === 'srt') {
    const subtitles = await subtitlesToText(extractPlainText(bytes, name), format);
    if (subtitles === null) {
      if (isBlank(extractPlainText(bytes, name))) throw empty(name);
      throw new ImportError(
        `${name} has no subtitle cues that could be read; check that it is a valid ${format === 'vtt' ? 'WebVTT' : 'SubRip'} file.`,
      );
    }
    ({ text, turns } = subtitles);
    // Turns were measured on this text; it must already be canonical for them to hold.
    if (canonicalize(text) !== text) throw new Error('subtitle text is not canonical');
  } else {
    text = canonicalize(await extractText(format, bytes, name));
  }

  if (isBlank(text)) throw empty(name);
  const longest = longestLineLength(text);
  if (longest > MAX_LINE_CHARS) {
    throw new ImportError(
      `${name} has a line of ${longest.toLocaleString('en')} characters, so it does not look like a transcript; ` +
        'add line breaks and import it again.',
    );
  }
  return { text, turns: turns ?? detectTurns(text), format, mime: MIME[format] };
}

function extractText(format: Exclude<ImportFormat, 'vtt' | 'srt'>, bytes: Uint8Array, name: string): Promise<string> | string {
  switch (format) {
    case 'txt':
    case 'md':
      return extractPlainText(bytes, name);
    case 'docx':
      return extractDocx(bytes, name);
    case 'odt':
      return extractOdt(bytes, name);
    case 'pdf':
      return extractPdf(bytes, name);
  }
}

function formatOf(name: string): ImportFormat {
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 ? name.slice(dot).toLowerCase() : '';
  const format = ext.slice(1);
  if (format in MIME) return format as ImportFormat;
  if (ext === '.doc') {
    throw new ImportError(`${name} is an old Word .doc file, which Sparks cannot read; save it as .docx and import that.`);
  }
  const kind = ext === '' ? 'has no file extension' : `has the extension ${ext}, which Sparks cannot import`;
  throw new ImportError(`${name} ${kind}; import a ${SUPPORTED_EXTENSIONS.join(', ')} file instead.`);
}

function empty(name: string): ImportError {
  return new ImportError(`${name} is empty; nothing was imported.`);
}
