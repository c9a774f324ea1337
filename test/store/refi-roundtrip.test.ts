/**
 * A project written as REFI-QDA and read back is the same project, on both databases: codes,
 * documents, segments over the same words with their coders, memos and what they are about,
 * cases and attributes, typed relations with memo and evidence, models with frames.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PROJECT, ensureDemoProject } from '../../src/cli/demo-project.js';
import { COMMANDS } from '../../src/core/commands/index.js';
import { readQdpx } from '../../src/formats/qdpx/index.js';
import { sourceExtras } from '../../src/formats/qdpx/source-extras.js';
import { writeQdpx } from '../../src/formats/qdpx/write-project.js';
import { refiProjectOf } from '../../src/store/queries/refi-export.js';
import { projectSnapshot } from '../helpers/project-snapshot.js';
import { PROJECT_XSD, schemaErrors } from '../helpers/xmllint.js';
import { Session } from '../helpers/session.js';
import { DIALECTS, freshStore, type TestStore } from '../helpers/stores.js';
import { strFromU8, unzipSync, zipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { parseFile } from '../../src/formats/index.js';
import { SAMPLES } from '../helpers/paths.js';

const T1 = 'E: ¿Qué pasó ese día? 😊\r\nT: Nos reímos juntos y sentí alivio.\nT: Algo cambió en la sala.\n'.replace(/\r\n/g, '\n');
const T2 = 'E: ¿Y después?\nT: Confié más en ella. Ça a changé.\n';
const at = (text: string, quote: string) => ({ start: text.indexOf(quote), end: text.indexOf(quote) + quote.length });

describe.each(DIALECTS)('REFI-QDA round trip on %s', (dialect) => {
  let t: TestStore;
  let owner: Session;
  let projectId = '';

  beforeAll(async () => {
    t = await freshStore(dialect);
    owner = await Session.owner(t.store);
    projectId = (await owner.run(COMMANDS.createProject, { name: 'Chispas' })).id;
    const s = owner.in(projectId);
    const ben = await owner.run(COMMANDS.addUser, { name: 'ben' });
    await s.run(COMMANDS.addMember, { user: 'ben', role: 'coder' });
    await s.run(COMMANDS.createCode, { name: 'Gatillantes', color: '#C0392B', definition: 'Lo que dispara el encuentro.' });
    await s.run(COMMANDS.createCode, { name: 'Humor 😄', parent: 'Gatillantes' });
    await s.run(COMMANDS.createCode, { name: 'Efectos' });
    await s.run(COMMANDS.addCase, { label: 'P1', attributes: { edad: '41', género: 'mujer', desde: '2019-03-01' } });
    await s.run(COMMANDS.addCase, { label: 'P2', attributes: { edad: 'desconocida' } });
    await s.importText('E1', T1, { case: 'P1' });
    await s.importText('E2', T2, { case: 'P2', kind: 'session' });
    const laugh = await s.run(COMMANDS.applyCode, { document: 'E1', ...at(T1, 'Nos reímos juntos'), code: 'Gatillantes/Humor 😄' });
    await s.run(COMMANDS.applyCode, { document: 'E1', ...at(T1, 'sentí alivio'), code: 'Efectos' });
    await s.as(ben.id).run(COMMANDS.applyCode, { document: 'E1', ...at(T1, 'Nos reímos juntos'), code: 'Gatillantes/Humor 😄' });
    await s.as(ben.id).run(COMMANDS.applyCode, { document: 'E2', ...at(T2, 'Ça a changé'), code: 'Efectos' });
    await s.run(COMMANDS.addMemo, { title: 'Sobre la risa', type: 'reflexive', body: 'La risa compartida\nabre el encuentro.', links: [{ type: 'code', ref: 'Gatillantes/Humor 😄' }, { type: 'segment', ref: laugh.segment.id }, { type: 'case', ref: 'P1' }, { type: 'document', ref: 'E1' }] });
    await s.run(COMMANDS.addRelation, { from: { type: 'code', ref: 'Gatillantes' }, type: 'causal condition of', to: { type: 'code', ref: 'Efectos' }, memo: 'La risa precede al alivio.', evidence: [laugh.segment.id] });
    await s.run(COMMANDS.addRelation, { from: { type: 'memo', ref: 'Sobre la risa' }, type: 'is associated with', to: { type: 'code', ref: 'Efectos' } });
    await s.run(COMMANDS.createModel, { name: 'Modelo' });
    await s.run(COMMANDS.placeNodes, { model: 'Modelo', nodes: [{ type: 'code', ref: 'Gatillantes', x: 20, y: 40 }, { type: 'code', ref: 'Efectos', x: 400, y: 40 }, { type: 'memo', ref: 'Sobre la risa', x: 200, y: 200 }] });
    await s.run(COMMANDS.frameModel, { model: 'Modelo', label: 'Condiciones', x: 0, y: 0, width: 240, height: 120 });
  });
  afterAll(async () => t?.dispose());

  it('exports a project that validates against Project.xsd', async () => {
    const bytes = writeQdpx(await refiProjectOf(t.store, projectId, 'Sparks'));
    expect(schemaErrors(strFromU8(unzipSync(bytes)['project.qde']!), PROJECT_XSD)).toBe('');
  });

  it('reads its own export back as the same project', async () => {
    const bytes = writeQdpx(await refiProjectOf(t.store, projectId, 'Sparks'));
    const refi = await readQdpx(bytes, 'chispas.qdpx');
    const r = await owner.run(COMMANDS.importProject, { name: 'Chispas de vuelta', project: refi, extras: sourceExtras(refi) });
    expect(r.warnings).toEqual([]);
    expect(r.counts).toMatchObject({ documents: 2, codes: 3, codings: 4, memos: 1, cases: 2, relations: 2, models: 1 });
    expect(await projectSnapshot(t.store, r.project.id)).toEqual(await projectSnapshot(t.store, projectId));
  });

  it('writes Windows line ends on request, counting each line break once, and reads that file back the same', async () => {
    const files = unzipSync(writeQdpx(await refiProjectOf(t.store, projectId, 'Sparks'), 'crlf'));
    const xml = strFromU8(files['project.qde']!);
    expect(schemaErrors(xml, PROJECT_XSD)).toBe('');
    expect(xml).toContain('origin="Sparks (Windows line ends, each line break counted once)"');
    const texts = Object.entries(files).filter(([path]) => path.endsWith('.txt')).map(([, bytes]) => strFromU8(bytes));
    expect(texts.some((x) => x.includes('\r\n'))).toBe(true);
    expect(texts.every((x) => !/[^\r]\n/u.test(x))).toBe(true);
    const refi = await readQdpx(zipSync(files), 'chispas-crlf.qdpx');
    expect(refi.convention).toBe('codepoints-crlf1');
    const r = await owner.run(COMMANDS.importProject, { name: 'Chispas CRLF', project: refi, extras: sourceExtras(refi) });
    expect(r.warnings).toEqual([]);
    expect(await projectSnapshot(t.store, r.project.id)).toEqual(await projectSnapshot(t.store, projectId));
  });

  it('exports the demo project, valid, and reads it back the same', async () => {
    expect(await ensureDemoProject(t.store)).toBe(true);
    const demo = await t.store.adapter.db.selectFrom('project').select('id').where('name', '=', DEMO_PROJECT).executeTakeFirstOrThrow();
    const bytes = writeQdpx(await refiProjectOf(t.store, demo.id, 'Sparks'));
    expect(schemaErrors(strFromU8(unzipSync(bytes)['project.qde']!), PROJECT_XSD)).toBe('');
    const refi = await readQdpx(bytes, 'demo.qdpx');
    const r = await owner.run(COMMANDS.importProject, { name: 'Demo again', project: refi, extras: sourceExtras(refi) });
    expect(r.warnings).toEqual([]);
    expect(r.counts.codings).toBeGreaterThan(50);
    expect(await projectSnapshot(t.store, r.project.id)).toEqual(await projectSnapshot(t.store, demo.id));
  });

  it('carries a Word document\'s original file along, for programs that show its formatting', async () => {
    const bytes = new Uint8Array(readFileSync(`${SAMPLES}ID1.docx`));
    const parsed = await parseFile(bytes, 'ID1.docx');
    if ('error' in parsed) throw new Error(parsed.error);
    const s = owner.in(projectId);
    const doc = await s.run(COMMANDS.importDocument, {
      name: 'ID1', kind: 'interview', case: null, text: parsed.parsed.text, turns: parsed.parsed.turns, original: bytes, originalName: 'ID1.docx',
      mime: parsed.parsed.mime, format: parsed.parsed.format, contentHash: 'x',
    });
    const files = unzipSync(writeQdpx(await refiProjectOf(t.store, projectId, 'Sparks')));
    expect(Buffer.compare(Buffer.from(files[`sources/${doc.id}.docx`]!), Buffer.from(bytes))).toBe(0);
    expect(strFromU8(files['project.qde']!)).toContain(`richTextPath="internal://${doc.id}.docx"`);
    expect(schemaErrors(strFromU8(files['project.qde']!), PROJECT_XSD)).toBe('');
    const back = await readQdpx(zipSync(files), 'with-word.qdpx');
    expect(Buffer.compare(Buffer.from(back.sources.find((x) => x.name === 'ID1')!.original!.bytes), Buffer.from(bytes))).toBe(0);
    await s.run(COMMANDS.undo, {});
  });
});
