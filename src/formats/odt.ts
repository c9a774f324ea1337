/** .odt: `content.xml` out of the zip (fflate), paragraphs out of the XML (fast-xml-parser). */
import { ImportError } from './import-error.js';
import { MAX_ODT_CONTENT_BYTES } from './limits.js';
import { odtParagraphs } from './odt-content.js';
import { looksLikeZip, unzipLimited } from './zip.js';

const WANTED = new Set(['content.xml', 'META-INF/manifest.xml']);

/** Extracts the text of an OpenDocument text, one paragraph per line. */
export function extractOdt(bytes: Uint8Array, name: string): string {
  const notOdt = new ImportError(
    `${name} is not an OpenDocument text (.odt); open it in LibreOffice, save it as .odt and import it again.`,
  );
  if (!looksLikeZip(bytes)) throw notOdt;
  const unzipped = unzipLimited(bytes, (n) => WANTED.has(n), MAX_ODT_CONTENT_BYTES);
  if ('problem' in unzipped) {
    if (unzipped.problem === 'too-large') {
      throw new ImportError(
        `${name} expands to more than ${MAX_ODT_CONTENT_BYTES / 1024 / 1024} MB of content, ` +
          'which no transcript needs; check the file and import a smaller one.',
      );
    }
    throw notOdt;
  }
  const manifest = decode(unzipped.files['META-INF/manifest.xml']);
  if (manifest?.includes('encryption-data')) {
    throw new ImportError(
      `${name} is protected by a password; save it in LibreOffice without a password and import that.`,
    );
  }
  const content = decode(unzipped.files['content.xml']);
  if (content === null) throw notOdt;
  let paragraphs: string[] | null;
  try {
    paragraphs = odtParagraphs(content);
  } catch {
    paragraphs = null;
  }
  if (paragraphs === null) throw notOdt;
  return paragraphs.join('\n');
}

function decode(bytes: Uint8Array | undefined): string | null {
  if (!bytes) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
