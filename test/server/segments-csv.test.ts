/** The CSV export writes, byte for byte, what csv-stringify writes for the same segments, whatever their text. */
import { createHash } from 'node:crypto';
import { stringify } from 'csv-stringify/sync';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/core/commands/index.js';
import { buildServer } from '../../src/server/app.js';
import { allowedHosts } from '../../src/server/host-guard.js';
import { csvField } from '../../src/server/segments-csv.js';
import { Sessions } from '../../src/server/sessions.js';
import { eachSegmentRow, resolveSegmentFilter, type SegmentCriteria } from '../../src/store/queries/segments.js';
import { Session } from '../helpers/session.js';
import { freshStore, type TestStore } from '../helpers/stores.js';

const HOST = '127.0.0.1:4173';
const NONE: SegmentCriteria = { codes: [], mode: 'any', documents: [], coders: [], attributes: [] };
const TRICKY = 'Dijo: "sí, claro",\nluego\r\ncalló; =1+1 \'ñandú\' 😊 é\u0301 -5 \t@x ""';

describe('csvField', () => {
  it('quotes exactly the fields csv-stringify quotes', () => {
    const alphabet = ['a', ',', '"', '\n', '\r', ' ', ';', 'é', '😊', '=', '-', '\t', "'", '@', '\u2028', '\uFEFF'];
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const values = ['', ' ', '"', '""', ',', '\n', '\r', TRICKY];
    for (let i = 0; i < 2000; i++) values.push(Array.from({ length: Math.floor(rnd() * 8) }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join(''));
    for (const v of values) expect(`${csvField(v)}\n`).toBe(stringify([[v]]));
  });
});

describe('segments CSV export', () => {
  let t: TestStore;
  let app: FastifyInstance;
  let cookie: string;
  let projectId: string;

  beforeAll(async () => {
    t = await freshStore('sqlite');
    const sessions = new Sessions(t.store);
    app = await buildServer({ store: t.store, sessions, allowedHosts: allowedHosts('127.0.0.1', 4173) });
    const owner = await Session.owner(t.store);
    projectId = (await owner.run(COMMANDS.createProject, { name: 'Comillas, "comas" y más' })).id;
    const s = owner.in(projectId);
    await owner.run(COMMANDS.addUser, { name: 'Ana "la, de" Ñuñoa' });
    await s.run(COMMANDS.addMember, { user: 'Ana "la, de" Ñuñoa', role: 'coder' });
    await s.run(COMMANDS.createCode, { name: 'Risa, "alegre"' });
    await s.run(COMMANDS.createCode, { name: 'Miedo 😊', parent: 'Risa, "alegre"' });
    await s.run(COMMANDS.createCode, { name: 'a/b' });
    await s.run(COMMANDS.addCase, { label: 'T"7", uno', attributes: { años: '12' } });
    const text = `T: ¿Cómo llegó?\nP: ${TRICKY}\nT: Bien, "ya".\n`;
    await s.importText('Entrevista "A", 1', text, { case: 'T"7", uno' });
    await s.importText('Notas', 'sin comillas ni comas\n');
    const code = (document: string, quote: string, c: string, coder?: string, body = text) => s.run(COMMANDS.applyCode, {
      document, start: body.indexOf(quote), end: body.indexOf(quote) + quote.length, code: c, ...(coder ? { coder } : {}),
    });
    await code('Entrevista "A", 1', TRICKY, 'Risa, "alegre"');
    await code('Entrevista "A", 1', TRICKY, 'Risa, "alegre"/Miedo 😊');
    await code('Entrevista "A", 1', TRICKY, 'a\\/b');
    await code('Entrevista "A", 1', '"sí, claro",\nluego', 'a\\/b', 'Ana "la, de" Ñuñoa');
    await code('Entrevista "A", 1', 'Bien, "ya".', 'Risa, "alegre"/Miedo 😊');
    await code('Notas', 'sin comillas', 'a\\/b', undefined, 'sin comillas ni comas\n');
    cookie = `sparks_session=${await sessions.start(owner.actorId)}`;
  });
  afterAll(async () => {
    await app?.close();
    await t?.dispose();
  });

  /** What the export wrote before it was written by hand: csv-stringify over the streamed rows. */
  const expected = async (c: Partial<SegmentCriteria>) => {
    const records: unknown[][] = [];
    for await (const s of eachSegmentRow(t.store, projectId, await resolveSegmentFilter(t.store, projectId, { ...NONE, ...c }))) {
      records.push([s.doc, s.case ?? '', s.start, s.end, s.codes.map((code) => code.path).join('; '), s.coder, s.text]);
    }
    return Buffer.from(stringify(records, { header: true, columns: ['document', 'case', 'start', 'end', 'codes', 'coder', 'text'], bom: true }));
  };

  it('writes quotes, commas, line breaks, accents and emoji as csv-stringify did', async () => {
    const cases: [string, Partial<SegmentCriteria> | null][] = [
      ['', {}],
      ['?code=a%5C%2Fb', { codes: ['a\\/b'] }],
      [`?coder=${encodeURIComponent('Ana "la, de" Ñuñoa')}`, { coders: ['Ana "la, de" Ñuñoa'] }],
      ['?code=Nada&code=Risa', null],
    ];
    for (const [query, c] of cases) {
      const r = await app.inject({ method: 'GET', url: `/api/projects/${projectId}/segments.csv${query}`, headers: { host: HOST, cookie } });
      if (c === null) {
        expect(r.statusCode).toBe(400);
        continue;
      }
      expect(r.statusCode).toBe(200);
      const want = await expected(c);
      expect(createHash('sha256').update(r.rawPayload).digest('hex')).toBe(createHash('sha256').update(want).digest('hex'));
      expect(r.rawPayload.toString('utf8')).toBe(want.toString('utf8'));
    }
  });

  it('writes the byte-order mark and the header when nothing matches', async () => {
    const r = await app.inject({ method: 'GET', url: `/api/projects/${projectId}/segments.csv?attr=${encodeURIComponent('años>20')}`, headers: { host: HOST, cookie } });
    expect(r.rawPayload).toEqual(Buffer.from('\uFEFFdocument,case,start,end,codes,coder,text\n'));
  });

  it('lists a segment carrying several codes with its codes in path order, quoted', async () => {
    const r = await app.inject({ method: 'GET', url: `/api/projects/${projectId}/segments.csv`, headers: { host: HOST, cookie } });
    expect(r.rawPayload.toString('utf8')).toContain(`,"a\\/b; Risa, ""alegre""; Risa, ""alegre""/Miedo 😊",owner,`);
  });
});
