/** Undo and redo through the event log, over SQLite and PostgreSQL alike. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/core/commands/index.js';
import { listCodes } from '../../src/store/queries/codes.js';
import { listEvents } from '../../src/store/queries/events.js';
import { listMemos } from '../../src/store/queries/listings.js';
import { listSegments } from '../../src/store/queries/segments.js';
import { Session } from '../helpers/session.js';
import { DIALECTS, freshStore, type TestStore } from '../helpers/stores.js';

const TEXT = 'T: ¿Qué pasó en ese momento?\nP: Me reí 😊 y sentí que él también estaba ahí, conmigo.\n';

describe.each(DIALECTS)('undo and redo on %s', (dialect) => {
  let t: TestStore;
  let s: Session;
  const snapshot = async () => ({
    codes: (await listCodes(t.store, s.projectId!)).map(({ id, path, color, definition, codings }) => ({ id, path, color, definition, codings })),
    segments: await listSegments(t.store, s.projectId!),
    memos: (await listMemos(t.store, s.projectId!)).map(({ id, title, body, links }) => ({ id, title, body, links })),
  });

  beforeAll(async () => {
    t = await freshStore(dialect);
    const owner = await Session.owner(t.store);
    const project = await owner.run(COMMANDS.createProject, { name: 'Rehacer' });
    s = owner.in(project.id);
    await s.run(COMMANDS.addCase, { label: 'T7', attributes: {} });
    await s.importText('Entrevista 7', TEXT, { case: 'T7' });
    await s.run(COMMANDS.createCode, { name: 'Desencadenantes' });
  });
  afterAll(async () => t?.dispose());

  it('redoes what was undone, in reverse order of the undos, back to the same state', async () => {
    await s.run(COMMANDS.createCode, { name: 'Humor', parent: 'Desencadenantes', color: '#e8590c' });
    const start = TEXT.indexOf('Me reí');
    await s.run(COMMANDS.applyCode, { document: 'Entrevista 7', start, end: start + 9, code: 'Desencadenantes/Humor' });
    const done = await snapshot();
    await s.run(COMMANDS.undo, {});
    await s.run(COMMANDS.undo, {});
    expect((await snapshot()).codes.some((c) => c.path === 'Desencadenantes/Humor')).toBe(false);
    await s.run(COMMANDS.redo, {});
    expect((await snapshot()).segments).toHaveLength(0);
    await s.run(COMMANDS.redo, {});
    expect(await snapshot()).toEqual(done);
    await expect(s.run(COMMANDS.redo, {})).rejects.toThrow(/nothing of yours to redo/);
  });

  it('undoes a redo, and redoes it again', async () => {
    const before = await snapshot();
    await s.run(COMMANDS.recolorCode, { code: 'Desencadenantes/Humor', color: '#2f9e44' });
    const recolored = await snapshot();
    await s.run(COMMANDS.undo, {});
    await s.run(COMMANDS.redo, {});
    expect(await snapshot()).toEqual(recolored);
    await s.run(COMMANDS.undo, {});
    expect(await snapshot()).toEqual(before);
    await s.run(COMMANDS.redo, {});
    expect(await snapshot()).toEqual(recolored);
  });

  it('round-trips a merge and a delete with codings and memo links', async () => {
    await s.run(COMMANDS.createCode, { name: 'Risa', parent: 'Desencadenantes' });
    const start = TEXT.indexOf('sentí');
    await s.run(COMMANDS.applyCode, { document: 'Entrevista 7', start, end: start + 5, code: 'Desencadenantes/Risa' });
    await s.run(COMMANDS.addMemo, { type: 'theoretical', title: 'Sobre la risa', body: 'La risa **compartida**.', links: [{ type: 'code', ref: 'Desencadenantes/Risa' }] });
    await s.run(COMMANDS.mergeCodes, { from: 'Desencadenantes/Risa', into: 'Desencadenantes/Humor' });
    const merged = await snapshot();
    await s.run(COMMANDS.undo, {});
    await s.run(COMMANDS.redo, {});
    expect(await snapshot()).toEqual(merged);
    await s.run(COMMANDS.deleteCode, { code: 'Desencadenantes' });
    const deleted = await snapshot();
    await s.run(COMMANDS.undo, {});
    expect(await snapshot()).toEqual(merged);
    await s.run(COMMANDS.redo, {});
    expect(await snapshot()).toEqual(deleted);
    await s.run(COMMANDS.undo, {});
  });

  it('forgets what can be redone once something new is done', async () => {
    await s.run(COMMANDS.createCode, { name: 'Silencios' });
    await s.run(COMMANDS.undo, {});
    await s.run(COMMANDS.createCode, { name: 'Miradas' });
    await expect(s.run(COMMANDS.redo, {})).rejects.toThrow(/redo works right after an undo/);
    const events = await listEvents(t.store, s.projectId!);
    expect(events.filter((e) => e.command === 'redo').every((e) => e.undoes !== null)).toBe(true);
  });

  it('refuses to redo over another coder\'s later change, and changes nothing', async () => {
    const ana = await s.run(COMMANDS.addUser, { name: 'Ana', email: 'ana@example.org' });
    await s.run(COMMANDS.addMember, { user: 'Ana', role: 'coder' });
    await s.run(COMMANDS.renameCode, { code: 'Miradas', name: 'Mirada' });
    await s.run(COMMANDS.undo, {});
    await s.as(ana.id).run(COMMANDS.renameCode, { code: 'Miradas', name: 'Miradas cómplices' });
    const before = await snapshot();
    await expect(s.run(COMMANDS.redo, {})).rejects.toThrow(/changed again since/);
    expect(await snapshot()).toEqual(before);
  });
});

describe.each(DIALECTS)('coding with a new code, and re-coding, as one change on %s', (dialect) => {
  let t: TestStore;
  let s: Session;
  beforeAll(async () => {
    t = await freshStore(dialect);
    const owner = await Session.owner(t.store);
    s = owner.in((await owner.run(COMMANDS.createProject, { name: 'En vivo' })).id);
    await s.importText('Sesión 3', TEXT);
    await s.run(COMMANDS.createCode, { name: 'Efectos' });
  });
  afterAll(async () => t?.dispose());

  it('creates an in-vivo code and codes with it; one undo removes both', async () => {
    const start = TEXT.indexOf('estaba ahí');
    const r = await s.run(COMMANDS.applyCode, { document: 'Sesión 3', start, end: start + 10, newCode: { name: 'estaba ahí', parent: 'Efectos', inVivo: true } });
    expect(r.code).toBe('Efectos/estaba ahí');
    expect((await listCodes(t.store, s.projectId!)).find((c) => c.path === 'Efectos/estaba ahí')?.codings).toBe(1);
    await s.run(COMMANDS.undo, {});
    expect((await listCodes(t.store, s.projectId!)).map((c) => c.path)).toEqual(['Efectos']);
    await expect(s.run(COMMANDS.applyCode, { document: 'Sesión 3', start, end: start + 3, code: 'Efectos', newCode: { name: 'x' } }))
      .rejects.toThrow(/either an existing code or a new code/);
  });

  it('re-codes a coding, replacing it in the same change', async () => {
    await s.run(COMMANDS.createCode, { name: 'Alivio', parent: 'Efectos' });
    const start = TEXT.indexOf('Me reí');
    const first = await s.run(COMMANDS.applyCode, { document: 'Sesión 3', start, end: start + 6, code: 'Efectos' });
    await s.run(COMMANDS.applyCode, { document: 'Sesión 3', start, end: start + 6, code: 'Efectos/Alivio', replaces: first.coding.id });
    let segs = await listSegments(t.store, s.projectId!);
    expect(segs.map((x) => x.codes)).toEqual([['Efectos/Alivio']]);
    await s.run(COMMANDS.undo, {});
    segs = await listSegments(t.store, s.projectId!);
    expect(segs.map((x) => x.codes)).toEqual([['Efectos']]);
  });
});

describe.each(DIALECTS)('undoing and redoing an import on %s', (dialect) => {
  let t: TestStore;
  afterAll(async () => t?.dispose());
  it('brings the document back with its original file, byte for byte', async () => {
    t = await freshStore(dialect);
    const owner = await Session.owner(t.store);
    const s = owner.in((await owner.run(COMMANDS.createProject, { name: 'Importar' })).id);
    const doc = await s.importText('Entrevista ñ', TEXT);
    await s.run(COMMANDS.undo, {});
    expect(await t.store.adapter.db.selectFrom('document').select('id').execute()).toEqual([]);
    await s.run(COMMANDS.redo, {});
    const back = await t.store.adapter.db.selectFrom('document').selectAll().where('id', '=', doc.id).executeTakeFirstOrThrow();
    expect(back.text).toBe(TEXT);
    expect(Buffer.from(back.original).equals(Buffer.from(new TextEncoder().encode(TEXT)))).toBe(true);
  });
});
