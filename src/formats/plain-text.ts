/** .txt and .md (and the text inside .vtt/.srt): bytes decoded to a string. */
import { decodeText } from './decode.js';
import { ImportError } from './import-error.js';

/** Decodes a text file, or throws a message saying why it cannot be read as text. */
export function extractPlainText(bytes: Uint8Array, name: string): string {
  const decoded = decodeText(bytes);
  if ('text' in decoded) return decoded.text;
  if (decoded.problem === 'binary') {
    throw new ImportError(
      `${name} does not look like a text file (it holds binary data); check that you chose the right file.`,
    );
  }
  throw new ImportError(
    `${name} is not UTF-8 and its encoding could not be recognised; save it as UTF-8 text and import it again.`,
  );
}
