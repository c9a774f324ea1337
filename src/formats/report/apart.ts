/**
 * The DOCX and XLSX writers build a whole table in one synchronous pass inside their libraries (a
 * 300-code codebook takes a fifth of a second as DOCX), which no batching can split. They run on a
 * worker thread when the compiled worker is at hand (the `sparks` binary and server), so the
 * server's event loop keeps serving other users meanwhile; in-process otherwise (tests run from the
 * TypeScript sources, where there is no compiled worker to start). The thread is kept for a while
 * after its last file: loading the writers' libraries costs more than most files.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { toDocx } from './docx.js';
import type { ReportGrid } from './grid.js';
import { toXlsx } from './xlsx.js';

export type PackagedFormat = 'docx' | 'xlsx';

/** What the worker is given, and what it answers. */
export interface RenderJob { id: number; grid: ReportGrid; format: PackagedFormat }
export type RenderAnswer = { id: number; bytes: Uint8Array } | { id: number; error: string };

const WORKER = fileURLToPath(new URL('./render-worker.js', import.meta.url));
const compiled = existsSync(WORKER);
const IDLE_MS = 60_000;

/** The grid as DOCX or XLSX bytes, on the current thread. */
export function renderHere(grid: ReportGrid, format: PackagedFormat): Promise<Uint8Array> {
  return format === 'docx' ? toDocx(grid) : toXlsx(grid);
}

interface Waiting { resolve(bytes: Uint8Array): void; reject(err: Error): void }

interface Thread { worker: Worker; waiting: Map<number, Waiting>; idle?: NodeJS.Timeout }

let thread: Thread | null = null;
let nextId = 0;

/** The running worker, or a new one; any failure of it fails the files it was making. */
function startThread(): Thread {
  if (thread) return thread;
  const worker = new Worker(WORKER);
  const t: Thread = { worker, waiting: new Map() };
  const fail = (err: Error): void => {
    if (thread === t) thread = null;
    for (const w of t.waiting.values()) w.reject(err);
    t.waiting.clear();
  };
  worker.on('message', (m: RenderAnswer) => {
    const w = t.waiting.get(m.id);
    t.waiting.delete(m.id);
    if ('bytes' in m) w?.resolve(m.bytes);
    else w?.reject(new Error(`the report writer failed: ${m.error}`));
    if (t.waiting.size > 0) return;
    // Idle, the thread must not keep a command-line run alive; while it works, it must.
    worker.unref();
    t.idle = setTimeout(() => {
      // Forgotten first, so that a file asked for meanwhile starts a new thread.
      if (thread === t) thread = null;
      void worker.terminate();
    }, IDLE_MS).unref();
  });
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`the report writer's thread ended (exit code ${code})`)));
  // After the listeners: adding a 'message' listener holds the thread again.
  worker.unref();
  return (thread = t);
}

/** The grid as DOCX or XLSX bytes, made on the worker thread when there is one to start. */
export function renderApart(grid: ReportGrid, format: PackagedFormat): Promise<Uint8Array> {
  if (!compiled) return renderHere(grid, format);
  const t = startThread();
  clearTimeout(t.idle);
  t.worker.ref();
  const id = nextId++;
  return new Promise<Uint8Array>((resolve, reject) => {
    t.waiting.set(id, { resolve, reject });
    t.worker.postMessage({ id, grid, format } satisfies RenderJob);
  });
}
