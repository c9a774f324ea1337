/**
 * Blind coding over the API: in the independent phase each member sees only their own codings —
 * in the document view, the code list, retrieval and its exports, search, analyses, the log and
 * the live feed — and agreement only as an owner's figures. In comparison they see everyone's.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/core/commands/index.js';
import { buildServer } from '../../src/server/app.js';
import { Sessions } from '../../src/server/sessions.js';
import { Session } from '../helpers/session.js';
import { freshStore, type TestStore } from '../helpers/stores.js';

const TEXT = 'E: ¿Qué recuerda de esa sesión?\nT: Nos reímos juntos y algo cambió en la sala; sentí alivio. 😊\n';

describe('blind coding over the API', () => {
  let t: TestStore;
  let app: FastifyInstance;
  let base = '';
  let projectId = '';
  let documentId = '';
  const cookie: Record<string, string> = {};
  let owner: Session;
  let ben: Session;

  const get = (who: string, path: string) => app.inject({ method: 'GET', url: `/api/projects/${projectId}/${path}`, headers: { cookie: cookie[who]! } });
  const json = async (who: string, path: string) => {
    const r = await get(who, path);
    expect(r.statusCode, `${who} ${path}`).toBe(200);
    return r.json() as unknown;
  };

  beforeAll(async () => {
    t = await freshStore('sqlite');
    const sessions = new Sessions(t.store);
    app = await buildServer({ store: t.store, sessions, allowedHosts: null });
    await app.listen({ host: '127.0.0.1', port: 0 });
    base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
    const root = await Session.owner(t.store);
    projectId = (await root.run(COMMANDS.createProject, { name: 'Ciego' })).id;
    owner = root.in(projectId);
    const ids: Record<string, string> = {};
    for (const name of ['ana', 'ben']) {
      ids[name] = (await root.run(COMMANDS.addUser, { name })).id;
      await owner.run(COMMANDS.addMember, { user: name, role: 'coder' });
    }
    for (const name of ['Risa', 'Alivio']) await owner.run(COMMANDS.createCode, { name });
    documentId = (await owner.importText('Sesión 1', TEXT)).id;
    const ana = owner.as(ids.ana!);
    ben = owner.as(ids.ben!);
    await ana.run(COMMANDS.applyCode, { document: 'Sesión 1', start: 35, end: 53, code: 'Risa' });
    await ben.run(COMMANDS.applyCode, { document: 'Sesión 1', start: 79, end: 92, code: 'Alivio' });
    await owner.run(COMMANDS.setPhase, { phase: 'independent' });
    cookie.owner = `sparks_session=${await sessions.start((await t.store.adapter.db.selectFrom('user').select('id').where('isLocalOwner', '=', 1).executeTakeFirstOrThrow()).id)}`;
    for (const name of ['ana', 'ben']) cookie[name] = `sparks_session=${await sessions.start(ids[name]!)}`;
  });
  afterAll(async () => {
    await app?.close();
    await t?.dispose();
  });

  it('shows a coder only their own codings in every read', async () => {
    const view = (await json('ana', `documents/${documentId}`)) as { segments: { coder: string }[] };
    expect(view.segments.map((s) => s.coder)).toEqual(['ana']);
    expect(((await json('ana', 'documents')) as { codings: number }[]).map((d) => d.codings)).toEqual([1]);
    expect(((await json('owner', 'documents')) as { codings: number }[]).map((d) => d.codings)).toEqual([0]);
    const codes = (await json('ana', 'codes')) as { name: string; codings: number }[];
    expect(codes.map((c) => [c.name, c.codings])).toEqual([['Risa', 1], ['Alivio', 0]]);
    const coders = async (path: string) => ((await json('ana', path)) as { items: { coder: string }[] }).items.map((i) => i.coder);
    expect(await coders('segments')).toEqual(['ana']);
    expect(await coders('segments?coder=ben')).toEqual([]);
    const csv = (await get('ana', 'segments.csv')).body;
    expect(csv).toContain('Risa');
    expect(csv).not.toContain('Alivio');
    expect((await get('ana', 'segments.md?group=code')).body).not.toContain('Alivio');
    expect(JSON.stringify(await json('ana', 'search?q=alivio&code=Alivio'))).not.toContain('sentí');
    const frequency = (await json('ana', 'analysis/frequency')) as { rows: { code: string; codings?: number; cases: number }[] };
    expect(frequency.rows.find((r) => r.code === 'Alivio')!.cases).toBe(0);
    const other = await get('ana', 'analysis/frequency?coder=ben');
    expect(other.statusCode).toBe(403);
    expect(other.json().error).toBe('The project is in blind coding: you see only your own codings; an owner can move it to the comparison phase.');
  });

  it('hides what others coded in the log, and lets only owners see agreement', async () => {
    const events = (await json('ana', 'events')) as { actor: string; command: string; payload: unknown }[];
    const bens = events.filter((e) => e.actor === 'ben');
    expect(bens.map((e) => [e.command, e.payload])).toEqual([['hidden', null]]);
    expect(JSON.stringify(events)).not.toContain('sentí alivio');
    expect(events.some((e) => e.actor === 'ana' && e.command === 'coding.apply')).toBe(true);
    expect((await get('ana', 'analysis/agreement?coders=ana,ben')).statusCode).toBe(403);
    expect((await get('owner', 'analysis/agreement?coders=ana,ben')).statusCode).toBe(200);
    // Disagreements show codings side by side: for nobody during blind coding.
    expect((await get('owner', 'disagreements?coders=ana,ben')).statusCode).toBe(403);
  });

  it('sends a coder others’ coding on the live feed without what or where', async () => {
    const controller = new AbortController();
    const res = await fetch(`${base}/api/projects/${projectId}/live`, { headers: { cookie: cookie.ana! }, signal: controller.signal });
    const reader = res.body!.getReader();
    await reader.read();
    await ben.run(COMMANDS.applyCode, { document: 'Sesión 1', start: 35, end: 53, code: 'Alivio' });
    let received = '';
    const deadline = Date.now() + 5000;
    while (!received.includes('"hidden"') && Date.now() < deadline) received += new TextDecoder().decode((await reader.read()).value);
    controller.abort();
    expect(received).toContain('"command":"hidden"');
    expect(received).not.toContain('Alivio');
    expect(received).not.toContain('Nos reímos');
  });

  it('shows everyone’s codings again in the comparison phase', async () => {
    await owner.run(COMMANDS.setPhase, { phase: 'comparison' });
    const view = (await json('ana', `documents/${documentId}`)) as { segments: { coder: string }[] };
    expect(view.segments.map((s) => s.coder).sort()).toEqual(['ana', 'ben', 'ben']);
    expect(((await json('ana', 'segments?coder=ben')) as { items: unknown[] }).items).toHaveLength(2);
    expect((await get('ana', 'analysis/agreement?coders=ana,ben')).statusCode).toBe(200);
  });

  it('lists disagreements side by side and resolves one into the consensus layer over the API', async () => {
    await owner.run(COMMANDS.setPhase, { phase: 'consensus' });
    const d = (await json('ana', 'disagreements?coders=ana,ben')) as { open: number; places: { start: number; byCoder: Record<string, unknown[]> }[] };
    expect(d.open).toBe(2);
    const place = d.places[0]!;
    const r = await app.inject({
      method: 'POST', url: `/api/projects/${projectId}/commands/consensus.resolve`, headers: { cookie: cookie.ana! },
      payload: { document: 'Sesión 1', at: place.start, coders: ['ana', 'ben'], accept: ['ana', 'ben'], memo: 'Ambas lecturas valen.' },
    });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ created: 2 });
    expect((await json('ana', 'disagreements?coders=ana,ben')) as object).toMatchObject({ open: 1, resolved: 1 });
    const consensus = (await json('ana', 'segments?coder=consensus')) as { items: unknown[] };
    expect(consensus.items).toHaveLength(1);
    expect((await get('ana', 'disagreements')).statusCode).toBe(400);
  });
});
