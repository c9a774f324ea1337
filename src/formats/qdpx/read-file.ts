/**
 * A REFI-QDA project file (.qdpx, or a bare .qde) read with what importing it needs. Reading a
 * large archive takes seconds of inflating and parsing; on a worker thread the server keeps
 * answering everyone else meanwhile. Run from the TypeScript sources (tests), where there is no
 * compiled worker to start, it reads in place.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { SourceExtras } from '../../core/refi-import/documents.js';
import type { RefiProject } from '../../core/refi.js';
import { displayName, ImportError } from '../import-error.js';
import { readQde, readQdpx } from './index.js';
import { sourceExtras } from './source-extras.js';

export interface ProjectFile { project: RefiProject; extras: Record<string, SourceExtras> }

export async function readProjectHere(bytes: Uint8Array, fileName: string): Promise<ProjectFile> {
  const project = /\.qde$/iu.test(fileName) ? await readQde(bytes, fileName) : await readQdpx(bytes, fileName);
  return { project, extras: sourceExtras(project) };
}

const WORKER = new URL('./read-worker.js', import.meta.url);

/** True where the compiled worker exists, i.e. when Sparks runs as built. */
export const readsOffThread = (): boolean => existsSync(fileURLToPath(WORKER));

/** Reads the file on a worker thread when Sparks runs as built; an `ImportError` keeps its sentence. */
export function readProjectFile(bytes: Uint8Array, fileName: string): Promise<ProjectFile> {
  if (!readsOffThread()) return readProjectHere(bytes, fileName);
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { workerData: { bytes, fileName } });
    let settled = false;
    const settle = (f: () => void) => { if (!settled) { settled = true; f(); } };
    worker.once('message', (m: { read?: ProjectFile; refused?: string; failed?: string }) => settle(() => {
      if (m.read) resolve(m.read);
      else if (m.refused) reject(new ImportError(m.refused));
      else reject(new Error(`Reading ${fileName} failed: ${m.failed ?? 'no answer'}`));
    }));
    worker.once('error', (err: Error & { code?: string }) => settle(() => reject(err.code === 'ERR_WORKER_OUT_OF_MEMORY'
      ? new ImportError(`${displayName(fileName)} needs more memory to read than this server has; export the project again without its media files, or import it with \`sparks import-qdpx\` on a larger machine.`)
      : err)));
    worker.once('exit', (code) => settle(() => reject(new Error(`Reading ${fileName} stopped (exit code ${code}) before it finished.`))));
  });
}
