/**
 * The worker side of `readProjectFile`: reads one REFI-QDA project and works out its documents'
 * extras, then posts them back, or posts the one-sentence message of an import problem.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ImportError } from '../import-error.js';
import { readProjectHere, type ProjectFile } from './read-file.js';

const { bytes, fileName } = workerData as { bytes: Uint8Array; fileName: string };
readProjectHere(bytes, fileName).then(
  (read: ProjectFile) => parentPort?.postMessage({ read }),
  (err: unknown) => parentPort?.postMessage(err instanceof ImportError ? { refused: err.message } : { failed: err instanceof Error ? err.stack ?? err.message : String(err) }),
);
