/**
 * The simulated coders in a thread of their own: in real use the clients are other people's
 * browsers, so their work (sending, timing, reading the export) must not queue on the server's
 * event loop and be counted as the server's latency.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runTeamLoad, type TeamLoadPlan } from './team-load.js';

const port = parentPort;
if (port) {
  const plan = workerData as Omit<TeamLoadPlan, 'onSecond'>;
  runTeamLoad({ ...plan, onSecond: () => port.postMessage({ tick: true }) })
    .then((result) => port.postMessage({ result }))
    .catch((err: unknown) => port.postMessage({ error: (err as Error).message ?? String(err) }));
}
