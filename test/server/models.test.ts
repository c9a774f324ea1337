/**
 * The relations and models API: reads for every member (a viewer too), the relations table as CSV
 * and Markdown, a model by id or name and as SVG; strangers refused, an unknown model a 404, and
 * during blind coding a coder's own counts without anyone else's segments.
 */
import { parse } from 'csv-parse/sync';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ModelSummary, ModelView, RelationsResponse } from '../../src/contract/models.js';
import { COMMANDS } from '../../src/core/commands/index.js';
import { buildServer } from '../../src/server/app.js';
import { allowedHosts } from '../../src/server/host-guard.js';
import { Sessions } from '../../src/server/sessions.js';
import { Session } from '../helpers/session.js';
import { freshStore, type TestStore } from '../helpers/stores.js';

const HOST = '127.0.0.1:4173';
const TEXT = 'E: ¿Cómo fue ese momento?\nP: Nos reímos juntos 😊 y después hubo un silencio largo.\nP: Sentí alivio, la verdad.\n';
const at = (words: string) => ({ start: TEXT.indexOf(words), end: TEXT.indexOf(words) + words.length });
const code = (ref: string) => ({ type: 'code' as const, ref });
const MODEL = 'Chispas de cambio 🔥';

describe('relations and models API', () => {
  let t: TestStore;
  let app: FastifyInstance;
  let sessions: Sessions;
  let owner: Session;
  let projectId = '';
  let modelId = '';
  const segments: Record<string, string> = {};
  const cookies: Record<string, string> = {};

  const login = async (userId: string): Promise<string> => {
    const r = await app.inject({ method: 'GET', url: `/login?token=${sessions.issueToken(userId)}`, headers: { host: HOST } });
    return String(r.headers['set-cookie']).split(';')[0]!;
  };
  const get = (path: string, who = 'vera') => app.inject({ method: 'GET', url: `/api/projects/${projectId}/${path}`, headers: { host: HOST, cookie: cookies[who] ?? '' } });
  const json = async <T>(path: string, who = 'vera'): Promise<T> => {
    const r = await get(path, who);
    expect(r.statusCode, `${who} ${path}: ${r.body}`).toBe(200);
    return r.json() as T;
  };

  beforeAll(async () => {
    t = await freshStore('sqlite');
    const root = await Session.owner(t.store);
    projectId = (await root.run(COMMANDS.createProject, { name: 'Chispas ✨' })).id;
    owner = root.in(projectId);
    sessions = new Sessions(t.store);
    app = await buildServer({ store: t.store, sessions, allowedHosts: allowedHosts('127.0.0.1', 4173) });
    const ids: Record<string, string> = {};
    for (const [name, role] of [['ana', 'coder'], ['ben', 'coder'], ['vera', 'viewer'], ['extraña', null]] as const) {
      ids[name] = (await root.run(COMMANDS.addUser, { name })).id;
      if (role) await owner.run(COMMANDS.addMember, { user: name, role });
      cookies[name] = await login(ids[name]!);
    }
    for (const name of ['Risa', 'Alivio', 'Momento']) await owner.run(COMMANDS.createCode, { name });
    await owner.run(COMMANDS.addCase, { label: 'T1', attributes: {} });
    await owner.importText('Entrevista 1', TEXT, { case: 'T1' });
    segments.ana = (await owner.as(ids.ana!).run(COMMANDS.applyCode, { document: 'Entrevista 1', ...at('Nos reímos juntos 😊'), code: 'Risa' })).segment.id;
    segments.ben = (await owner.as(ids.ben!).run(COMMANDS.applyCode, { document: 'Entrevista 1', ...at('Sentí alivio'), code: 'Alivio' })).segment.id;
    await owner.run(COMMANDS.addRelation, { from: code('Risa'), type: 'causal condition of', to: code('Momento'), memo: 'La risa abre el encuentro.', evidence: [segments.ana!, segments.ben!] });
    await owner.run(COMMANDS.addRelation, { from: code('Momento'), type: 'is cause of', to: code('Alivio') });
    modelId = (await owner.run(COMMANDS.createModel, { name: MODEL })).id;
    await owner.run(COMMANDS.placeNodes, { model: MODEL, nodes: [
      { ...code('Risa'), x: 0, y: 0 }, { ...code('Momento'), x: 220, y: 0 }, { ...code('Alivio'), x: 440, y: 0 }, { type: 'segment', ref: segments.ben!, x: 440, y: 150 },
    ] });
  });
  afterAll(async () => {
    await app?.close();
    await t?.dispose();
  });

  it('gives any member the relations with their types, ends and evidence', async () => {
    const r = await json<RelationsResponse>('relations');
    expect(r.types.find((x) => x.name === 'is cause of')).toMatchObject({ uses: 1, symmetric: false });
    expect(r.relations.map((x) => [x.source.label, x.type, x.target.label])).toEqual([['Risa', 'causal condition of', 'Momento'], ['Momento', 'is cause of', 'Alivio']]);
    expect(r.relations[0]!.evidence.map((e) => [e.document, e.text])).toEqual([['Entrevista 1', 'Nos reímos juntos 😊'], ['Entrevista 1', 'Sentí alivio']]);
  });

  it('downloads the relations table as CSV and Markdown', async () => {
    const csv = await get('relations.csv?evidence=quotes');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toContain(`filename*=UTF-8''Chispas%20%E2%9C%A8%20relations.csv`);
    const rows = parse(csv.body, { bom: true }) as string[][];
    expect(rows[1]).toEqual(['Risa', 'causal condition of', 'Momento', 'La risa abre el encuentro.', '“Nos reímos juntos 😊” (Entrevista 1)\n“Sentí alivio” (Entrevista 1)']);
    const md = await get('relations.md');
    expect(md.headers['content-type']).toBe('text/markdown; charset=utf-8');
    expect(md.body).toContain('| Momento | is cause of | Alivio | — | 0 |');
    expect((await get('relations.csv?evidence=todas')).statusCode).toBe(400);
  });

  it('lists the models and shows one by id or by name, with counts', async () => {
    expect(await json<ModelSummary[]>('models')).toEqual([{ id: modelId, name: MODEL, layout: 'free', description: '', nodes: 4, version: 1 }]);
    const v = await json<ModelView>(`models/${modelId}`);
    expect(v.nodes.map((n) => [n.label, n.counts])).toEqual([
      ['Risa', { codings: 1, cases: 1, label: null }], ['Momento', { codings: 0, cases: 0, label: null }],
      ['Alivio', { codings: 1, cases: 1, label: null }], ['Sentí alivio', null],
    ]);
    expect(v.relations.map((r) => r.type)).toEqual(['causal condition of', 'is cause of']);
    expect((await json<ModelView>(`models/${encodeURIComponent(MODEL)}`)).model.id).toBe(modelId);
    expect((await json<ModelView>(`models/${modelId}?kind=session`)).nodes[0]!.counts).toEqual({ codings: 0, cases: 0, label: null });
  });

  it('answers an unknown model with a 404 and a bad scope with a 400', async () => {
    const missing = await get('models/Modelo%20perdido');
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toEqual({ error: 'There is no model "Modelo perdido" in this project; choose one from its list of models.' });
    expect((await get('models/Modelo%20perdido.svg')).statusCode).toBe(404);
    expect((await get(`models/${modelId}?kind=novela`)).statusCode).toBe(400);
  });

  it('sends a model as an SVG figure', async () => {
    const svg = await get(`models/${modelId}.svg`);
    expect(svg.statusCode).toBe(200);
    expect(svg.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
    expect(svg.headers['content-disposition']).toContain('attachment;');
    expect(svg.body).toContain('<svg');
  });

  it('refuses strangers and asks who is there when nobody is logged in', async () => {
    for (const path of ['relations', 'relations.csv', 'models', `models/${modelId}`, `models/${modelId}.svg`]) {
      const r = await get(path, 'extraña');
      expect(r.statusCode, path).toBe(403);
      expect(r.json()).toEqual({ error: 'You are not a member of this project; ask its owner to add you.' });
      expect((await get(path, 'nobody')).statusCode, path).toBe(401);
    }
  });

  it('shows a coder in blind coding their own counts and none of the others\' segments', async () => {
    await owner.run(COMMANDS.setPhase, { phase: 'independent' });
    const r = await json<RelationsResponse>('relations', 'ana');
    expect(r.relations[0]!.evidence.map((e) => e.text)).toEqual(['Nos reímos juntos 😊']);
    const v = await json<ModelView>(`models/${modelId}`, 'ana');
    expect(v.nodes.map((n) => [n.label, n.counts?.codings])).toEqual([['Risa', 1], ['Momento', 0], ['Alivio', 0]]);
    expect(JSON.stringify(v)).not.toContain('Sentí alivio');
    expect((await get(`models/${modelId}.svg`, 'ana')).body).not.toContain('Sentí alivio');
    expect((await get('relations.md?evidence=quotes', 'ana')).body).not.toContain('Sentí alivio');
    expect((await get(`models/${modelId}?coder=ben`, 'ana')).statusCode).toBe(403);
  });
});
