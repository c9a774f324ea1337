/** The sets API: every member reads a project's sets with their members by name; strangers are refused; on both databases. */
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SetsResponse } from '../../src/contract/sets.js';
import { COMMANDS } from '../../src/core/commands/index.js';
import { readQde } from '../../src/formats/qdpx/index.js';
import { sourceExtras } from '../../src/formats/qdpx/source-extras.js';
import { buildServer } from '../../src/server/app.js';
import { allowedHosts } from '../../src/server/host-guard.js';
import { Sessions } from '../../src/server/sessions.js';
import { SHARED } from '../helpers/paths.js';
import { Session } from '../helpers/session.js';
import { DIALECTS, freshStore, type TestStore } from '../helpers/stores.js';

const HOST = '127.0.0.1:4173';
const SPEC = `${SHARED}refi-qda/samples/spec-1.5-annexA2-atlasti-8.4-mac_skyloom_Project.qde`;

describe.each(DIALECTS)('sets API on %s', (dialect) => {
  let t: TestStore;
  let app: FastifyInstance;
  let projectId = '';
  let emptyId = '';
  let owner = '';
  let viewer = '';
  let stranger = '';
  const get = (url: string, cookie = owner) => app.inject({ method: 'GET', url, headers: { host: HOST, cookie } });

  beforeAll(async () => {
    t = await freshStore(dialect);
    const sessions = new Sessions(t.store);
    app = await buildServer({ store: t.store, sessions, allowedHosts: allowedHosts('127.0.0.1', 4173) });
    const s0 = await Session.owner(t.store);
    const refi = await readQde(new Uint8Array(readFileSync(SPEC)), 'Project.qde');
    projectId = (await s0.run(COMMANDS.importProject, { name: 'Desayuno', project: refi, extras: sourceExtras(refi) })).project.id;
    emptyId = (await s0.run(COMMANDS.createProject, { name: 'Sin conjuntos' })).id;
    const vera = await s0.run(COMMANDS.addUser, { name: 'Vera' });
    await s0.in(projectId).run(COMMANDS.addMember, { user: 'Vera', role: 'viewer' });
    const otto = await s0.run(COMMANDS.addUser, { name: 'Otto' });
    owner = `sparks_session=${await sessions.start(s0.actorId)}`;
    viewer = `sparks_session=${await sessions.start(vera.id)}`;
    stranger = `sparks_session=${await sessions.start(otto.id)}`;
  });
  afterAll(async () => {
    await app?.close();
    await t?.dispose();
  });

  it('lists each set with its description and members by name, for any member', async () => {
    const r = await get(`/api/projects/${projectId}/sets`, viewer);
    expect(r.statusCode).toBe(200);
    const sets = r.json<SetsResponse>();
    const breakfast = sets.find((s) => s.name === 'Breakfast food')!;
    expect(breakfast.members.map((m) => `${m.type}:${m.name}`)).toEqual([
      'code:bacon and eggs', 'code:Coke', 'code:Coke::diet Coke', 'code:Coke::full-fat Coke', 'code:cornflakes', 'code:milk',
    ]);
    expect(typeof breakfast.description).toBe('string');
    expect(sets.find((s) => s.name === 'Images')!.members.map((m) => `${m.type}:${m.name}`)).toEqual(['document:cornflakes-n-milk.jpg']);
    // The ids are the ones the other read routes use, so the web app can link each member.
    const codes = (await get(`/api/projects/${projectId}/codes`)).json<{ id: string; path: string }[]>();
    expect(codes.find((c) => c.path === 'Coke::diet Coke')?.id).toBe(breakfast.members.find((m) => m.name === 'Coke::diet Coke')!.id);
  });

  it('answers an empty list for a project without sets', async () => {
    const r = await get(`/api/projects/${emptyId}/sets`);
    expect(r.statusCode).toBe(200);
    expect(r.json()).toEqual([]);
  });

  it('refuses strangers, logged-out users and malformed project ids', async () => {
    const refused = await get(`/api/projects/${projectId}/sets`, stranger);
    expect(refused.statusCode).toBe(403);
    expect(JSON.stringify(refused.json())).toMatch(/not a member of this project/);
    expect((await get(`/api/projects/${projectId}/sets`, '')).statusCode).toBe(401);
    expect((await get('/api/projects/not-a-project/sets')).statusCode).toBe(400);
  });
});
