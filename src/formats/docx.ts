/** .docx: text through mammoth, after the archive has been checked for size. */
import { zipSync } from 'fflate';
import mammoth from 'mammoth';
import { ImportError } from './import-error.js';
import { MAX_DOCX_UNZIPPED_BYTES } from './limits.js';
import { looksLikeZip, unzipLimited } from './zip.js';

// Compound File Binary: old .doc files and every password-protected Office file.
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * Extracts the text of a Word document, one paragraph per line (an empty paragraph gives an
 * empty line, a manual line break a line of its own).
 */
export async function extractDocx(bytes: Uint8Array, name: string): Promise<string> {
  if (CFB_MAGIC.every((b, i) => bytes[i] === b)) {
    throw new ImportError(
      `${name} is password-protected or an old Word .doc file; save it in Word as a .docx without a password and import that.`,
    );
  }
  const notWord = new ImportError(
    `${name} is not a Word document (.docx); open it in Word or LibreOffice, save it as .docx and import it again.`,
  );
  if (!looksLikeZip(bytes)) throw notWord;
  // Only the XML parts are read; images and embedded files are left compressed.
  const unzipped = unzipLimited(bytes, (n) => /\.(xml|rels)$/iu.test(n), MAX_DOCX_UNZIPPED_BYTES);
  if ('problem' in unzipped) {
    if (unzipped.problem === 'too-large') {
      throw new ImportError(
        `${name} expands to more than ${MAX_DOCX_UNZIPPED_BYTES / 1024 / 1024} MB of text and markup, ` +
          'which no transcript needs; check the file and import a smaller one.',
      );
    }
    throw notWord;
  }
  // mammoth reads a re-packed archive holding only the checked parts, never the original.
  const repacked = zipSync(unzipped.files, { level: 0 });
  let raw: string;
  try {
    raw = (await mammoth.extractRawText({ buffer: Buffer.from(repacked) })).value;
  } catch {
    throw notWord;
  }
  // mammoth ends every paragraph with a blank line; keep one line per paragraph instead.
  return raw.replace(/\n\n/gu, '\n').replace(/\n+$/u, '');
}
