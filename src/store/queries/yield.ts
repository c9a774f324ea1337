/**
 * Turns for other requests during long work. On SQLite every query answers synchronously, and an
 * `await` of a settled promise runs on as a microtask: a report walking half a million codings
 * would hold the event loop until it ended, and every other user's request would wait behind it.
 * Long loops call `giveWay()` between batches; it lets pending I/O and timers run (a macrotask
 * turn) once the process has worked for a slice without one, so small projects pay nothing.
 */
import { performance } from 'node:perf_hooks';
import { setImmediate } from 'node:timers/promises';

const DEFAULT_SLICE_MS = 12;

let sliceMs = DEFAULT_SLICE_MS;
let since = performance.now();

/** Whether a slice has passed since the last turn given: checked in tight loops before awaiting. */
export function due(): boolean {
  return performance.now() - since >= sliceMs;
}

/** Let other callbacks run if more than a slice has passed since the last turn given. */
export async function giveWay(): Promise<void> {
  if (!due()) return;
  await setImmediate();
  since = performance.now();
}

/**
 * Run a synchronous generator to its end, giving way between its steps: a pure computation cut into
 * steps (each a few milliseconds at most) runs without I/O of its own yet never holds the loop long.
 */
export async function drain(steps: Iterator<unknown>): Promise<void> {
  while (!steps.next().done) if (due()) await giveWay();
}

/** The items of `items` one by one, giving way between them: a large response sent piece by piece. */
export async function* paced<T>(items: Iterable<T>): AsyncGenerator<T> {
  for (const item of items) {
    yield item;
    await giveWay();
  }
}

/** How many items a batch of `inBatches` takes: `first` at the start, never more than `most`. */
export interface BatchSizes { first: number; most: number }

// A read holding the loop less than this doubles the next batch; more than SLOW halves it.
const FAST_MS = 4;
const SLOW_MS = 12;

/**
 * `read` over `items` a batch at a time, in order, giving way between batches. Batches grow while
 * reads hold the event loop briefly and shrink when one holds it long. On SQLite a read holds it
 * for all its time; over a network (PostgreSQL) other callbacks run while it waits, so batches
 * grow to `most` and a long walk costs few round trips.
 */
export async function* inBatches<T, R>(items: readonly T[], sizes: BatchSizes, read: (batch: T[]) => Promise<R>): AsyncGenerator<R> {
  let size = sizes.first;
  for (let i = 0; i < items.length;) {
    await giveWay();
    const batch = items.slice(i, (i += size));
    let turned = false;
    const probe = globalThis.setImmediate(() => { turned = true; });
    const started = performance.now();
    const result = await read(batch);
    const held = turned ? 0 : performance.now() - started;
    globalThis.clearImmediate(probe);
    if (held < FAST_MS) size = Math.min(sizes.most, size * 2);
    else if (held > SLOW_MS) size = Math.max(1, Math.floor(size / 2));
    yield result;
  }
}

/**
 * The slice in milliseconds (the default when omitted). Tests set 0, so that every batch boundary
 * gives way and what they count does not depend on the machine's speed.
 */
export function setSlice(ms = DEFAULT_SLICE_MS): void {
  sliceMs = ms;
}
