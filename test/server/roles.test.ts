/**
 * Roles over the API: an owner does everything, a coder codes and writes memos, a viewer only
 * reads; and nobody reaches another project's documents, segments, memos or events, even by
 * guessing their ids through a project of their own.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/core/commands/index.js';
import { buildServer } from '../../src/server/app.js';
import { allowedHosts } from '../../src/server/host-guard.js';
import { Sessions } from '../../src/server/sessions.js';
import { Session } from '../helpers/session.js';
import { freshStore, type TestStore } from '../helpers/stores.js';

const HOST = '127.0.0.1:4173';
const TEXT = 'T: ¿Qué pasó?\nP: Nos reímos juntos y algo cambió en la sala.\n';

describe('roles and project boundaries over the API', () => {
  let t: TestStore;
  let app: FastifyInstance;
  let sessions: Sessions;
  const cookie: Record<string, string> = {};
  const ids = { a: '', b: '', docA: '', docB: '', memoB: '', codingB: '', segmentB: '' };

  const as = (who: string) => ({
    get: (url: string) => app.inject({ method: 'GET', url, headers: { host: HOST, cookie: cookie[who]! } }),
    run: (project: string, name: string, payload: object) =>
      app.inject({ method: 'POST', url: `/api/projects/${project}/commands/${name}`, payload, headers: { host: HOST, cookie: cookie[who]! } }),
  });

  beforeAll(async () => {
    t = await freshStore('sqlite');
    sessions = new Sessions(t.store);
    app = await buildServer({ store: t.store, sessions, allowedHosts: allowedHosts('127.0.0.1', 4173) });
    const owner = await Session.owner(t.store);
    const users: Record<string, string> = {};
    for (const name of ['olga', 'carlos', 'vera', 'bruno']) users[name] = (await owner.run(COMMANDS.addUser, { name })).id;
    const a = owner.as(users.olga!);
    ids.a = (await a.run(COMMANDS.createProject, { name: 'Proyecto A' })).id;
    const inA = a.in(ids.a);
    await inA.run(COMMANDS.addMember, { user: 'carlos', role: 'coder' });
    await inA.run(COMMANDS.addMember, { user: 'vera', role: 'viewer' });
    await inA.run(COMMANDS.createCode, { name: 'Risa' });
    ids.docA = (await inA.importText('Entrevista A', TEXT)).id;
    const b = owner.as(users.bruno!);
    ids.b = (await b.run(COMMANDS.createProject, { name: 'Proyecto B' })).id;
    const inB = b.in(ids.b);
    await inB.run(COMMANDS.createCode, { name: 'Secreto' });
    ids.docB = (await inB.importText('Entrevista B', TEXT)).id;
    const coded = await inB.run(COMMANDS.applyCode, { document: 'Entrevista B', start: 17, end: 34, code: 'Secreto' });
    ids.codingB = coded.coding.id;
    ids.segmentB = coded.segment.id;
    ids.memoB = (await inB.run(COMMANDS.addMemo, { title: 'Confidencial', body: 'Solo para B', type: 'free', links: [] })).id;
    for (const [name, id] of Object.entries(users)) {
      const r = await app.inject({ method: 'GET', url: `/login?token=${sessions.issueToken(id)}`, headers: { host: HOST } });
      cookie[name] = String(r.headers['set-cookie']).split(';')[0]!;
    }
  });
  afterAll(async () => {
    await app?.close();
    await t?.dispose();
  });

  const apply = { document: 'Entrevista A', start: 17, end: 34, code: 'Risa' };

  it('lets a viewer read everything of the project and change nothing', async () => {
    for (const path of ['documents', `documents/${ids.docA}`, 'codes', 'cases', 'memos', 'events', 'segments', 'analysis/frequency', 'search?q=reímos']) {
      expect((await as('vera').get(`/api/projects/${ids.a}/${path}`)).statusCode, path).toBe(200);
    }
    for (const [name, payload] of [['coding.apply', apply], ['memo.add', { title: 'x', body: 'y' }], ['code.create', { name: 'Nuevo' }], ['member.add', { user: 'vera', role: 'owner' }]] as const) {
      const r = await as('vera').run(ids.a, name, payload);
      expect(r.statusCode, name).toBe(403);
      expect(r.json().error, name).toMatch(/^Your role in Proyecto A is viewer; this needs the (coder|owner) role/);
    }
  });

  it('lets a coder code and write memos, but not manage members or settings', async () => {
    expect((await as('carlos').run(ids.a, 'coding.apply', apply)).statusCode).toBe(200);
    expect((await as('carlos').run(ids.a, 'memo.add', { title: 'Nota', body: 'Algo' })).statusCode).toBe(200);
    expect((await as('carlos').run(ids.a, 'member.add', { user: 'vera', role: 'coder' })).statusCode).toBe(403);
    expect((await as('carlos').run(ids.a, 'project.settings', { settings: { x: 1 } })).statusCode).toBe(403);
    expect((await as('olga').run(ids.a, 'member.add', { user: 'vera', role: 'viewer' })).statusCode).toBe(200);
  });

  it('lets a coder change only their own codings; the owner may change anyone’s', async () => {
    await as('olga').run(ids.a, 'member.add', { user: 'vera', role: 'coder' });
    const olgas = (await as('olga').run(ids.a, 'coding.apply', { ...apply, start: 20, end: 30 })).json().coding.id as string;
    const refusals: [string, object, RegExp][] = [
      ['coding.remove', { coding: olgas }, /^That coding is olga's; only they or a project owner can change it/],
      ['coding.exemplar', { coding: olgas, exemplar: true }, /^That coding is olga's/],
      ['coding.apply', { ...apply, start: 20, end: 30, replaces: olgas }, /^That coding is olga's/],
      ['coding.apply', { ...apply, start: 35, end: 45, coder: 'olga' }, /^Only a project owner can code in olga's name/],
      ['coding.applyMany', { items: [{ document: 'Entrevista A', start: 35, end: 45, code: 'Risa' }], coder: 'olga' }, /^Only a project owner can code in olga's name/],
      ['code.delete', { code: 'Risa' }, /^Other coders have coded with "Risa"; only a project owner can delete it/],
      ['code.merge', { from: 'Risa', into: 'Llanto' }, /^Other coders have coded with "Risa"; only a project owner can merge it/],
    ];
    await as('olga').run(ids.a, 'code.create', { name: 'Llanto' });
    for (const [name, payload, message] of refusals) {
      const r = await as('vera').run(ids.a, name, payload);
      expect(r.statusCode, name).toBe(403);
      expect(r.json().error, name).toMatch(message);
    }
    // Her own codings are hers to change; the owner may change anyone's.
    const veras = (await as('vera').run(ids.a, 'coding.apply', { ...apply, start: 50, end: 58 })).json().coding.id as string;
    expect((await as('vera').run(ids.a, 'coding.exemplar', { coding: veras, exemplar: true })).statusCode).toBe(200);
    expect((await as('vera').run(ids.a, 'coding.remove', { coding: veras })).statusCode).toBe(200);
    expect((await as('olga').run(ids.a, 'coding.apply', { ...apply, start: 35, end: 45, coder: 'vera' })).statusCode).toBe(200);
    // Still there to remove: none of the refusals changed it.
    expect((await as('olga').run(ids.a, 'coding.remove', { coding: olgas })).statusCode).toBe(200);
    await as('olga').run(ids.a, 'member.add', { user: 'vera', role: 'viewer' });
  });

  it('keeps project B closed to project A’s members, by its own address', async () => {
    for (const path of ['documents', `documents/${ids.docB}`, 'codes', 'memos', 'events', 'segments', 'live', 'analysis/matrix', 'reports/table.md', 'search?q=reímos']) {
      const r = await as('carlos').get(`/api/projects/${ids.b}/${path}`);
      expect(r.statusCode, path).toBe(403);
      expect(r.body, path).not.toContain('Secreto');
    }
    expect((await as('carlos').run(ids.b, 'coding.apply', { ...apply, document: 'Entrevista B', code: 'Secreto' })).statusCode).toBe(403);
  });

  it('finds nothing of project B through project A, by guessing ids', async () => {
    const doc = await as('olga').get(`/api/projects/${ids.a}/documents/${ids.docB}`);
    expect(doc.statusCode).toBe(400);
    expect(doc.body).not.toContain('Secreto');
    for (const [name, payload] of [
      ['coding.remove', { coding: ids.codingB }], ['coding.exemplar', { coding: ids.codingB, exemplar: true }],
      ['memo.edit', { memo: ids.memoB, body: 'robado' }], ['memo.delete', { memo: ids.memoB }],
      ['memo.link', { memo: ids.memoB, links: [{ type: 'document', ref: 'Entrevista A' }] }],
      ['memo.add', { title: 'x', body: 'y', links: [{ type: 'segment', ref: ids.segmentB }] }],
    ] as const) {
      const r = await as('olga').run(ids.a, name, payload);
      expect(r.statusCode, name).toBe(400);
      expect(r.body, name).not.toContain('Solo para B');
    }
    const memo = await t.store.adapter.db.selectFrom('memo').select(['body']).where('id', '=', ids.memoB).executeTakeFirstOrThrow();
    expect(memo.body).toBe('Solo para B');
    expect(await t.store.adapter.db.selectFrom('coding').select('id').where('id', '=', ids.codingB).executeTakeFirst()).toBeTruthy();
    const events = (await as('olga').get(`/api/projects/${ids.a}/events`)).json() as { payload: unknown }[];
    expect(JSON.stringify(events)).not.toContain('Secreto');
  });

  it('tells each member their role, and strangers nothing', async () => {
    for (const [who, role] of [['olga', 'owner'], ['carlos', 'coder'], ['vera', 'viewer']] as const) {
      expect((await as(who).get(`/api/projects/${ids.a}/role`)).json()).toEqual({ role });
    }
    expect((await as('carlos').get(`/api/projects/${ids.b}/role`)).statusCode).toBe(403);
  });

  it('answers an edit made on an old version with 409 and the memo as it now is', async () => {
    const added = (await as('carlos').run(ids.a, 'memo.add', { title: 'Compartida', body: 'Uno' })).json() as { id: string };
    expect((await as('olga').run(ids.a, 'memo.edit', { memo: added.id, body: 'De Olga', version: 1 })).statusCode).toBe(200);
    const late = await as('carlos').run(ids.a, 'memo.edit', { memo: added.id, body: 'De Carlos', version: 1 });
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ error: expect.stringMatching(/changed by someone else/), current: { body: 'De Olga', version: 2 } });
  });

  it('shows every member the team, and lets only the owner take someone out (never the last owner)', async () => {
    const team = (await as('vera').get(`/api/projects/${ids.a}/members`)).json() as { name: string; role: string }[];
    expect(team.map((m) => [m.name, m.role])).toEqual([['carlos', 'coder'], ['olga', 'owner'], ['vera', 'viewer']]);
    expect((await as('carlos').run(ids.a, 'member.remove', { user: 'vera' })).statusCode).toBe(403);
    const last = await as('olga').run(ids.a, 'member.remove', { user: 'olga' });
    expect(last.json().error).toBe("olga is the project's only owner; make someone else owner first.");
    expect((await as('olga').run(ids.a, 'member.remove', { user: 'vera' })).statusCode).toBe(200);
    expect((await as('vera').get(`/api/projects/${ids.a}/documents`)).statusCode).toBe(403);
    expect((await as('olga').run(ids.a, 'undo', {})).statusCode).toBe(200);
    expect((await as('vera').get(`/api/projects/${ids.a}/documents`)).statusCode).toBe(200);
  });

  it('lists only one’s own projects', async () => {
    expect(((await as('carlos').get('/api/projects')).json() as { name: string }[]).map((p) => p.name)).toEqual(['Proyecto A']);
  });
});
