/**
 * The agreement API: the figures the store computes, for any member of the project (coder or
 * viewer), as JSON and as CSV; strangers refused; a bad query answered with one sentence.
 */
import { parse } from 'csv-parse/sync';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/core/commands/index.js';
import { buildServer } from '../../src/server/app.js';
import { allowedHosts } from '../../src/server/host-guard.js';
import { Sessions } from '../../src/server/sessions.js';
import { agreementOf } from '../../src/store/queries/agreement.js';
import { Session } from '../helpers/session.js';
import { freshStore, type TestStore } from '../helpers/stores.js';

const HOST = '127.0.0.1:4173';
const TEXT = 'E: ¿Cómo fue ese momento?\nP: Nos reímos juntos 😊 y después hubo un silencio largo, muy largo.\nP: Sentí alivio, la verdad.\n';
const at = (words: string) => ({ start: TEXT.indexOf(words), end: TEXT.indexOf(words) + words.length });

describe('agreement API', () => {
  let t: TestStore;
  let app: FastifyInstance;
  let sessions: Sessions;
  let projectId: string;
  const cookies: Record<string, string> = {};

  const login = async (userId: string): Promise<string> => {
    const r = await app.inject({ method: 'GET', url: `/login?token=${sessions.issueToken(userId)}`, headers: { host: HOST } });
    return String(r.headers['set-cookie']).split(';')[0]!;
  };
  const get = (path: string, who = 'ana') => app.inject({ method: 'GET', url: `/api/projects/${projectId}${path}`, headers: { host: HOST, cookie: cookies[who] ?? '' } });

  beforeAll(async () => {
    t = await freshStore('sqlite');
    const owner = await Session.owner(t.store);
    projectId = (await owner.run(COMMANDS.createProject, { name: 'Acuerdo, año 1' })).id;
    const s = owner.in(projectId);
    sessions = new Sessions(t.store);
    app = await buildServer({ store: t.store, sessions, allowedHosts: allowedHosts('127.0.0.1', 4173) });
    for (const [name, role] of [['ana', 'coder'], ['ben', 'coder'], ['vera', 'viewer'], ['extraña', null]] as const) {
      const user = await owner.run(COMMANDS.addUser, { name });
      if (role) await s.run(COMMANDS.addMember, { user: name, role });
      cookies[name] = await login(user.id);
    }
    for (const [name, parent] of [['Vínculo', null], ['Risa', 'Vínculo'], ['Silencio', 'Vínculo'], ['Alivio', null]] as const) {
      await s.run(COMMANDS.createCode, { name, parent });
    }
    await s.importText('E1', TEXT);
    for (const [coder, code, words] of [
      ['ana', 'Vínculo/Risa', 'Nos reímos juntos'], ['ben', 'Vínculo/Risa', 'Nos reímos juntos'],
      ['ana', 'Vínculo/Silencio', 'un silencio largo'], ['ben', 'Vínculo/Silencio', 'un silencio largo, muy largo'],
      ['ben', 'Alivio', 'Sentí alivio'],
    ] as const) await s.run(COMMANDS.applyCode, { document: 'E1', ...at(words), code, coder });
  });
  afterAll(async () => {
    await app?.close();
    await t?.dispose();
  });

  it('gives a coder and a viewer the figures the store computes', async () => {
    const expected = JSON.parse(JSON.stringify(await agreementOf(t.store, projectId, { coders: ['ana', 'ben'] }, { method: 'unitized' })));
    for (const who of ['ana', 'vera']) {
      const r = await get('/analysis/agreement?coders=ana,ben', who);
      expect(r.statusCode, who).toBe(200);
      expect(r.json()).toEqual(expected);
    }
    const overlap = (await get(`/analysis/agreement?coders=${encodeURIComponent('ana, ben')}&method=overlap&threshold=60&codes=${encodeURIComponent('Vínculo')}&docs=E1`)).json();
    expect(overlap).toEqual(JSON.parse(JSON.stringify(
      await agreementOf(t.store, projectId, { coders: ['ana', 'ben'], codes: ['Vínculo'], documents: ['E1'] }, { method: 'overlap', threshold: 60 }),
    )));
    expect(overlap.codes.map((c: { code: string }) => c.code)).toEqual(['Vínculo', 'Vínculo/Risa', 'Vínculo/Silencio']);
  });

  it('downloads the per-code rows as CSV, named after the project', async () => {
    const r = await get('/analysis/agreement.csv?coders=ana,ben&method=presence');
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toMatch(/^text\/csv/);
    expect(r.headers['content-disposition']).toContain("filename*=UTF-8''Acuerdo%2C%20a%C3%B1o%201%20agreement%20presence.csv");
    expect(r.body.startsWith('\uFEFF')).toBe(true);
    expect(parse(r.body, { bom: true })).toEqual([
      ['Code', 'Agreements', 'Disagreements', 'Agreement', 'Not defined because'],
      ['Vínculo/Risa', '1', '0', '1', ''],
      ['Vínculo/Silencio', '1', '0', '1', ''],
      ['Alivio', '0', '1', '0', ''],
      ['All codes', '2', '1', String(2 / 3), ''],
    ]);
    const unitized = parse((await get('/analysis/agreement.csv?coders=ana,ben&codes=Vínculo')).body, { bom: true }) as string[][];
    expect(unitized[0]).toEqual(['Code', '|uα', 'Not defined because']);
    expect(unitized[1]).toEqual(['Vínculo', '', '|uα: no coder applied the code']);
    expect(unitized[2]).toEqual(['Vínculo/Risa', '1', '']);
  });

  it('refuses people who are not members, and people not logged in', async () => {
    for (const path of ['/analysis/agreement?coders=ana,ben', '/analysis/agreement.csv?coders=ana,ben']) {
      const r = await get(path, 'extraña');
      expect(r.statusCode, path).toBe(403);
      expect(r.json().error).toBe('You are not a member of this project; ask its owner to add you.');
      expect((await get(path, 'nobody')).statusCode).toBe(401);
    }
  });

  it('answers a bad query with 400 and one sentence', async () => {
    const cases: [string, string][] = [
      ['method=kappa&coders=ana,ben', 'The request is malformed: method must be one of unitized, characters, presence, frequency, overlap.'],
      ['method=overlap&threshold=101&coders=ana,ben', 'The request is malformed: threshold must be a whole percentage from 1 to 100.'],
      ['method=overlap&threshold=mucho&coders=ana,ben', 'The request is malformed: threshold must be a whole percentage from 1 to 100.'],
      ['', 'The request is malformed: coders is required: name two or more coders separated by commas, such as coders=ana,ben.'],
      ['coders=ana', 'Agreement compares two or more coders, not 1: name at least two, separated by commas (e.g. ana,ben).'],
      ['coders=ana,ben&threshold=80', 'A minimum overlap applies only to the overlap method: choose that method or leave the threshold out.'],
      ['coders=ana,ben,vera&method=characters', 'The characters method (NVivo’s character κ) compares exactly two coders, not 3: choose two, or use the unitized method for more.'],
      ['coders=ana,nadie', 'There is no user "nadie"; list users with `sparks user list`.'],
      ['coders=ana,ben&codes=Llanto', 'There is no code "Llanto" in this project; list its codes with `sparks code list`.'],
    ];
    for (const [query, message] of cases) {
      const r = await get(`/analysis/agreement?${query}`);
      expect({ query, status: r.statusCode, body: r.json() }).toEqual({ query, status: 400, body: { error: message } });
    }
  });
});
