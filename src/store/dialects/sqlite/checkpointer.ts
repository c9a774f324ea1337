/**
 * WAL checkpoints in a worker thread. SQLite otherwise checkpoints inside whichever commit crosses
 * the WAL size limit, so every few dozen codings one user's click waited tens of milliseconds for
 * pages to be copied and synced. A passive checkpoint from a second connection never blocks the
 * writer, and on its own thread it never blocks the event loop either.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

const INTERVAL_MS = 250;

// CommonJS evaluated in the worker; the driver's path comes from here, so it resolves wherever Sparks runs.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
const checkpoint = () => { try { db.pragma('wal_checkpoint(PASSIVE)'); } catch { /* busy or closing: the next tick retries */ } };
const timer = setInterval(checkpoint, workerData.intervalMs);
parentPort.on('message', () => {
  clearInterval(timer);
  checkpoint();
  db.close();
  parentPort.postMessage('stopped');
});
`;

export interface Checkpointer { stop(): Promise<void> }

/** Start checkpointing `file` from a worker; `stop` runs a last checkpoint and closes its connection. */
export function startCheckpointer(file: string, intervalMs = INTERVAL_MS): Checkpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER, { eval: true, workerData: { file, driver, intervalMs } });
  worker.unref();
  const failed = new Promise<void>((resolve) => worker.once('error', () => resolve()));
  return {
    async stop() {
      const stopped = new Promise<void>((resolve) => worker.once('message', () => resolve()));
      worker.postMessage('stop');
      await Promise.race([stopped, failed, new Promise((resolve) => setTimeout(resolve, 2000).unref())]);
      await worker.terminate();
    },
  };
}
