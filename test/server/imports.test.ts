/** Importing transcripts through multipart uploads, with the real interview files, on both databases. */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_EXTENSIONS, type ImportResponse } from '../../src/contract/imports.js';
import { COMMANDS } from '../../src/core/commands/index.js';
import { SUPPORTED_EXTENSIONS } from '../../src/formats/index.js';
import { buildServer } from '../../src/server/app.js';
import { allowedHosts } from '../../src/server/host-guard.js';
import { Sessions } from '../../src/server/sessions.js';
import { listDocuments } from '../../src/store/queries/listings.js';
import { listEvents } from '../../src/store/queries/events.js';
import { pdfWithoutText } from '../helpers/files.js';
import { PDF_DIR, SAMPLES } from '../helpers/paths.js';
import { Session } from '../helpers/session.js';
import { DIALECTS, freshStore, type TestStore } from '../helpers/stores.js';

const HOST = '127.0.0.1:4173';
const P1 = readFileSync(join(PDF_DIR, 'P1.pdf'));
const ID1 = readFileSync(join(SAMPLES, 'ID1.docx'));
const ID2 = readFileSync(join(SAMPLES, 'ID2.odt'));
const SPANISH = 'Entrevistadora: ¿Qué recuerda de ese momento?\nTerapeuta: Nos reímos juntos 😊 y algo cambió en la sesión.\n';

type Upload = [name: string, bytes: Uint8Array | string];

/** A multipart body built as a browser would, with the global FormData and Blob. */
async function multipart(files: Upload[], fields: Record<string, string> = {}): Promise<{ body: Buffer; type: string }> {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  for (const [name, bytes] of files) form.append('files', new Blob([bytes]), name);
  const req = new Request('http://localhost/', { method: 'POST', body: form });
  return { body: Buffer.from(await req.arrayBuffer()), type: req.headers.get('content-type')! };
}

describe.each(DIALECTS)('uploading transcripts on %s', (dialect) => {
  let t: TestStore;
  let app: FastifyInstance;
  let sessions: Sessions;
  let owner: Session;
  let projectId: string;
  let cookie: string;

  const upload = async (files: Upload[], fields: Record<string, string> = {}, as = cookie) => {
    const { body, type } = await multipart(files, fields);
    return app.inject({
      method: 'POST', url: `/api/projects/${projectId}/documents`, payload: body, headers: { host: HOST, cookie: as, 'content-type': type },
    });
  };
  const documents = () => listDocuments(t.store, projectId);
  const cookieOf = async (userId: string) => `sparks_session=${await sessions.start(userId)}`;

  beforeAll(async () => {
    t = await freshStore(dialect);
    sessions = new Sessions(t.store);
    // 60 kB: large enough for the samples, smaller than the P2 interview PDF (72 kB)
    app = await buildServer({ store: t.store, sessions, allowedHosts: allowedHosts('127.0.0.1', 4173), maxImportBytes: 60 * 1024 });
    owner = await Session.owner(t.store);
    projectId = (await owner.run(COMMANDS.createProject, { name: 'Estudio' })).id;
    await owner.in(projectId).run(COMMANDS.addCase, { label: 'T1 María', attributes: {} });
    cookie = await cookieOf(owner.actorId);
  });
  afterAll(async () => {
    await app?.close();
    await t?.dispose();
  });

  it('imports a real interview PDF and a real docx as the logged-in user, with the batch\'s case and kind', async () => {
    const r = await upload([['P1.pdf', P1], ['ID1.docx', ID1]], { case: 'T1 María', kind: 'session' });
    expect(r.statusCode).toBe(200);
    const { files } = r.json<ImportResponse>();
    expect(files).toEqual([
      { name: 'P1.pdf', ok: true, documentId: expect.any(String), document: 'P1' },
      { name: 'ID1.docx', ok: true, documentId: expect.any(String), document: 'ID1' },
    ]);
    const docs = await documents();
    expect(docs.map((d) => [d.name, d.case, d.kind, d.format])).toEqual([['P1', 'T1 María', 'session', 'pdf'], ['ID1', 'T1 María', 'session', 'docx']]);
    expect(docs[0]!.turns).toBeGreaterThan(20);
    expect(docs[0]!.id).toBe(files[0]!.documentId);
    const events = await listEvents(t.store, projectId);
    expect(events.filter((e) => e.command === 'document.import').map((e) => e.actor)).toEqual(['owner', 'owner']);
  });

  it('stores Spanish text with accents and emoji, and defaults the kind to interview', async () => {
    const r = await upload([['Entrevista señora Núñez.txt', SPANISH]]);
    expect(r.json<ImportResponse>().files[0]).toMatchObject({ ok: true, document: 'Entrevista señora Núñez' });
    const doc = (await documents()).find((d) => d.name === 'Entrevista señora Núñez')!;
    expect(doc).toMatchObject({ kind: 'interview', case: null, turns: 2, length: SPANISH.length });
  });

  it('refuses a file over the size limit with one sentence, and still imports the rest of the batch', async () => {
    const P2 = readFileSync(join(PDF_DIR, 'P2.pdf'));
    const r = await upload([['P2.pdf', P2], ['ID2.odt', ID2]]);
    const [big, small] = r.json<ImportResponse>().files;
    expect(big).toEqual({ name: 'P2.pdf', ok: false, error: 'P2.pdf is larger than the 60 kB Sparks imports; split it into smaller files and import those.' });
    expect(small).toMatchObject({ name: 'ID2.odt', ok: true, document: 'ID2' });
    expect((await documents()).map((d) => d.name)).not.toContain('P2');
  });

  it('refuses corrupt, empty and scanned files one by one, and imports the good file between them', async () => {
    const before = (await listEvents(t.store, projectId)).length;
    const r = await upload([
      ['random.docx', randomBytes(4096)], ['Sesión 3.txt', SPANISH], ['empty.txt', ''], ['scanned.pdf', pdfWithoutText()], ['notes.rtf', 'hola'],
    ]);
    const files = r.json<ImportResponse>().files;
    expect(files.map((f) => f.ok)).toEqual([false, true, false, false, false]);
    for (const f of files.filter((x) => !x.ok)) {
      expect(f.error).toMatch(/^[^\n]+\.$/);
      expect(f.error).toContain(f.name);
    }
    expect(files[4]!.error).toMatch(/\.rtf, which Sparks cannot import/);
    expect((await listEvents(t.store, projectId)).length).toBe(before + 1);
    expect((await documents()).map((d) => d.name)).toEqual(['P1', 'ID1', 'Entrevista señora Núñez', 'ID2', 'Sesión 3']);
  });

  it('refuses a name already in the project, as the command line does, and changes nothing', async () => {
    const before = await documents();
    const r = await upload([['ID1.docx', ID1]]);
    expect(r.json<ImportResponse>().files).toEqual([
      { name: 'ID1.docx', ok: false, error: 'A document named "ID1" is already in this project; rename the file and import it again.' },
    ]);
    expect(await documents()).toEqual(before);
  });

  it('refuses an unknown case or kind for the whole batch, before storing anything', async () => {
    const before = await documents();
    const noCase = await upload([['otra.txt', SPANISH]], { case: 'T9' });
    expect(noCase.statusCode).toBe(400);
    expect(noCase.json().error).toBe('There is no case "T9" in this project; choose one of its cases or leave the case empty.');
    const badKind = await upload([['otra.txt', SPANISH]], { kind: 'focus-group' });
    expect(badKind.statusCode).toBe(400);
    expect(badKind.json().error).toBe('Choose the kind interview, session, other for the documents.');
    expect(await documents()).toEqual(before);
  });

  it('lets only coders and owners import: a viewer and a non-member get one sentence and nothing is imported', async () => {
    const viewer = await owner.run(COMMANDS.addUser, { name: 'Verónica' });
    await owner.in(projectId).run(COMMANDS.addMember, { user: 'Verónica', role: 'viewer' });
    const stranger = await owner.run(COMMANDS.addUser, { name: 'Otto' });
    const before = [await documents(), await listEvents(t.store, projectId)];
    const asViewer = await upload([['nuevo.txt', SPANISH]], {}, await cookieOf(viewer.id));
    expect(asViewer.statusCode).toBe(403);
    expect(asViewer.json().error).toMatch(/^Your role in this project is viewer; .*coder role.*\.$/);
    const asStranger = await upload([['nuevo.txt', SPANISH]], {}, await cookieOf(stranger.id));
    expect(asStranger.statusCode).toBe(403);
    expect(asStranger.json().error).toBe('You are not a member of this project; ask its owner to add you.');
    const anonymous = await upload([['nuevo.txt', SPANISH]], {}, '');
    expect(anonymous.statusCode).toBe(401);
    expect([await documents(), await listEvents(t.store, projectId)]).toEqual(before);
  });

  it('answers a refused upload over a real connection after reading it to the end', async () => {
    const stranger = await owner.run(COMMANDS.addUser, { name: 'Olga' });
    const served = await buildServer({ store: t.store, sessions, allowedHosts: null, maxImportBytes: 60 * 1024 });
    await served.listen({ host: '127.0.0.1', port: 0 });
    try {
      const { port } = served.server.address() as { port: number };
      const form = new FormData();
      form.append('files', new Blob([randomBytes(3 * 1024 * 1024)]), 'grande.txt');
      const res = await fetch(`http://127.0.0.1:${port}/api/projects/${projectId}/documents`, {
        method: 'POST', body: form, headers: { cookie: await cookieOf(stranger.id) },
      });
      expect(res.status).toBe(403);
      expect(((await res.json()) as { error: string }).error).toMatch(/not a member/);
      const mine = new FormData();
      mine.append('kind', 'other');
      mine.append('files', new Blob([randomBytes(3 * 1024 * 1024)]), 'grande.txt');
      mine.append('files', new Blob([SPANISH]), 'pequeña.md');
      const ok = await fetch(`http://127.0.0.1:${port}/api/projects/${projectId}/documents`, { method: 'POST', body: mine, headers: { cookie } });
      const { files } = (await ok.json()) as ImportResponse;
      expect(files.map((f) => [f.name, f.ok])).toEqual([['grande.txt', false], ['pequeña.md', true]]);
    } finally {
      await served.close();
    }
  });

  it('explains a request that is not an upload or has no files', async () => {
    const json = await app.inject({ method: 'POST', url: `/api/projects/${projectId}/documents`, payload: { name: 'x' }, headers: { host: HOST, cookie } });
    expect(json.statusCode).toBe(400);
    expect(json.json().error).toMatch(/multipart\/form-data upload; nothing was imported\.$/);
    const empty = await upload([], { kind: 'interview' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error).toBe('The upload has no files; choose the transcripts to import.');
  });
});

describe('the upload contract', () => {
  it('offers exactly the extensions the importers read', () => {
    expect([...IMPORT_EXTENSIONS].sort()).toEqual([...SUPPORTED_EXTENSIONS].sort());
  });
});
