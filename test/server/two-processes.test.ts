/**
 * A team server on PostgreSQL: two `sparks serve` processes on different ports over one database
 * serve the same project, and a change written through one reaches a live feed of the other within
 * a second (LISTEN/NOTIFY, with a slow poll behind it); a login made through one works on the
 * other, and a logout through one ends it on the other within a few seconds.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/core/commands/index.js';
import { hashPassword } from '../../src/server/passwords.js';
import { openStore } from '../../src/store/store.js';
import { startServer, type ServerProcess } from '../helpers/server-process.js';
import { Session } from '../helpers/session.js';
import { freshLocation, type TestDb } from '../helpers/stores.js';

const PASSWORD = 'una contraseña bastante larga';

/** Log in with a server's one-time address; the session cookie it sets. */
async function login(server: ServerProcess): Promise<string> {
  const r = await fetch(server.loginUrl, { redirect: 'manual' });
  return r.headers.get('set-cookie')!.split(';')[0]!;
}

describe('two server processes on one PostgreSQL database', { timeout: 120_000 }, () => {
  let db: TestDb;
  let one: ServerProcess | undefined;
  let two: ServerProcess | undefined;
  let projectId = '';

  beforeAll(async () => {
    db = freshLocation('postgres');
    const store = await openStore(db.location);
    try {
      const owner = await Session.owner(store);
      projectId = (await owner.run(COMMANDS.createProject, { name: 'Equipo' })).id;
      await owner.in(projectId).run(COMMANDS.createCode, { name: 'Risa' });
      await owner.run(COMMANDS.addUser, { name: 'ana', passwordHash: await hashPassword(PASSWORD) });
    } finally {
      await store.close();
    }
    [one, two] = await Promise.all([startServer(db.location), startServer(db.location)]);
  }, 120_000);
  afterAll(async () => {
    await Promise.all([one?.stop(), two?.stop()]);
    await db?.dispose();
  });

  it('serve the same project, and a change through one reaches the other’s live feed within a second', async () => {
    const [cookieOne, cookieTwo] = await Promise.all([login(one!), login(two!)]);
    expect(one!.origin).not.toBe(two!.origin);
    const codes = await fetch(`${two!.origin}/api/projects/${projectId}/codes`, { headers: { cookie: cookieTwo } });
    expect(((await codes.json()) as { name: string }[]).map((c) => c.name)).toEqual(['Risa']);

    const feed = new AbortController();
    const live = await fetch(`${two!.origin}/api/projects/${projectId}/live`, { headers: { cookie: cookieTwo }, signal: feed.signal });
    const reader = live.body!.getReader();
    const decoder = new TextDecoder();
    let received = '';
    const arrived = (async () => {
      while (!received.includes('code.create')) {
        const { value, done } = await reader.read();
        if (done) break;
        received += decoder.decode(value);
      }
      return performance.now();
    })();
    await new Promise((r) => setTimeout(r, 300));
    const sent = performance.now();
    const write = await fetch(`${one!.origin}/api/projects/${projectId}/commands/code.create`, {
      method: 'POST', headers: { cookie: cookieOne, 'content-type': 'application/json', origin: one!.origin }, body: JSON.stringify({ name: 'Silencio' }),
    });
    expect(write.status).toBe(200);
    const at = await Promise.race([arrived, new Promise<number>((r) => setTimeout(() => r(Number.POSITIVE_INFINITY), 5_000))]);
    feed.abort();
    expect(received).toContain('"name":"Silencio"');
    // Generous for a loaded CI machine; the usual delay is a few milliseconds after the commit.
    expect(at - sent).toBeLessThan(1_000);
  });

  it('share logins: a session made through one works on the other, and a logout through one ends it there', async () => {
    const login = await fetch(`${one!.origin}/api/login`, {
      method: 'POST', headers: { 'content-type': 'application/json', origin: one!.origin }, body: JSON.stringify({ name: 'ana', password: PASSWORD }),
    });
    expect(login.status).toBe(200);
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const meOnTwo = () => fetch(`${two!.origin}/api/me`, { headers: { cookie } });
    const me = await meOnTwo();
    expect(me.status).toBe(200);
    expect(((await me.json()) as { name: string }).name).toBe('ana');

    const logout = await fetch(`${one!.origin}/api/logout`, { method: 'POST', headers: { cookie, origin: one!.origin } });
    expect(logout.status).toBe(200);
    const loggedOut = performance.now();
    let status = 200;
    while (status !== 401 && performance.now() - loggedOut < 10_000) {
      await new Promise((r) => setTimeout(r, 200));
      status = (await meOnTwo()).status;
    }
    expect(status).toBe(401);
    // The other process trusts what it read for five seconds; a little more on a loaded machine.
    expect(performance.now() - loggedOut).toBeLessThan(7_000);
  });
});
