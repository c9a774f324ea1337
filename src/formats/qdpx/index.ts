/**
 * REFI-QDA import: a project (.qdpx archive or bare .qde) or a codebook (.qdc) read into Sparks'
 * terms (see `types.ts`). Pure: bytes in, a value or an `ImportError` out; nothing is written.
 */
import { displayName, ImportError } from '../import-error.js';
import { looksLikeZip } from '../zip.js';
import { openArchive } from './archive.js';
import { MAX_QDE_BYTES, MAX_QDPX_BYTES } from './limits.js';
import { fileRefs } from './read-sources.js';
import { readProject } from './read-project.js';
import type { RefiProject } from './types.js';
import { decodeXml, kid, parseXml } from './xml.js';

export { readQdc } from './read-codebook.js';
export type * from './types.js';

/** Reads a .qdpx archive. Throws an `ImportError` (one sentence naming the file) when it cannot. */
export async function readQdpx(bytes: Uint8Array, fileName: string): Promise<RefiProject> {
  const what = displayName(fileName);
  if (!looksLikeZip(bytes)) {
    throw new ImportError(`${what} is not a REFI-QDA project archive (it is not a zip file); export it again from the other program as a .qdpx project.`);
  }
  if (bytes.length > MAX_QDPX_BYTES) {
    throw new ImportError(`${what} is ${Math.round(bytes.length / 1e6)} MB, more than the ${MAX_QDPX_BYTES / 1e6} MB Sparks imports; export the project again without its media files.`);
  }
  const archive = openArchive(bytes, what);
  const qdeBytes = archive.read([archive.qdePath]).get(archive.qdePath) ?? new Uint8Array();
  const root = parseXml(decodeXml(qdeBytes), what, 'REFI-QDA project');
  const wanted = [...new Set(fileRefs(kid(root, 'Sources')).concat(fileRefs(kid(root, 'Notes'))).map((r) => archive.find(r)).filter((p): p is string => p !== null))];
  const files = archive.read(wanted);
  return readProject(root, { find: archive.find, get: (p) => files.get(p) }, what);
}

/** Reads a bare project.qde (no archive, so no source files: only inline texts can be read). */
export async function readQde(bytes: Uint8Array, fileName: string): Promise<RefiProject> {
  const what = displayName(fileName);
  if (looksLikeZip(bytes)) return readQdpx(bytes, fileName);
  if (bytes.length > MAX_QDE_BYTES) {
    throw new ImportError(`${what} is larger than the ${MAX_QDE_BYTES / 1024 / 1024} MB Sparks reads for a project file; split the project in the other program and export the parts separately.`);
  }
  const root = parseXml(decodeXml(bytes), what, 'REFI-QDA project');
  return readProject(root, { find: () => null, get: () => undefined }, what);
}
