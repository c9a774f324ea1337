/** The logged-in users' records: read once, kept five seconds, forgotten on demand. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/core/commands/index.js';
import { UserCache } from '../../src/server/user-cache.js';
import { Session } from '../helpers/session.js';
import { freshStore, type TestStore } from '../helpers/stores.js';

describe('UserCache', () => {
  let t: TestStore;
  beforeAll(async () => {
    t = await freshStore('sqlite');
  });
  afterAll(async () => t?.dispose());

  it('answers from memory for five seconds, then reads the account again', async () => {
    let now = 0;
    const cache = new UserCache(t.store, () => now);
    const owner = await Session.owner(t.store);
    const ana = await owner.run(COMMANDS.addUser, { name: 'ana' });
    expect((await cache.get(ana.id))?.email).toBeNull();
    await t.store.adapter.db.updateTable('user').set({ email: 'ana@example.org' }).where('id', '=', ana.id).execute();
    now = 4_999;
    expect((await cache.get(ana.id))?.email).toBeNull();
    now = 5_000;
    expect((await cache.get(ana.id))?.email).toBe('ana@example.org');
    await t.store.adapter.db.updateTable('user').set({ email: 'otra@example.org' }).where('id', '=', ana.id).execute();
    cache.forget(ana.id);
    expect((await cache.get(ana.id))?.email).toBe('otra@example.org');
    expect(await cache.get('00000000-0000-0000-0000-000000000000')).toBeNull();
  });
});
