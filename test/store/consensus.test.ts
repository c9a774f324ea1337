/**
 * Resolving disagreements into the consensus layer: accept one coder's codings, both, or new
 * ones, each resolution one undoable command with an optional memo; never during blind coding.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/core/commands/index.js';
import { disagreementsOf } from '../../src/store/queries/disagreements.js';
import { Session } from '../helpers/session.js';
import { DIALECTS, freshStore, type TestStore } from '../helpers/stores.js';

const TEXT = 'E: ¿Qué pasó después?\nT: Nos reímos juntos y algo cambió en la sala; sentí alivio. 😊\n';

describe.each(DIALECTS)('consensus on %s', (dialect) => {
  let t: TestStore;
  let owner: Session;
  let projectId = '';
  const consensus = async () => t.store.adapter.db.selectFrom('coding').innerJoin('user', 'user.id', 'coding.coderId')
    .innerJoin('segment', 'segment.id', 'coding.segmentId').innerJoin('code', 'code.id', 'coding.codeId')
    .select(['code.name as code', 'segment.start', 'segment.end']).where('user.name', '=', 'consensus')
    .where('coding.projectId', '=', projectId).orderBy('segment.start').orderBy('code.name').orderBy('segment.end').execute();

  beforeAll(async () => {
    t = await freshStore(dialect);
    const root = await Session.owner(t.store);
    projectId = (await root.run(COMMANDS.createProject, { name: 'Consenso' })).id;
    owner = root.in(projectId);
    const ids: Record<string, string> = {};
    for (const name of ['ana', 'ben']) {
      ids[name] = (await root.run(COMMANDS.addUser, { name })).id;
      await owner.run(COMMANDS.addMember, { user: name, role: 'coder' });
    }
    for (const name of ['Risa', 'Alivio', 'Cambio']) await owner.run(COMMANDS.createCode, { name });
    await owner.importText('S1', TEXT);
    const ana = owner.as(ids.ana!);
    const ben = owner.as(ids.ben!);
    // Place 1 (25–43): ana "Risa" 25–43, ben "Risa" 25–40 and "Cambio" 30–43.
    await ana.run(COMMANDS.applyCode, { document: 'S1', start: 25, end: 43, code: 'Risa' });
    await ben.run(COMMANDS.applyCode, { document: 'S1', start: 25, end: 40, code: 'Risa' });
    await ben.run(COMMANDS.applyCode, { document: 'S1', start: 30, end: 43, code: 'Cambio' });
    // Place 2 (71–83): only ana, "Alivio".
    await ana.run(COMMANDS.applyCode, { document: 'S1', start: 71, end: 83, code: 'Alivio' });
  });
  afterAll(async () => t?.dispose());

  it('lists the places where the coders differ, with their text, none resolved yet', async () => {
    const d = await disagreementsOf(t.store, projectId, { coders: ['ana', 'ben'] });
    expect(d).toMatchObject({ coders: ['ana', 'ben'], open: 2, resolved: 0 });
    expect(d.places.map((p) => [p.document, p.start, p.end, p.text])).toEqual([
      ['S1', 25, 43, TEXT.slice(25, 43)], ['S1', 71, 83, TEXT.slice(71, 83)],
    ]);
    expect(d.places[0]!.text).toBe('Nos reímos juntos ');
    expect(d.places[0]!.byCoder).toEqual({
      ana: [{ code: 'Risa', start: 25, end: 43 }],
      ben: [{ code: 'Risa', start: 25, end: 40 }, { code: 'Cambio', start: 30, end: 43 }],
    });
    expect(d.places[1]!.byCoder.ben).toEqual([]);
  });

  it('refuses during blind coding and when nothing is chosen, changing nothing', async () => {
    await owner.run(COMMANDS.setPhase, { phase: 'independent' });
    await expect(owner.run(COMMANDS.resolveDisagreement, { document: 'S1', at: 30, coders: ['ana', 'ben'], accept: ['ana'] }))
      .rejects.toThrow(/^The project is in blind coding/);
    await owner.run(COMMANDS.setPhase, { phase: 'consensus' });
    await expect(owner.run(COMMANDS.resolveDisagreement, { document: 'S1', at: 30, coders: ['ana', 'ben'] })).rejects.toThrow(/^Say what to keep/);
    await expect(owner.run(COMMANDS.resolveDisagreement, { document: 'S1', at: 5, coders: ['ana', 'ben'], accept: ['ana'] }))
      .rejects.toThrow('None of these coders coded position 5 of "S1"; choose a place from `sparks disagreements`.');
    expect(await consensus()).toEqual([]);
  });

  it('accepts one coder, then both, each as one undoable change', async () => {
    const one = await owner.run(COMMANDS.resolveDisagreement, { document: 'S1', at: 30, coders: ['ana', 'ben'], accept: ['ben'] });
    expect(one).toMatchObject({ place: { start: 25, end: 43 }, created: 2, memo: null });
    expect(await consensus()).toEqual([{ code: 'Risa', start: 25, end: 40 }, { code: 'Cambio', start: 30, end: 43 }]);
    await owner.run(COMMANDS.undo, {});
    expect(await consensus()).toEqual([]);
    const both = await owner.run(COMMANDS.resolveDisagreement, {
      document: 'S1', at: 26, coders: ['ana', 'ben'], accept: ['ana', 'ben'], memo: 'Acordamos que la risa compartida incluye el cambio. 😊',
    });
    expect(both.created).toBe(3);
    expect(await consensus()).toEqual([{ code: 'Risa', start: 25, end: 40 }, { code: 'Risa', start: 25, end: 43 }, { code: 'Cambio', start: 30, end: 43 }]
      .sort((a, b) => a.start - b.start || a.code.localeCompare(b.code)));
    const memo = await t.store.adapter.db.selectFrom('memo').selectAll().where('id', '=', both.memo!).executeTakeFirstOrThrow();
    expect(memo).toMatchObject({ title: 'Consensus on S1, 25–43', type: 'methodological' });
    expect(await t.store.adapter.db.selectFrom('memo_link').select('targetType').where('memoId', '=', memo.id).execute()).toHaveLength(3);
  });

  it('writes a new coding for a place, and keeps each span and code once', async () => {
    const r = await owner.run(COMMANDS.resolveDisagreement, {
      document: 'S1', at: 75, coders: ['ana', 'ben'], accept: ['ana'], codings: [{ code: 'Alivio', start: 71, end: 83 }, { code: 'Cambio', start: 71, end: 83 }],
    });
    expect(r).toMatchObject({ place: { start: 71, end: 83 }, created: 2 });
    const events = await t.store.adapter.db.selectFrom('event').select('command').where('projectId', '=', projectId).where('command', '=', 'consensus.resolve').execute();
    expect(events.length).toBeGreaterThanOrEqual(3);
    expect(await disagreementsOf(t.store, projectId, { coders: ['ana', 'ben'] })).toMatchObject({ open: 0, resolved: 2 });
  });

  it('leaves a place uncoded by agreement: resolved with nothing kept, undoable, never with codings too', async () => {
    await owner.run(COMMANDS.undo, {});
    expect(await disagreementsOf(t.store, projectId, { coders: ['ana', 'ben'] })).toMatchObject({ open: 1, resolved: 1 });
    await expect(owner.run(COMMANDS.resolveDisagreement, { document: 'S1', at: 75, coders: ['ana', 'ben'], accept: ['ana'], dismiss: true }))
      .rejects.toThrow('Either keep codings or leave the place uncoded, not both; choose one.');
    const r = await owner.run(COMMANDS.resolveDisagreement, { document: 'S1', at: 75, coders: ['ana', 'ben'], dismiss: true, memo: 'No es alivio: es ironía.' });
    expect(r).toMatchObject({ place: { start: 71, end: 83 }, created: 0, dismissed: true });
    expect(await disagreementsOf(t.store, projectId, { coders: ['ana', 'ben'] })).toMatchObject({ open: 0, resolved: 2 });
    const links = await t.store.adapter.db.selectFrom('memo_link').select('targetType').where('memoId', '=', r.memo!).execute();
    expect(links).toEqual([{ targetType: 'document' }]);
    await owner.run(COMMANDS.undo, {});
    expect(await disagreementsOf(t.store, projectId, { coders: ['ana', 'ben'] })).toMatchObject({ open: 1, resolved: 1 });
  });

  it('takes every place where the coders agree into the consensus layer in one undoable command', async () => {
    const [anaId, benId] = await Promise.all(['ana', 'ben'].map(async (n) => (await t.store.adapter.db.selectFrom('user').select('id').where('name', '=', n).executeTakeFirstOrThrow()).id));
    const agreedSpan = { start: TEXT.indexOf('algo cambió'), end: TEXT.indexOf('algo cambió') + 'algo cambió en la sala'.length };
    // Both code "Cambio" on a passage after the first place; it does not overlap 25–43.
    await owner.importText('S2', TEXT);
    for (const id of [anaId!, benId!]) await owner.as(id).run(COMMANDS.applyCode, { document: 'S2', ...agreedSpan, code: 'Cambio' });
    expect(await disagreementsOf(t.store, projectId, { coders: ['ana', 'ben'] })).toMatchObject({ agreed: 1 });
    const r = await owner.run(COMMANDS.takeAgreed, { coders: ['ana', 'ben'] });
    expect(r).toEqual({ places: 1, created: 1 });
    expect((await consensus()).filter((c) => c.start === agreedSpan.start)).toEqual([{ code: 'Cambio', ...agreedSpan }]);
    expect(await disagreementsOf(t.store, projectId, { coders: ['ana', 'ben'] })).toMatchObject({ agreed: 0 });
    await expect(owner.run(COMMANDS.takeAgreed, { coders: ['ana', 'ben'] }))
      .rejects.toThrow('There is no place where these coders agree that the consensus layer does not hold already; nothing changed.');
    await owner.run(COMMANDS.undo, {});
    expect(await disagreementsOf(t.store, projectId, { coders: ['ana', 'ben'] })).toMatchObject({ agreed: 1 });
  });
});
