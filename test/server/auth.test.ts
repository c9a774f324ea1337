/**
 * Accounts over HTTP: login by name or e-mail and password, one answer for a wrong name or a wrong
 * password, the rate limit with its audit events, logout, and changing one's password.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/core/commands/index.js';
import { buildServer } from '../../src/server/app.js';
import { allowedHosts } from '../../src/server/host-guard.js';
import { hashPassword } from '../../src/server/passwords.js';
import { Sessions } from '../../src/server/sessions.js';
import { Session } from '../helpers/session.js';
import { freshStore, type TestStore } from '../helpers/stores.js';

const HOST = '127.0.0.1:4173';
const PASSWORD = 'la risa compartida 😊';

describe('accounts over HTTP', () => {
  let t: TestStore;
  let app: FastifyInstance;

  const login = (name: string, password: string, ip = '10.0.0.1') =>
    app.inject({ method: 'POST', url: '/api/login', payload: { name, password }, headers: { host: HOST }, remoteAddress: ip });
  const cookieOf = (r: { headers: Record<string, unknown> }) => String(r.headers['set-cookie']).split(';')[0]!;
  const events = (command: string) => t.store.adapter.db.selectFrom('event').selectAll().where('command', '=', command).execute();

  beforeAll(async () => {
    t = await freshStore('sqlite');
    app = await buildServer({ store: t.store, sessions: new Sessions(t.store), allowedHosts: allowedHosts('127.0.0.1', 4173) });
    const owner = await Session.owner(t.store);
    await owner.run(COMMANDS.addUser, { name: 'ana', email: 'ana@example.org', passwordHash: await hashPassword(PASSWORD) });
    await owner.run(COMMANDS.addUser, { name: 'beatriz', email: 'b@example.org', passwordHash: await hashPassword('otra contraseña larga') });
    await owner.run(COMMANDS.addUser, { name: 'carla' });
  });
  afterAll(async () => {
    await app?.close();
    await t?.dispose();
  });

  it('logs in by name or by e-mail into an HttpOnly SameSite=Strict session', async () => {
    const r = await login('ana', PASSWORD);
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ name: 'ana', hasPassword: true });
    expect(String(r.headers['set-cookie'])).toMatch(/HttpOnly.*SameSite=Strict|SameSite=Strict.*HttpOnly/);
    const me = await app.inject({ method: 'GET', url: '/api/me', headers: { host: HOST, cookie: cookieOf(r) } });
    expect(me.json()).toMatchObject({ name: 'ana' });
    expect((await login('ana@example.org', PASSWORD)).statusCode).toBe(200);
    expect((await events('auth.login')).length).toBeGreaterThanOrEqual(2);
  });

  it('marks the cookie Secure when the browser came through an HTTPS proxy', async () => {
    const r = await app.inject({ method: 'POST', url: '/api/login', payload: { name: 'ana', password: PASSWORD }, headers: { host: HOST, 'x-forwarded-proto': 'https' }, remoteAddress: '10.3.0.1' });
    expect(String(r.headers['set-cookie'])).toMatch(/; Secure/);
    expect(String((await login('ana', PASSWORD, '10.3.0.2')).headers['set-cookie'])).not.toMatch(/Secure/);
  });

  it('answers a wrong password, an unknown name and an account without a password alike', async () => {
    const answers = await Promise.all([login('ana', 'not her password'), login('nadie', PASSWORD), login('carla', 'anything at all')]);
    for (const r of answers) {
      expect(r.statusCode).toBe(401);
      expect(r.json()).toEqual({ error: 'That name or password is not right; check both and try again.' });
      expect(r.headers['set-cookie']).toBeUndefined();
    }
  });

  it('refuses the eleventh attempt within 15 minutes, even with the right password, and logs the lock', async () => {
    for (let i = 0; i < 10; i++) expect((await login('beatriz', `wrong ${i}`, `10.0.1.${i}`)).statusCode).toBe(401);
    const locked = await login('beatriz', 'otra contraseña larga', '10.0.2.1');
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error).toMatch(/^Too many failed logins; wait 15 minutes and try again/);
    expect(await events('auth.locked')).toHaveLength(1);
    expect((await events('auth.login-failed')).length).toBeGreaterThanOrEqual(9);
  });

  it('limits one address trying many names', async () => {
    for (let i = 0; i < 10; i++) await login(`persona${i}`, 'whatever it is', '10.9.9.9');
    expect((await login('ana', PASSWORD, '10.9.9.9')).statusCode).toBe(429);
    expect((await login('ana', PASSWORD, '10.9.9.8')).statusCode).toBe(200);
  });

  it('changes a password only with the current one, ending the other sessions', async () => {
    const first = cookieOf(await login('ana', PASSWORD, '10.1.0.1'));
    const second = cookieOf(await login('ana', PASSWORD, '10.1.0.2'));
    const change = (cookie: string, current: string, next: string) =>
      app.inject({ method: 'POST', url: '/api/password', payload: { current, next }, headers: { host: HOST, cookie } });
    expect((await change(first, 'wrong', 'una nueva contraseña')).json().error).toBe('Your current password is not right; nothing was changed.');
    expect((await change(first, PASSWORD, 'corta')).json().error).toMatch(/at least 10 characters .*; nothing was changed\.$/);
    expect((await change(first, PASSWORD, 'una nueva contraseña')).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/api/me', headers: { host: HOST, cookie: second } })).statusCode).toBe(401);
    expect((await app.inject({ method: 'GET', url: '/api/me', headers: { host: HOST, cookie: first } })).statusCode).toBe(200);
    expect((await login('ana', PASSWORD, '10.1.0.3')).statusCode).toBe(401);
    expect((await login('ana', 'una nueva contraseña', '10.1.0.4')).statusCode).toBe(200);
    const logged = await events('user.password');
    expect(JSON.parse(logged.at(-1)!.payload)).toEqual({ user: 'ana' });
  });

  it('logs out', async () => {
    const cookie = cookieOf(await login('ana', 'una nueva contraseña', '10.2.0.1'));
    await app.inject({ method: 'POST', url: '/api/logout', headers: { host: HOST, cookie } });
    expect((await app.inject({ method: 'GET', url: '/api/me', headers: { host: HOST, cookie } })).statusCode).toBe(401);
  });
});

describe('requests from other sites', () => {
  let t: TestStore;
  let app: FastifyInstance;
  beforeAll(async () => {
    t = await freshStore('sqlite');
    app = await buildServer({ store: t.store, sessions: new Sessions(t.store), allowedHosts: allowedHosts('127.0.0.1', 4173) });
  });
  afterAll(async () => {
    await app?.close();
    await t?.dispose();
  });

  it('refuses a write whose Origin is another site, and answers with protective headers', async () => {
    const from = (origin?: string) => app.inject({
      method: 'POST', url: '/api/login', payload: { name: 'owner', password: 'whatever it is' },
      headers: { host: HOST, ...(origin ? { origin } : {}) },
    });
    const evil = await from('https://evil.example');
    expect(evil.statusCode).toBe(403);
    expect(evil.json().error).toBe('Sparks accepts changes only from its own pages; open Sparks at its own address and try again.');
    expect((await from('null')).statusCode).toBe(403);
    expect((await from(`http://${HOST}`)).statusCode).toBe(401);
    const plain = await from();
    expect(plain.statusCode).toBe(401);
    expect(plain.headers).toMatchObject({ 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer', 'x-frame-options': 'DENY' });
    expect(plain.body).not.toMatch(/at .*\.js:\d+/);
    // An API answer may run and load nothing, even if a browser were tricked into rendering it.
    expect(plain.headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'; base-uri 'none'");
  });
});
