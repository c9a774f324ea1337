/**
 * The text of a text-bearing element (TextSource, a PDF's Representation, a Transcript, a Note):
 * inline `PlainTextContent`, else its plain-text file, else text extracted from its Word or PDF
 * original. Positions refer to the plain text as stored, so that is what is kept for mapping.
 */
import { decodeText } from '../decode.js';
import { parseFile } from '../index.js';
import { plural, Warnings } from './common.js';
import { mapText, type TextMap } from './positions.js';
import type { RefiSource } from './types.js';
import { kid, type XmlNode } from './xml.js';

/** Files of the archive, by the paths the project gives. */
export interface SourceFiles {
  /** The archive path for a path as the project writes it, or null when the archive lacks it. */
  find(ref: string): string | null;
  /** The bytes of an archive path found with `find`. */
  get(path: string): Uint8Array | undefined;
}

export interface TextBody {
  map: TextMap;
  original: RefiSource['original'];
  /** True when the text came from the rich original because the plain text was missing. */
  extracted: boolean;
}

/** What the element's file attributes point to inside the archive. */
export function fileOf(files: SourceFiles, ref: string | undefined): { path: string; bytes: Uint8Array } | null {
  if (!ref) return null;
  const path = files.find(ref);
  const bytes = path === null ? undefined : files.get(path);
  return path !== null && bytes ? { path, bytes } : null;
}

/**
 * The element's text, or null when it has none that can be read. `label` names it in warnings;
 * `fallback` is a further original (a PDFSource's pdf) to extract text from.
 */
export async function readBody(
  node: XmlNode, label: string, files: SourceFiles, warnings: Warnings, fallback: { path: string; bytes: Uint8Array } | null = null,
): Promise<TextBody | null> {
  const rich = fileOf(files, node.attrs.richTextPath) ?? fallback;
  const inline = kid(node, 'PlainTextContent');
  if (inline) return { map: mapText(inline.text), original: rich, extracted: false };
  const plain = fileOf(files, node.attrs.plainTextPath);
  if (plain) {
    const decoded = decodeText(plain.bytes);
    if ('text' in decoded) return { map: mapText(decoded.text), original: rich ?? plain, extracted: false };
    warnings.add(`The plain text of ${label} could not be decoded as text, so Sparks used its original file if there was one.`);
  }
  if (rich) {
    const ext = /\.pdf$/iu.test(rich.path) ? 'pdf' : 'docx';
    const parsed = await parseFile(rich.bytes, `${label}.${ext}`);
    if ('parsed' in parsed) {
      if (node.attrs.plainTextPath || ext === 'docx') {
        warnings.add(`The plain text of ${label} is missing from the archive, so its text was taken from its ${ext === 'pdf' ? 'PDF' : 'Word'} file; check where its selections landed.`);
      }
      return { map: mapText(parsed.parsed.text), original: rich, extracted: true };
    }
  }
  return null;
}

/** How many text selections an element holds, for the warning when it is skipped. */
export function countSelections(node: XmlNode): number {
  let n = 0;
  for (const c of node.children) {
    if (c.name === 'PlainTextSelection') n++;
    n += countSelections(c);
  }
  return n;
}

export function skippedWarning(warnings: Warnings, label: string, selections: number): void {
  warnings.add(
    `${label} was not imported: neither its plain text nor its original file is in the archive` +
      (selections > 0 ? `, so its ${plural(selections, 'text selection')} could not be imported either` : '') + '.',
  );
}
