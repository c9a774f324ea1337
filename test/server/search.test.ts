/** The search API: a page of hits for members only, and auto-coding for coders, as one undoable command. */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/core/commands/index.js';
import { buildServer } from '../../src/server/app.js';
import { allowedHosts } from '../../src/server/host-guard.js';
import { Sessions } from '../../src/server/sessions.js';
import type { SearchPage } from '../../src/store/queries/search.js';
import { listSegments } from '../../src/store/queries/segments.js';
import { Session } from '../helpers/session.js';
import { freshStore, type TestStore } from '../helpers/stores.js';

const HOST = '127.0.0.1:4173';
const TEXT = 'T: ¿Cómo fue la sesión? 😊\nP: La sesion fue difícil, pero nos reímos. El niño habló.\n';

describe('search API', () => {
  let t: TestStore;
  let app: FastifyInstance;
  let sessions: Sessions;
  let projectId: string;
  let owner: string;
  let viewer: string;
  let stranger: string;
  const get = (url: string, cookie = owner) => app.inject({ method: 'GET', url, headers: { host: HOST, cookie } });
  const post = (url: string, payload: object, cookie = owner) => app.inject({ method: 'POST', url, payload, headers: { host: HOST, cookie } });

  beforeAll(async () => {
    t = await freshStore('sqlite');
    sessions = new Sessions(t.store);
    app = await buildServer({ store: t.store, sessions, allowedHosts: allowedHosts('127.0.0.1', 4173) });
    const s0 = await Session.owner(t.store);
    const s = s0.in((await s0.run(COMMANDS.createProject, { name: 'Estudio' })).id);
    projectId = s.projectId!;
    await s.run(COMMANDS.addCase, { label: 'T7', attributes: { years: '12' } });
    await s.importText('Entrevista', TEXT, { case: 'T7', turns: [{ start: 0, end: 26, speaker: 'T' }, { start: 27, end: TEXT.length - 1, speaker: 'P' }] });
    await s.run(COMMANDS.createCode, { name: 'Sesión' });
    const vera = await s0.run(COMMANDS.addUser, { name: 'Vera' });
    await s.run(COMMANDS.addMember, { user: 'Vera', role: 'viewer' });
    const otto = await s0.run(COMMANDS.addUser, { name: 'Otto' });
    owner = `sparks_session=${await sessions.start(s0.actorId)}`;
    viewer = `sparks_session=${await sessions.start(vera.id)}`;
    stranger = `sparks_session=${await sessions.start(otto.id)}`;
  });
  afterAll(async () => {
    await app?.close();
    await t?.dispose();
  });

  it('returns hits with context, case and speaker', async () => {
    const r = await get(`/api/projects/${projectId}/search?q=${encodeURIComponent('sesion')}&attr=${encodeURIComponent('years>=10')}`);
    expect(r.statusCode).toBe(200);
    const page = r.json<SearchPage>();
    expect(page.total).toBe(2);
    expect(page.hits.map((h) => [h.text, h.case, h.turnSpeaker])).toEqual([['sesión', 'T7', 'T'], ['sesion', 'T7', 'P']]);
    expect(TEXT.slice(page.hits[1]!.start, page.hits[1]!.end)).toBe('sesion');
  });

  it('refuses strangers, logged-out users and malformed searches', async () => {
    expect((await get(`/api/projects/${projectId}/search?q=sesion`, stranger)).statusCode).toBe(403);
    expect((await get(`/api/projects/${projectId}/search?q=sesion`, '')).statusCode).toBe(401);
    const bad = await get(`/api/projects/${projectId}/search?q=${encodeURIComponent('"sesión')}`);
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toMatch(/unclosed quote; close it or remove it\./);
    expect((await get(`/api/projects/${projectId}/search?q=x&limit=0`)).statusCode).toBe(400);
  });

  it('auto-codes every hit for a coder, and refuses viewers and strangers', async () => {
    const body = { q: 'sesión OR niño', code: 'Sesión', unit: 'sentence' };
    const asViewer = await post(`/api/projects/${projectId}/search/autocode`, body, viewer);
    expect(asViewer.statusCode).toBe(403);
    expect(JSON.stringify(asViewer.json())).toMatch(/needs the coder role/);
    expect((await post(`/api/projects/${projectId}/search/autocode`, body, stranger)).statusCode).toBe(403);
    expect(await listSegments(t.store, projectId)).toEqual([]);
    const r = await post(`/api/projects/${projectId}/search/autocode`, body);
    expect(r.statusCode).toBe(200);
    expect(r.json()).toEqual({ applied: 3, skipped: 0, hits: 3, ranges: 3 });
    expect((await listSegments(t.store, projectId)).map((s) => s.text)).toEqual(['¿Cómo fue la sesión?', 'La sesion fue difícil, pero nos reímos.', 'El niño habló.']);
    expect((await post(`/api/projects/${projectId}/commands/undo`, {})).json()).toMatchObject({ command: 'coding.applyMany' });
    expect(await listSegments(t.store, projectId)).toEqual([]);
    const bad = await post(`/api/projects/${projectId}/search/autocode`, { ...body, unit: 'page' });
    expect(JSON.stringify(bad.json())).toMatch(/unit must be match, sentence or turn/);
  });
});
