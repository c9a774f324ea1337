/**
 * The team read: every member sees the coding phase and which documents are given to which
 * coders, in the documents list's order; someone outside the project is refused.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TeamView } from '../../src/contract/team.js';
import { COMMANDS } from '../../src/core/commands/index.js';
import { buildServer } from '../../src/server/app.js';
import { Sessions } from '../../src/server/sessions.js';
import { Session } from '../helpers/session.js';
import { freshStore, type TestStore } from '../helpers/stores.js';

describe('GET /api/projects/:projectId/team', () => {
  let t: TestStore;
  let app: FastifyInstance;
  let projectId = '';
  const cookie: Record<string, string> = {};

  const get = (who: string) => app.inject({ method: 'GET', url: `/api/projects/${projectId}/team`, headers: { cookie: cookie[who]! } });
  const team = async (who: string) => {
    const r = await get(who);
    expect(r.statusCode, who).toBe(200);
    return r.json() as TeamView;
  };
  const run = async (name: string, payload: object) => {
    const r = await app.inject({ method: 'POST', url: `/api/projects/${projectId}/commands/${name}`, payload, headers: { cookie: cookie.olga! } });
    expect(r.statusCode, `${name} ${r.body}`).toBe(200);
  };

  beforeAll(async () => {
    t = await freshStore('sqlite');
    const sessions = new Sessions(t.store);
    app = await buildServer({ store: t.store, sessions, allowedHosts: null });
    const root = await Session.owner(t.store);
    const ids: Record<string, string> = {};
    for (const name of ['olga', 'ana', 'ben', 'vera', 'extraña']) ids[name] = (await root.run(COMMANDS.addUser, { name })).id;
    const olga = root.as(ids.olga!);
    projectId = (await olga.run(COMMANDS.createProject, { name: 'Equipo' })).id;
    const inProject = olga.in(projectId);
    for (const name of ['ana', 'ben']) await inProject.run(COMMANDS.addMember, { user: name, role: 'coder' });
    await inProject.run(COMMANDS.addMember, { user: 'vera', role: 'viewer' });
    // Imported out of alphabetical order: the list keeps import order, as the documents list does.
    for (const name of ['Sesión 2', 'Sesión 1', 'Entrevista 3']) await inProject.importText(name, `T: ${name}.\n`);
    for (const [name, id] of Object.entries(ids)) cookie[name] = `sparks_session=${await sessions.start(id)}`;
  });
  afterAll(async () => {
    await app?.close();
    await t?.dispose();
  });

  it('shows a new project in comparison with every document open to all', async () => {
    expect(await team('ana')).toEqual({
      phase: 'comparison',
      assignments: [{ document: 'Sesión 2', coders: [] }, { document: 'Sesión 1', coders: [] }, { document: 'Entrevista 3', coders: [] }],
    });
  });

  it('shows coders and viewers the phase and assignments the owner set', async () => {
    await run('project.phase', { phase: 'independent' });
    await run('document.assign', { documents: ['Sesión 2', 'Sesión 1'], coders: ['ben', 'ana'] });
    await run('document.assign', { documents: ['Entrevista 3'], coders: ['olga'] });
    await run('document.unassign', { documents: ['Sesión 1'], coders: ['ben'] });
    const expected: TeamView = {
      phase: 'independent',
      assignments: [{ document: 'Sesión 2', coders: ['ana', 'ben'] }, { document: 'Sesión 1', coders: ['ana'] }, { document: 'Entrevista 3', coders: ['olga'] }],
    };
    for (const who of ['ana', 'ben', 'vera', 'olga']) expect(await team(who), who).toEqual(expected);
    await run('project.phase', { phase: 'consensus' });
    expect((await team('vera')).phase).toBe('consensus');
  });

  it('refuses someone outside the project with the server’s sentence', async () => {
    const r = await get('extraña');
    expect(r.statusCode).toBe(403);
    expect(r.json().error).toBe('You are not a member of this project; ask its owner to add you.');
  });

  it('asks for a login without a session', async () => {
    const r = await app.inject({ method: 'GET', url: `/api/projects/${projectId}/team` });
    expect(r.statusCode).toBe(401);
  });
});
