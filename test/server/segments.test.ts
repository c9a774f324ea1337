/** The segments API: a filtered page as JSON, and the whole list as CSV and Markdown downloads. */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/core/commands/index.js';
import { buildServer } from '../../src/server/app.js';
import { allowedHosts } from '../../src/server/host-guard.js';
import { Sessions } from '../../src/server/sessions.js';
import type { SegmentPage } from '../../src/store/queries/segments.js';
import { Session } from '../helpers/session.js';
import { freshStore, type TestStore } from '../helpers/stores.js';
import { seedSegments, type Seeded } from '../store/segments-seed.js';

const HOST = '127.0.0.1:4173';

/** RFC 4180 fields back from CSV text (only to check what csv-stringify wrote). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (ch === '"') quoted = false; else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; } else if (ch === '\n') { row.push(field); rows.push(row); row = []; field = ''; } else field += ch;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

describe('segments API', () => {
  let t: TestStore;
  let app: FastifyInstance;
  let sessions: Sessions;
  let seed: Seeded;
  let cookie: string;
  let base: string;
  const get = (url: string, as = cookie) => app.inject({ method: 'GET', url, headers: { host: HOST, cookie: as } });

  beforeAll(async () => {
    t = await freshStore('sqlite');
    sessions = new Sessions(t.store);
    app = await buildServer({ store: t.store, sessions, allowedHosts: allowedHosts('127.0.0.1', 4173) });
    seed = await seedSegments(t.store);
    cookie = `sparks_session=${await sessions.start(seed.ownerId)}`;
    base = `/api/projects/${seed.projectId}/segments`;
  });
  afterAll(async () => {
    await app?.close();
    await t?.dispose();
  });

  it('returns the total and one page of matches with context and codes', async () => {
    const r = await get(`${base}?code=Humor&code=Emociones&mode=all`);
    expect(r.statusCode).toBe(200);
    const page = r.json<SegmentPage>();
    expect(page).toMatchObject({ total: 1, offset: 0, limit: 200, coders: ['Ana', 'owner'] });
    expect(page.items[0]).toMatchObject({ text: 'Nos reímos juntos', case: 'T7', doc: 'Entrevista T7' });
    expect(page.items[0]!.before).toMatch(/miedo 😊\. $/);
    const second = (await get(`${base}?code=Humor&limit=2&offset=2`)).json<SegmentPage>();
    expect(second.total).toBe(4);
    expect(second.items.map((s) => s.text)).toEqual(['se rió conmigo', 'Humor & *cuidado* con [la] risa_fácil']);
    const q = new URLSearchParams([['attr', 'años>=10'], ['attr', 'orientación=humanista'], ['coder', 'owner']]);
    expect((await get(`${base}?${q}`)).json<SegmentPage>().total).toBe(3);
  });

  it('answers a wrong filter with one sentence', async () => {
    const unknown = await get(`${base}?code=Humour`);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error).toMatch(/no code "Humour"/i);
    const mode = await get(`${base}?code=Humor&mode=some`);
    expect(mode.statusCode).toBe(400);
    expect(mode.json().error).toBe('The request is malformed: mode must be any, all or overlap.');
    const attr = await get(`${base}?attr=${encodeURIComponent('años diez')}`);
    expect(attr.json().error).toMatch(/attribute condition "años diez" is not of the form key=value/);
    expect((await get(`${base}?limit=0`)).json().error).toMatch(/limit must be at least 1/);
  });

  it('downloads every match as UTF-8 CSV with a byte-order mark, quotes, accents and emoji intact', async () => {
    const r = await get(`${base}.csv?code=Emociones&code=Humor`);
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(r.headers['content-disposition']).toMatch(/^attachment; filename="Estudio de encuentros segments.csv"/);
    expect(r.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const rows = parseCsv(r.rawPayload.subarray(3).toString('utf8'));
    expect(rows[0]).toEqual(['document', 'case', 'start', 'end', 'codes', 'coder', 'text']);
    expect(rows).toHaveLength(8);
    expect(rows.find((row) => row[6] === 'Nos reímos juntos')).toEqual(
      ['Entrevista T7', 'T7', expect.any(String), expect.any(String), 'Emociones/Alegría 😊; Humor', 'owner', 'Nos reímos juntos'],
    );
    expect(rows.map((row) => row[6])).toContain('lo sentí también, fue "un momento de encuentro"');
    expect(rows.at(-1)).toEqual(['Notas', '', expect.any(String), expect.any(String), 'Humor', 'owner', 'Humor & *cuidado* con [la] risa_fácil']);
  });

  it('downloads Markdown quotes grouped by document or by code, with the text escaped', async () => {
    const byDoc = await get(`${base}.md?coder=owner`);
    expect(byDoc.statusCode).toBe(200);
    expect(byDoc.headers['content-type']).toMatch(/^text\/markdown; charset=utf-8/);
    expect(byDoc.headers['content-disposition']).toMatch(/filename\*=UTF-8''Estudio%20de%20encuentros%20segments\.md/);
    const md = byDoc.body;
    expect(md).toMatch(/^# Segments of Estudio de encuentros\n\nCoders: owner\n\n## Entrevista T7\n\n> “un poco de miedo” \(T7\)\n/);
    expect(md).toContain('## Notas\n\n> “Humor \\& \\*cuidado\\* con \\[la\\] risa\\_fácil”\n');
    const byCode = (await get(`${base}.md?group=code&code=${encodeURIComponent('Emociones/Alegría 😊')}&code=Humor`)).body;
    expect(byCode.indexOf('## Emociones/Alegría 😊')).toBeLessThan(byCode.indexOf('## Humor'));
    expect(byCode.match(/> “Nos reímos juntos” \(T7\)/g)).toHaveLength(2);
    expect(byCode).toContain('> — Entrevista T3, ');
    const none = (await get(`${base}.md?coder=Ana&code=Humor&mode=all&code=Emociones`)).body;
    expect(none).toMatch(/No coded segments match these filters\./);
  });

  it('refuses every segments route to someone outside the project', async () => {
    const owner = await Session.owner(t.store);
    const otto = await owner.run(COMMANDS.addUser, { name: 'Otto' });
    const ottoCookie = `sparks_session=${await sessions.start(otto.id)}`;
    for (const url of [base, `${base}.csv`, `${base}.md`]) {
      const r = await get(url, ottoCookie);
      expect(r.statusCode).toBe(403);
      expect(r.json().error).toMatch(/not a member/);
    }
    expect((await app.inject({ method: 'GET', url: `${base}.csv`, headers: { host: HOST } })).statusCode).toBe(401);
  });
});
