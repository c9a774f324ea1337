/**
 * The sets API: every member reads a project's sets with their members by name; coders make and
 * change them through the command endpoint, viewers and strangers are refused; on both databases.
 */
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
  let coder = '';
  const post = (name: string, payload: unknown, cookie = coder) =>
    app.inject({ method: 'POST', url: `/api/projects/${emptyId}/commands/${name}`, payload: payload as object, headers: { host: HOST, cookie } });
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
    const cora = await s0.run(COMMANDS.addUser, { name: 'Cora' });
    await s0.in(emptyId).run(COMMANDS.addMember, { user: 'Cora', role: 'coder' });
    await s0.in(emptyId).run(COMMANDS.addMember, { user: 'Vera', role: 'viewer' });
    await s0.in(emptyId).run(COMMANDS.createCode, { name: 'Alivio' });
    owner = `sparks_session=${await sessions.start(s0.actorId)}`;
    viewer = `sparks_session=${await sessions.start(vera.id)}`;
    stranger = `sparks_session=${await sessions.start(otto.id)}`;
    coder = `sparks_session=${await sessions.start(cora.id)}`;
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

  it('lets a coder make, fill, rename, empty and delete a set, each change undoable', async () => {
    const codeId = (await get(`/api/projects/${emptyId}/codes`)).json<{ id: string; path: string }[]>().find((c) => c.path === 'Alivio')!.id;
    const created = await post('set.create', { name: 'Conjunto ✨', members: [{ type: 'code', id: codeId }] });
    expect(created.statusCode).toBe(200);
    const setId = created.json<{ set: { id: string } }>().set.id;
    expect((await get(`/api/projects/${emptyId}/sets`, viewer)).json()).toEqual([
      { id: setId, name: 'Conjunto ✨', description: '', members: [{ type: 'code', id: codeId, name: 'Alivio' }] },
    ]);
    expect((await post('set.edit', { set: setId, name: 'Efectos', description: 'Lo que cambia' })).json()).toMatchObject({ name: 'Efectos', description: 'Lo que cambia' });
    expect((await post('set.remove', { set: 'Efectos', members: [{ type: 'code', id: codeId }] })).statusCode).toBe(200);
    expect((await post('set.add', { set: 'Efectos', members: [{ type: 'code', id: codeId }] })).json().members).toHaveLength(1);
    expect((await post('undo', {})).json()).toMatchObject({ command: 'set.add' });
    expect((await get(`/api/projects/${emptyId}/sets`)).json<SetsResponse>()[0]).toMatchObject({ name: 'Efectos', members: [] });
    expect((await post('set.delete', { set: setId })).statusCode).toBe(200);
    expect((await get(`/api/projects/${emptyId}/sets`)).json()).toEqual([]);
  });

  it('refuses viewers and strangers with 403, and malformed or clashing requests with 400, changing nothing', async () => {
    const before = (await get(`/api/projects/${emptyId}/sets`)).json();
    const byViewer = await post('set.create', { name: 'De Vera' }, viewer);
    expect(byViewer.statusCode).toBe(403);
    expect(byViewer.json().error).toBe('Your role in Sin conjuntos is viewer; this needs the coder role, which the project owner can give.');
    expect((await post('set.create', { name: 'De Otto' }, stranger)).statusCode).toBe(403);
    const malformed = await post('set.add', { set: 'x', members: [{ type: 'case', id: 'T1' }] });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error).toMatch(/^The set\.add request is malformed: /);
    expect((await post('set.create', { members: [] })).statusCode).toBe(400);
    await post('set.create', { name: 'Único' });
    const clash = await post('set.create', { name: 'Único' });
    expect([clash.statusCode, clash.json().error]).toEqual([400, 'A set named "Único" already exists; choose another name.']);
    const foreign = await post('set.create', { name: 'Ajeno', members: [{ type: 'document', id: (await get(`/api/projects/${projectId}/documents`)).json<{ id: string }[]>()[0]!.id }] });
    expect([foreign.statusCode, foreign.json().error]).toEqual([400, 'A document given for the set is not in this project (it may have been deleted); choose documents of this project.']);
    expect((await get(`/api/projects/${emptyId}/sets`)).json<SetsResponse>().map((x) => x.name)).toEqual(['Único']);
    await post('undo', {});
    expect((await get(`/api/projects/${emptyId}/sets`)).json()).toEqual(before);
  });
});
