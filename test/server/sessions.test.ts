/** Login sessions kept in the database: expiry, ending, hashing, purging, and two processes sharing them. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/core/commands/index.js';
import { Sessions } from '../../src/server/sessions.js';
import { Session } from '../helpers/session.js';
import { DIALECTS, freshStore, type TestStore } from '../helpers/stores.js';

const HOUR = 60 * 60 * 1000;

describe.each(DIALECTS)('Sessions on %s', (dialect) => {
  let t: TestStore;
  let ana = '';
  let tomas = '';
  const rows = () => t.store.adapter.db.selectFrom('session').selectAll().execute();
  /** Sessions with a clock the test moves; the start is a fixed recent moment. */
  const clocked = (cacheMs?: number) => {
    const clock = { now: Date.parse('2024-03-01T09:00:00Z') };
    return { clock, sessions: new Sessions(t.store, { now: () => clock.now, cacheMs }) };
  };

  beforeAll(async () => {
    t = await freshStore(dialect);
    const owner = await Session.owner(t.store);
    ana = (await owner.run(COMMANDS.addUser, { name: 'ana' })).id;
    tomas = (await owner.run(COMMANDS.addUser, { name: 'tomas' })).id;
  });
  afterAll(async () => t?.dispose());

  it('starts, resolves and ends a session, storing only a hash of its id', async () => {
    const sessions = new Sessions(t.store);
    const id = await sessions.start(ana);
    expect(await sessions.user(id)).toBe(ana);
    expect(await sessions.user(undefined)).toBeUndefined();
    expect(await sessions.user('not-a-session')).toBeUndefined();
    const stored = await rows();
    expect(stored.some((r) => r.userId === ana && /^[0-9a-f]{64}$/.test(r.idHash))).toBe(true);
    expect(JSON.stringify(stored)).not.toContain(id);
    await sessions.end(id);
    expect(await sessions.user(id)).toBeUndefined();
    expect(JSON.stringify(await rows())).not.toContain(ana);
  });

  it('expires after 12 idle hours, and after 7 days however busy', async () => {
    const { clock, sessions } = clocked();
    const idle = await sessions.start(ana);
    clock.now += 12 * HOUR - 1;
    expect(await sessions.user(idle)).toBe(ana);
    clock.now += 12 * HOUR - 1;
    expect(await sessions.user(idle)).toBe(ana);
    // Another process agrees: the refreshed idle timer is in the database, not only in memory.
    expect(await new Sessions(t.store, { now: () => clock.now }).user(idle)).toBe(ana);
    clock.now += 12 * HOUR + 1;
    expect(await sessions.user(idle)).toBeUndefined();

    const busy = await sessions.start(ana);
    // Used every 8 hours: never idle, until 21 × 8 hours make 7 days.
    for (let step = 0; step < 21; step += 1) {
      clock.now += 8 * HOUR;
      expect(await sessions.user(busy)).toBe(ana);
    }
    clock.now += 1;
    expect(await sessions.user(busy)).toBeUndefined();
    expect(await rows()).toEqual([]);
  });

  it('ends every session of a user but the one kept', async () => {
    const sessions = new Sessions(t.store);
    const [kept, other, third] = [await sessions.start(ana), await sessions.start(ana), await sessions.start(ana)];
    const his = await sessions.start(tomas);
    await sessions.endAllOf(ana, kept);
    expect(await sessions.user(kept)).toBe(ana);
    expect(await sessions.user(other)).toBeUndefined();
    expect(await sessions.user(third)).toBeUndefined();
    expect(await sessions.user(his)).toBe(tomas);
    await sessions.endAllOf(ana);
    expect(await sessions.user(kept)).toBeUndefined();
    await sessions.end(his);
  });

  it('purges expired sessions when a new one starts', async () => {
    await t.store.adapter.db.deleteFrom('session').execute();
    const { clock, sessions } = clocked();
    await sessions.start(ana);
    await sessions.start(tomas);
    clock.now += 13 * HOUR;
    expect((await rows()).length).toBe(2);
    const fresh = await sessions.start(ana);
    expect((await rows()).length).toBe(1);
    expect(await sessions.user(fresh)).toBe(ana);
  });

  it('is shared by two processes over one database; an end in one holds in the other once its cache window passes', async () => {
    const clock = { now: Date.now() };
    const one = new Sessions(t.store, { now: () => clock.now, cacheMs: 1_000 });
    const two = new Sessions(t.store, { now: () => clock.now, cacheMs: 1_000 });
    const id = await one.start(ana);
    expect(await two.user(id)).toBe(ana);
    await one.end(id);
    expect(await one.user(id)).toBeUndefined();
    // Still known to the other for up to its cache window…
    expect(await two.user(id)).toBe(ana);
    clock.now += 1_000;
    // …and then refused.
    expect(await two.user(id)).toBeUndefined();

    const kept = await two.start(ana);
    const other = await two.start(ana);
    expect(await one.user(other)).toBe(ana);
    await two.endAllOf(ana, kept);
    clock.now += 1_000;
    expect(await one.user(other)).toBeUndefined();
    expect(await one.user(kept)).toBe(ana);
  });

  it('writes last_seen at most once a minute, and notices then a session ended elsewhere', async () => {
    const { clock, sessions } = clocked(60 * 60 * 1000);
    const id = await sessions.start(tomas);
    const seen = async () => (await rows()).find((r) => r.userId === tomas)!.lastSeen;
    const first = await seen();
    clock.now += 59_000;
    await sessions.user(id);
    expect(await seen()).toBe(first);
    clock.now += 1_000;
    await sessions.user(id);
    expect(await seen()).toBe(new Date(clock.now).toISOString());
    await t.store.adapter.db.deleteFrom('session').where('userId', '=', tomas).execute();
    clock.now += 60_000;
    expect(await sessions.user(id)).toBeUndefined();
  });
});
