/** PostgreSQL tells listeners of each committed event (migration 015), in its own schema only. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../src/core/commands/index.js';
import { Session } from '../../helpers/session.js';
import { freshStore, type TestStore } from '../../helpers/stores.js';

describe('event notifications on PostgreSQL', () => {
  let mine: TestStore;
  let other: TestStore;
  beforeAll(async () => {
    [mine, other] = await Promise.all([freshStore('postgres'), freshStore('postgres')]);
  });
  afterAll(async () => {
    await mine?.dispose();
    await other?.dispose();
  });

  it('calls the listener after a commit, not for another schema’s events, and stops when asked', async () => {
    let heard = 0;
    const stop = await mine.store.adapter.listenForEvents!(() => heard++, (err) => { throw err; });
    await (await Session.owner(other.store)).run(COMMANDS.createProject, { name: 'Otro esquema' });
    await new Promise((r) => setTimeout(r, 300));
    expect(heard).toBe(0);
    await (await Session.owner(mine.store)).run(COMMANDS.createProject, { name: 'Mío' });
    await expect.poll(() => heard, { timeout: 2_000 }).toBe(1);
    await stop();
    await (await Session.owner(mine.store)).run(COMMANDS.createProject, { name: 'Después' });
    await new Promise((r) => setTimeout(r, 300));
    expect(heard).toBe(1);
  });

  it('is not offered by SQLite, whose feeds poll the log', async () => {
    const sqlite = await freshStore('sqlite');
    try {
      expect(sqlite.store.adapter.listenForEvents).toBeUndefined();
    } finally {
      await sqlite.dispose();
    }
  });
});
