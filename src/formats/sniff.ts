/**
 * What a file's first bytes say it is, whatever its name: an upload is checked by its content, so a
 * PDF named `.docx` (or a zip named `.txt`) is refused with the name it should have.
 */
import { ImportError } from './import-error.js';

type Container = 'pdf' | 'zip' | 'ole' | null;

/** The container the bytes start with: a PDF, a zip (docx, odt), an old Office file, or none of these. */
export function containerOf(bytes: Uint8Array): Container {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.startsWith('PK\u0003\u0004')) return 'zip';
  if (head.startsWith('\u00d0\u00cf\u0011\u00e0\u00a1\u00b1\u001a\u00e1')) return 'ole';
  // PDF readers accept the header anywhere in the first kilobyte.
  if (head.includes('%PDF-')) return 'pdf';
  return null;
}

const EXPECTED: Record<string, Container> = { pdf: 'pdf', docx: 'zip', odt: 'zip', txt: null, md: null, vtt: null, srt: null };
const TRUE_NAME = { pdf: 'a PDF (.pdf)', zip: 'a Word or OpenDocument file (.docx or .odt)' } as const;

/** Refuse a file whose content is not what its extension says, naming what it holds. */
export function checkContent(bytes: Uint8Array, format: string, name: string): void {
  const found = containerOf(bytes);
  const expected = EXPECTED[format];
  // Only a clear mismatch is refused here; damaged, locked or odd files get their reader's own sentence.
  if (expected === undefined || found === expected || (found !== 'pdf' && found !== 'zip')) return;
  throw new ImportError(`${name} is named .${format} but holds ${TRUE_NAME[found]}; rename it accordingly and import it again.`);
}
