/** The worker thread of `renderApart`: report files made one message at a time and handed back. */
import { parentPort } from 'node:worker_threads';
import { renderHere, type RenderAnswer, type RenderJob } from './apart.js';

parentPort!.on('message', (job: RenderJob) => {
  renderHere(job.grid, job.format).then((made) => {
    // A copy of its own, so its memory moves to the main thread instead of being copied again.
    const bytes = new Uint8Array(made);
    parentPort!.postMessage({ id: job.id, bytes } satisfies RenderAnswer, [bytes.buffer]);
  }, (err: unknown) => {
    parentPort!.postMessage({ id: job.id, error: err instanceof Error ? err.message : String(err) } satisfies RenderAnswer);
  });
});
