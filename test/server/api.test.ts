/** The HTTP API: login by one-time token, host checks, reads, writes through commands, live events. */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/core/commands/index.js';
import { buildServer } from '../../src/server/app.js';
import { allowedHosts } from '../../src/server/host-guard.js';
import { Sessions } from '../../src/server/sessions.js';
import { localOwner } from '../../src/store/store.js';
import { mom } from '../../src/templates/index.js';
import { Session } from '../helpers/session.js';
import { freshStore, type TestStore } from '../helpers/stores.js';

const HOST = '127.0.0.1:4173';
const TEXT = 'Interviewer: ¿Qué pasó?\nT1: Nos reímos juntos y algo cambió en la sala.\n';

describe('HTTP API', () => {
  let t: TestStore;
  let app: FastifyInstance;
  let sessions: Sessions;
  let cookie: string;
  let projectId: string;

  const get = (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers: { host: HOST, cookie, ...headers } });
  const post = (url: string, payload: unknown) => app.inject({ method: 'POST', url, payload: payload as object, headers: { host: HOST, cookie } });

  beforeAll(async () => {
    t = await freshStore('sqlite');
    sessions = new Sessions(t.store);
    app = await buildServer({ store: t.store, sessions, allowedHosts: allowedHosts('127.0.0.1', 4173) });
    const owner = await Session.owner(t.store);
    projectId = (await owner.run(COMMANDS.createProject, { name: 'Estudio' })).id;
    await owner.in(projectId).run(COMMANDS.applyTemplate, { template: mom });
    await owner.in(projectId).importText('Entrevista T1', TEXT);
  });
  afterAll(async () => {
    await app?.close();
    await t?.dispose();
  });

  it('refuses requests addressed to another host', async () => {
    const r = await app.inject({ method: 'GET', url: '/api/projects', headers: { host: 'evil.example:4173' } });
    expect(r.statusCode).toBe(403);
    expect(r.json().error).toMatch(/only at 127\.0\.0\.1:4173/);
  });

  it('needs a login, which the one-time token gives once, in an HttpOnly SameSite=Strict cookie', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/projects', headers: { host: HOST } })).statusCode).toBe(401);
    const token = sessions.issueToken((await localOwner(t.store)).id);
    const login = await app.inject({ method: 'GET', url: `/login?token=${token}`, headers: { host: HOST } });
    expect(login.statusCode).toBe(302);
    const set = String(login.headers['set-cookie']);
    expect(set).toMatch(/HttpOnly/);
    expect(set).toMatch(/SameSite=Strict/);
    cookie = set.split(';')[0]!;
    const again = await app.inject({ method: 'GET', url: `/login?token=${token}`, headers: { host: HOST } });
    expect(again.statusCode).toBe(401);
    expect((await get('/api/me')).json()).toMatchObject({ name: 'owner' });
  });

  it('reads projects, documents and codes', async () => {
    const projects = (await get('/api/projects')).json();
    expect(projects).toEqual([expect.objectContaining({ name: 'Estudio', documents: 1, codes: 45 })]);
    const [doc] = (await get(`/api/projects/${projectId}/documents`)).json();
    expect(doc).toMatchObject({ name: 'Entrevista T1' });
    const codes = (await get(`/api/projects/${projectId}/codes`)).json();
    expect(codes).toHaveLength(45);
  });

  it('writes through named commands and returns clear errors', async () => {
    const start = TEXT.indexOf('Nos reímos');
    const r = await post(`/api/projects/${projectId}/commands/coding.apply`, {
      document: 'Entrevista T1', start, end: start + 17, code: 'Triggers of moments of meeting/Humor',
    });
    expect(r.statusCode).toBe(200);
    expect(r.json().segment.exact).toBe('Nos reímos juntos');
    const [doc] = (await get(`/api/projects/${projectId}/documents`)).json();
    const view = (await get(`/api/projects/${projectId}/documents/${doc.id}`)).json();
    expect(view.segments).toEqual([expect.objectContaining({ start, end: start + 17, coder: 'owner' })]);
    expect((await get(`/api/projects/${projectId}/segments?code=Triggers%20of%20moments%20of%20meeting`)).json().total).toBe(1);
    const bad = await post(`/api/projects/${projectId}/commands/coding.apply`, { document: 'Nope', start: 0, end: 1, code: 'x' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatch(/no document "Nope"/);
    const unknown = await post(`/api/projects/${projectId}/commands/document.import`, {});
    expect(unknown.statusCode).toBe(400);
    expect((await post(`/api/projects/${projectId}/commands/undo`, {})).json()).toMatchObject({ command: 'coding.apply' });
  });

  it('keeps non-members out of a project', async () => {
    const owner = await Session.owner(t.store);
    const otto = await owner.run(COMMANDS.addUser, { name: 'Otto' });
    const ottoCookie = `sparks_session=${await sessions.start(otto.id)}`;
    expect((await get('/api/projects', { cookie: ottoCookie })).json()).toEqual([]);
    expect((await get(`/api/projects/${projectId}/codes`, { cookie: ottoCookie })).statusCode).toBe(403);
    const write = await app.inject({ method: 'POST', url: `/api/projects/${projectId}/commands/code.create`, payload: { name: 'X' }, headers: { host: HOST, cookie: ottoCookie } });
    expect(write.statusCode).toBe(403);
    expect(write.json().error).toMatch(/not a member/);
  });

  it('streams a project\'s new events live, including changes made outside the server', async () => {
    // fetch cannot set the Host header, so this server accepts any (as behind a reverse proxy)
    const served = await buildServer({ store: t.store, sessions, allowedHosts: null });
    await served.listen({ host: '127.0.0.1', port: 0 });
    const address = served.server.address() as { port: number };
    const controller = new AbortController();
    const res = await fetch(`http://127.0.0.1:${address.port}/api/projects/${projectId}/live`, {
      headers: { cookie }, signal: controller.signal,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
    const reader = res.body!.getReader();
    await reader.read(); // ": connected"
    const owner = await Session.owner(t.store);
    await owner.in(projectId).run(COMMANDS.createCode, { name: 'En vivo' });
    let received = '';
    const deadline = Date.now() + 5000;
    while (!received.includes('code.create') && Date.now() < deadline) received += new TextDecoder().decode((await reader.read()).value);
    controller.abort();
    await served.close();
    expect(received).toMatch(/"command":"code.create"/);
    expect(received).toMatch(/En vivo/);
  });

  it('ends the live feed of a member taken out of the project', async () => {
    const served = await buildServer({ store: t.store, sessions, allowedHosts: null });
    await served.listen({ host: '127.0.0.1', port: 0 });
    const address = served.server.address() as { port: number };
    const owner = await Session.owner(t.store);
    const lia = await owner.run(COMMANDS.addUser, { name: 'lia' });
    await owner.in(projectId).run(COMMANDS.addMember, { user: 'lia', role: 'viewer' });
    const liaCookie = `sparks_session=${await sessions.start(lia.id)}`;
    const res = await fetch(`http://127.0.0.1:${address.port}/api/projects/${projectId}/live`, { headers: { cookie: liaCookie } });
    const reader = res.body!.getReader();
    await reader.read(); // ": connected"
    await owner.in(projectId).run(COMMANDS.removeMember, { user: 'lia' });
    let received = '';
    let ended = false;
    const deadline = Date.now() + 5000;
    while (!ended && Date.now() < deadline) {
      const { value, done } = await reader.read();
      ended = done;
      received += new TextDecoder().decode(value ?? new Uint8Array());
    }
    await served.close();
    expect(ended).toBe(true);
    expect(received).not.toContain('member.remove');
  });
});
