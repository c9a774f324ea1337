/**
 * The analysis API on the demo project: frequency, saturation, matrices and report downloads agree
 * with the `sparks` commands run on the same database; members only; bad queries get one sentence.
 */
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PROJECT, ensureDemoProject } from '../../src/cli/demo-project.js';
import { COMMANDS } from '../../src/core/commands/index.js';
import { buildServer } from '../../src/server/app.js';
import { allowedHosts } from '../../src/server/host-guard.js';
import { Sessions } from '../../src/server/sessions.js';
import { localOwner } from '../../src/store/store.js';
import { sparks, sparksJson } from '../helpers/cli.js';
import { Session } from '../helpers/session.js';
import { freshStore, type TestStore } from '../helpers/stores.js';

const HOST = '127.0.0.1:4173';

describe('analysis API on the demo project', () => {
  let t: TestStore;
  let app: FastifyInstance;
  let sessions: Sessions;
  let projectId: string;
  let cookie = '';

  const login = async (userId: string): Promise<string> => {
    const r = await app.inject({ method: 'GET', url: `/login?token=${sessions.issueToken(userId)}`, headers: { host: HOST } });
    return String(r.headers['set-cookie']).split(';')[0]!;
  };
  const get = (path: string, as = cookie) => app.inject({ method: 'GET', url: `/api/projects/${projectId}${path}`, headers: { host: HOST, cookie: as } });
  const cli = <T>(...args: string[]) => sparksJson<T>(t.location, args);

  beforeAll(async () => {
    t = await freshStore('sqlite');
    await ensureDemoProject(t.store);
    projectId = (await t.store.adapter.db.selectFrom('project').select('id').where('name', '=', DEMO_PROJECT).executeTakeFirstOrThrow()).id;
    sessions = new Sessions(t.store);
    app = await buildServer({ store: t.store, sessions, allowedHosts: allowedHosts('127.0.0.1', 4173) });
    cookie = await login((await localOwner(t.store)).id);
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await t?.dispose();
  });

  it('gives the frequency table the command prints, with ids and depths for the web app', async () => {
    const api = (await get('/analysis/frequency')).json();
    const command = await cli<unknown[]>('frequency', DEMO_PROJECT);
    expect(api.rows.map(({ id: _id, depth: _depth, ...row }: Record<string, unknown>) => row)).toEqual(command);
    expect(api.n).toBe(6);
    expect(api.rows[1]).toMatchObject({ depth: 1, code: 'Characteristics of moments of meeting/Emergent nature' });
    const ana = (await get('/analysis/frequency?coder=ana')).json();
    expect(ana.rows.map((r: { cases: number }) => r.cases)).toEqual((await cli<{ cases: number }[]>('frequency', DEMO_PROJECT, '--coder', 'ana')).map((r) => r.cases));
  });

  it('gives the saturation analysis the command prints, with its parameters', async () => {
    const api = (await get('/analysis/saturation?base=2&run=1&threshold=0.2')).json();
    const { options, needed, ...result } = api;
    expect(options).toEqual({ base: 2, run: 1, threshold: 0.2 });
    expect(needed).toBe(3);
    expect(result).toEqual(await cli('saturation', DEMO_PROJECT, '--base', '2', '--run', '1', '--threshold', '0.2'));
    // Too few documents for the defaults: the API still answers, and says how many are needed.
    const defaults = (await get('/analysis/saturation')).json();
    expect(defaults).toMatchObject({ options: { base: 4, run: 2, threshold: 0.05 }, needed: 6 });
  });

  it('gives the matrices the command prints', async () => {
    for (const query of ['cols=cases', 'cols=documents&measure=presence', 'cols=codes&within=100', 'cols=cases&by=yearsOfExperience&bands=20,30', 'cols=codes&by=gender']) {
      const params = new URLSearchParams(query);
      const args = ['matrix', DEMO_PROJECT, ...[...params].flatMap(([k, v]) => [`--${k}`, v])];
      expect((await get(`/analysis/matrix?${query}`)).json(), query).toEqual(await cli(...args));
    }
  });

  it('downloads a matrix as the CSV the command prints', async () => {
    const r = await get('/analysis/matrix.csv?cols=cases&by=gender');
    expect(r.headers['content-disposition']).toContain("filename*=UTF-8''Moments%20of%20meeting%20%28demo%29%20codes%20by%20gender.csv");
    expect(r.body).toBe((await sparks(t.location, ['matrix', DEMO_PROJECT, '--cols', 'cases', '--by', 'gender', '--csv'])).stdout);
    expect(r.body.startsWith('\uFEFFCode,female,male\r\n') || r.body.startsWith('\uFEFFCode,female,male\n')).toBe(true);
  });

  it('downloads Table I and the codebook in every format, named after the project', async () => {
    const docx = await get('/reports/table.docx');
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toMatch(/wordprocessingml/);
    expect(docx.headers['content-disposition']).toContain("filename*=UTF-8''Moments%20of%20meeting%20%28demo%29%20Table%20I.docx");
    const text = (await mammoth.extractRawText({ buffer: docx.rawPayload })).value;
    expect(text).toContain('Enabling conditions');
    expect(text).toMatch(/” \(T\d\)/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await get('/reports/codebook.xlsx')).rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets[0]!.rowCount).toBeGreaterThan(45);
    for (const format of ['md', 'html', 'csv']) {
      const r = await get(`/reports/table.${format}?quotes=2&kind=all`);
      expect(r.statusCode, format).toBe(200);
      expect(r.body).toContain('Triggers of moments of meeting');
    }
    // The command writes the same table: compare the Markdown without its time line.
    const md = (await get('/reports/table.md')).body.replace(/^Generated .*$/m, '');
    const command = await sparks(t.location, ['report', 'table', DEMO_PROJECT, '--format', 'md']);
    expect(command.stdout.replace(/^Generated .*$/m, '')).toBe(md);
  });

  it('answers a bad query with one sentence and an unknown coder or attribute with what to do', async () => {
    for (const path of ['/analysis/matrix?cols=rows', '/analysis/saturation?base=0', '/reports/table.pdf', '/reports/summary.md', '/analysis/frequency?kind=memo']) {
      const r = await get(path);
      expect(r.statusCode, path).toBe(400);
      expect(r.json().error, path).toMatch(/^[^\n]+\.$/);
    }
    expect((await get('/analysis/frequency?coder=nadie')).json().error).toMatch(/There is no user "nadie"; add one/);
    expect((await get('/analysis/matrix?cols=cases&by=edad')).json().error).toMatch(/attributes are age, gender/);
    expect((await get('/analysis/matrix?cols=cases&bands=20')).json().error).toMatch(/choose the attribute/);
  });

  it('refuses people who are not members of the project', async () => {
    const owner = await Session.owner(t.store);
    const stranger = await owner.run(COMMANDS.addUser, { name: 'extraña' });
    const theirs = await login(stranger.id);
    for (const path of ['/analysis/frequency', '/analysis/saturation', '/analysis/matrix', '/reports/table.docx']) {
      expect((await get(path, theirs)).statusCode, path).toBe(403);
    }
    expect((await get('/analysis/frequency', '')).statusCode).toBe(401);
  });
});
