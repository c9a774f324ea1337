/** A REFI-QDA codebook (.qdc): codes and sets, nothing else. */
import { displayName, ImportError } from '../import-error.js';
import { looksLikeZip } from '../zip.js';
import { Ids, Warnings, unknownChildren } from './common.js';
import { MAX_QDE_BYTES } from './limits.js';
import { readCodes, readSets } from './read-codes.js';
import type { RefiCodebook } from './types.js';
import { decodeXml, kid, parseXml } from './xml.js';

/** Reads a codebook; throws an `ImportError` (one sentence naming the file) when it cannot. */
export function readQdc(bytes: Uint8Array, fileName: string): RefiCodebook {
  const what = displayName(fileName);
  if (looksLikeZip(bytes)) {
    throw new ImportError(`${what} is a zip archive, not a REFI-QDA codebook; if it is a .qdpx project, import it as a project instead.`);
  }
  if (bytes.length > MAX_QDE_BYTES) {
    throw new ImportError(`${what} is larger than the ${MAX_QDE_BYTES / 1024 / 1024} MB a codebook could need; check that it is the right file.`);
  }
  const root = parseXml(decodeXml(bytes), what, 'REFI-QDA codebook');
  if (root.name === 'Project') {
    throw new ImportError(`${what} is a REFI-QDA project, not a codebook; import it as a project instead.`);
  }
  if (root.name !== 'CodeBook') {
    throw new ImportError(`${what} is not a REFI-QDA codebook (its root element is <${root.name}>); export the codebook again as a .qdc file.`);
  }
  const warnings = new Warnings();
  const ids = new Ids(warnings);
  unknownChildren(root, new Set(['Codes', 'Sets']), warnings);
  return {
    origin: root.attrs.origin?.trim() || null,
    codes: readCodes(kid(root, 'Codes'), ids, warnings),
    sets: readSets(kid(root, 'Sets'), ids, warnings),
    warnings: warnings.list(),
  };
}
