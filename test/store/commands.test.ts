/** The store and the core commands, over SQLite and PostgreSQL alike. */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/core/commands/index.js';
import { UserError } from '../../src/core/errors.js';
import { listCodes } from '../../src/store/queries/codes.js';
import { listEvents } from '../../src/store/queries/events.js';
import { listCases } from '../../src/store/queries/listings.js';
import { listSegments } from '../../src/store/queries/segments.js';
import { openStore } from '../../src/store/store.js';
import { mom } from '../../src/templates/index.js';
import { Session } from '../helpers/session.js';
import { DIALECTS, freshStore, type TestStore } from '../helpers/stores.js';

const TEXT = 'T: ¿Cómo llegó hoy?\nP: Bien, con un poco de miedo 😊. Nos reímos juntos y algo cambió.\nT: Sí, lo sentí.\n';

describe.each(DIALECTS)('store on %s', (dialect) => {
  let t: TestStore;
  let owner: Session;
  let s: Session;

  beforeAll(async () => {
    t = await freshStore(dialect);
    owner = await Session.owner(t.store);
    const project = await owner.run(COMMANDS.createProject, { name: 'Estudio' });
    s = owner.in(project.id);
  });
  afterAll(async () => t?.dispose());

  it('migrates idempotently and keeps one local owner', async () => {
    const again = await openStore(t.location);
    const owners = await again.adapter.db.selectFrom('user').selectAll().where('isLocalOwner', '=', 1).execute();
    expect(owners).toHaveLength(1);
    await again.close();
  });

  it('refuses a second project of the same name without writing', async () => {
    await expect(owner.run(COMMANDS.createProject, { name: ' Estudio ' })).rejects.toThrow(UserError);
    const n = await t.store.adapter.db.selectFrom('project').select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(1);
  });

  it('applies the moments-of-meeting template once, however often it is applied', async () => {
    const first = await s.run(COMMANDS.applyTemplate, { template: mom });
    expect(first.codesAdded).toBe(45);
    const second = await s.run(COMMANDS.applyTemplate, { template: mom });
    expect(second).toMatchObject({ codesAdded: 0, codesKept: 45, memosAdded: 0 });
    const codes = await listCodes(t.store, s.projectId!);
    expect(codes.filter((c) => c.parent === null).map((c) => c.name)).toEqual(mom.codes.map((c) => c.name));
    expect(codes.find((c) => c.path === 'Enabling conditions/Trust in the therapist')?.attributes.owner).toBe('P');
    const memos = await t.store.adapter.db.selectFrom('memo').selectAll().where('projectId', '=', s.projectId!).execute();
    expect(memos.find((m) => m.type === 'methodological')?.title).toMatch(/Interview guide/);
  });

  it('types case attributes and refuses duplicate cases', async () => {
    await s.run(COMMANDS.addCase, { label: 'T1', attributes: { years: '12', orientation: 'humanista', gender: 'mujer' } });
    await expect(s.run(COMMANDS.addCase, { label: 'T1', attributes: {} })).rejects.toThrow(/already exists/);
    const [c] = await listCases(t.store, s.projectId!);
    expect(c).toMatchObject({ label: 'T1', attributes: { years: 12, orientation: 'humanista', gender: 'mujer' } });
  });

  it('imports a document with turns and numbers documents in order', async () => {
    const doc = await s.importText('Entrevista 1', TEXT, { case: 'T1', turns: [{ start: 0, end: 20, speaker: 'T' }] });
    expect(doc).toMatchObject({ sequence: 1, length: TEXT.length });
    const doc2 = await s.importText('Entrevista 2', 'P: otra\n');
    expect(doc2.sequence).toBe(2);
    await expect(s.importText('Entrevista 1', 'x')).rejects.toThrow(/already in this project/);
    await expect(s.importText('Entrevista 3', 'x', { case: 'T9' })).rejects.toThrow(/no case/);
    const turns = await t.store.adapter.db.selectFrom('turn').selectAll().where('documentId', '=', doc.id).execute();
    expect(turns).toEqual([expect.objectContaining({ idx: 0, start: 0, end: 20, speaker: 'T', startMs: null })]);
  });

  it('applies codes with a quote selector and lists segments', async () => {
    const start = TEXT.indexOf('Nos reímos juntos');
    const end = start + 'Nos reímos juntos'.length;
    const r = await s.run(COMMANDS.applyCode, { document: 'Entrevista 1', start, end, code: 'Triggers of moments of meeting/Humor' });
    expect(r.segment).toMatchObject({ exact: 'Nos reímos juntos', start, end });
    expect(r.segment.prefix.endsWith('miedo 😊. ')).toBe(true);
    expect(r.segment.suffix.startsWith(' y algo')).toBe(true);
    await expect(s.run(COMMANDS.applyCode, { document: 'Entrevista 1', start, end, code: 'Triggers of moments of meeting/Humor' }))
      .rejects.toThrow(/already coded/);
    await expect(s.run(COMMANDS.applyCode, { document: 'Entrevista 1', start: 5, end: 9999, code: 'Triggers of moments of meeting/Humor' }))
      .rejects.toThrow(/not inside/);
    await expect(s.run(COMMANDS.applyCode, { document: 'Entrevista 1', start, end, code: 'Triggers of moments of meeting/Humour' }))
      .rejects.toThrow(/no code/);
    await s.run(COMMANDS.applyCode, { document: 'Entrevista 1', start, end, code: 'Characteristics of moments of meeting/Shared experience' });
    const segs = await listSegments(t.store, s.projectId!);
    expect(segs).toHaveLength(1);
    expect(segs[0]).toMatchObject({ doc: 'Entrevista 1', case: 'T1', coder: 'owner', text: 'Nos reímos juntos' });
    expect(segs[0]!.codes).toEqual(['Characteristics of moments of meeting/Shared experience', 'Triggers of moments of meeting/Humor']);
  });

  it('undoes the acting user\'s commands one by one, logging each undo', async () => {
    await s.run(COMMANDS.createCode, { name: 'Risa compartida', parent: 'Triggers of moments of meeting' });
    await s.run(COMMANDS.renameCode, { code: 'Triggers of moments of meeting/Risa compartida', name: 'Risa' });
    let u = await s.run(COMMANDS.undo, {});
    expect(u.command).toBe('code.rename');
    u = await s.run(COMMANDS.undo, {});
    expect(u.command).toBe('code.create');
    const codes = await listCodes(t.store, s.projectId!);
    expect(codes.some((c) => c.name.startsWith('Risa'))).toBe(false);
    const events = await listEvents(t.store, s.projectId!);
    expect(events.slice(-2).map((e) => e.command)).toEqual(['undo', 'undo']);
    expect(events.filter((e) => e.undone).map((e) => e.command)).toEqual(['code.create', 'code.rename']);
  });

  it('deletes a category with its codings and brings everything back on undo', async () => {
    const before = await listSegments(t.store, s.projectId!);
    const r = await s.run(COMMANDS.deleteCode, { code: 'Triggers of moments of meeting' });
    expect(r).toEqual({ codes: 7, codings: 1, relations: 2 });
    expect((await listSegments(t.store, s.projectId!))[0]!.codes).toHaveLength(1);
    await s.run(COMMANDS.undo, {});
    expect(await listSegments(t.store, s.projectId!)).toEqual(before);
  });

  it('merges codes, moving codings, and undoes the merge', async () => {
    await s.run(COMMANDS.mergeCodes, { from: 'Triggers of moments of meeting/Humor', into: 'Triggers of moments of meeting/Silences' });
    let segs = await listSegments(t.store, s.projectId!);
    expect(segs[0]!.codes).toContain('Triggers of moments of meeting/Silences');
    await s.run(COMMANDS.undo, {});
    segs = await listSegments(t.store, s.projectId!);
    expect(segs[0]!.codes).toContain('Triggers of moments of meeting/Humor');
  });

  it('refuses to undo what another user has built on, and changes nothing', async () => {
    const ana = await owner.run(COMMANDS.addUser, { name: 'Ana', email: 'ana@example.org' });
    await s.run(COMMANDS.addMember, { user: 'Ana', role: 'coder' });
    await s.run(COMMANDS.createCode, { name: 'Mirada', parent: 'Triggers of moments of meeting' });
    const start = TEXT.indexOf('lo sentí');
    await s.as(ana.id).run(COMMANDS.applyCode, { document: 'Entrevista 1', start, end: start + 8, code: 'Triggers of moments of meeting/Mirada' });
    await expect(s.run(COMMANDS.undo, {})).rejects.toThrow(/later work/);
    expect((await listCodes(t.store, s.projectId!)).some((c) => c.name === 'Mirada')).toBe(true);
    const anaSegs = await listSegments(t.store, s.projectId!, { coderId: ana.id });
    expect(anaSegs).toHaveLength(1);
  });

  it('authorises by role: a viewer cannot code', async () => {
    const v = await owner.run(COMMANDS.addUser, { name: 'Vera' });
    await s.run(COMMANDS.addMember, { user: 'Vera', role: 'viewer' });
    await expect(s.as(v.id).run(COMMANDS.createCode, { name: 'X' })).rejects.toThrow(/role in Estudio is viewer/);
    const stranger = await owner.run(COMMANDS.addUser, { name: 'Otto' });
    await expect(s.as(stranger.id).run(COMMANDS.createCode, { name: 'X' })).rejects.toThrow(/not a member/);
  });

  it('rolls a failing command back entirely', async () => {
    const broken = { ...mom, id: 'broken', codes: [{ name: 'Nueva categoría', definition: '', children: [{ name: 'ok', definition: '' }, { name: 'x'.repeat(10_000), definition: '' }] }], memos: [] };
    const before = (await listCodes(t.store, s.projectId!)).length;
    const eventsBefore = (await listEvents(t.store, s.projectId!)).length;
    await expect(s.run(COMMANDS.applyTemplate, { template: broken })).rejects.toThrow(/10000 characters/);
    expect((await listCodes(t.store, s.projectId!)).length).toBe(before);
    expect((await listEvents(t.store, s.projectId!)).length).toBe(eventsBefore);
  });

  it('keeps the event log append-only', async () => {
    await expect(sql`update event set command = 'x'`.execute(t.store.adapter.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from event`.execute(t.store.adapter.db)).rejects.toThrow(/append-only/);
  });

  it('writes memos with links and undoes their deletion', async () => {
    const m = await s.run(COMMANDS.addMemo, {
      title: 'Reflexión 1', body: 'Me sorprendió la risa.', type: 'reflexive',
      links: [{ type: 'code', ref: 'Triggers of moments of meeting/Humor' }, { type: 'document', ref: 'Entrevista 1' }],
    });
    expect(m.links).toHaveLength(2);
    await s.run(COMMANDS.deleteMemo, { memo: 'Reflexión 1' });
    await s.run(COMMANDS.undo, {});
    const links = await t.store.adapter.db.selectFrom('memo_link').selectAll().where('memoId', '=', m.id).execute();
    expect(links).toHaveLength(2);
  });
});
