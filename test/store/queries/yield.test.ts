/** Giving way: a turn of the event loop once a slice has passed, none before. */
import { afterEach, describe, expect, it } from 'vitest';
import { setImmediate as turn } from 'node:timers/promises';
import { drain, due, giveWay, inBatches, paced, setSlice } from '../../../src/store/queries/yield.js';

/** Whether a callback queued now has run by the time `work` resolves. */
async function othersRan(work: () => Promise<unknown>): Promise<boolean> {
  let ran = false;
  setImmediate(() => { ran = true; });
  await work();
  return ran;
}

describe('giveWay', () => {
  afterEach(() => setSlice());

  it('lets queued callbacks run once the slice has passed', async () => {
    setSlice(0);
    expect(due()).toBe(true);
    expect(await othersRan(giveWay)).toBe(true);
  });

  it('goes straight on within the slice', async () => {
    setSlice(1e9);
    expect(due()).toBe(false);
    expect(await othersRan(giveWay)).toBe(false);
  });

  it('runs a generator to its end, giving way between its steps', async () => {
    setSlice(0);
    const seen: number[] = [];
    let turns = 0;
    let running = true;
    const tick = (): void => {
      if (running) {
        turns++;
        setImmediate(tick);
      }
    };
    setImmediate(tick);
    await drain((function* () {
      for (let i = 0; i < 5; i++) {
        seen.push(i);
        yield;
      }
    })());
    running = false;
    expect(seen).toEqual([0, 1, 2, 3, 4]);
    expect(turns).toBeGreaterThanOrEqual(4);
  });

  it('hands out every item in order, pausing between them', async () => {
    setSlice(0);
    const out: string[] = [];
    for await (const s of paced(['a', 'b', 'c'])) out.push(s);
    expect(out).toEqual(['a', 'b', 'c']);
  });
});

describe('inBatches', () => {
  const items = Array.from({ length: 200 }, (_, i) => i);
  const walk = async (read: (batch: number[]) => Promise<void> | void) => {
    const sizes: number[] = [];
    const seen: number[] = [];
    for await (const batch of inBatches(items, { first: 4, most: 32 }, async (b) => {
      await read(b);
      return b;
    })) {
      sizes.push(batch.length);
      seen.push(...batch);
    }
    expect(seen).toEqual(items);
    return sizes;
  };

  it('grows batches up to the most while reads wait without holding the loop, as over a network', async () => {
    const sizes = await walk(() => turn());
    expect(sizes.slice(0, 4)).toEqual([4, 8, 16, 32]);
    expect(Math.max(...sizes)).toBe(32);
  });

  it('shrinks batches after reads that hold the loop long, as SQLite’s do', async () => {
    let slow = 3;
    const sizes = await walk(() => {
      if (slow-- <= 0) return;
      for (const until = performance.now() + 15; performance.now() < until;) { /* a read answered synchronously */ }
    });
    expect(sizes.slice(0, 3)).toEqual([4, 2, 1]);
  });
});
