/** The memo listing names what each memo is linked to, over SQLite and PostgreSQL alike. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/core/commands/index.js';
import { firstWords, listMemos } from '../../src/store/queries/listings.js';
import { Session } from '../helpers/session.js';
import { DIALECTS, freshStore, type TestStore } from '../helpers/stores.js';

const TEXT = 'T: ¿Qué pasó ahí?\nP: Nos reímos las dos 😊 y algo se movió entre nosotras, de verdad.\n';

describe.each(DIALECTS)('memo listing on %s', (dialect) => {
  let t: TestStore;
  let s: Session;

  beforeAll(async () => {
    t = await freshStore(dialect);
    const owner = await Session.owner(t.store);
    s = owner.in((await owner.run(COMMANDS.createProject, { name: 'Momentos' })).id);
  });
  afterAll(async () => t?.dispose());

  it('labels code, document, case, segment and memo links, and keeps the older fields', async () => {
    await s.run(COMMANDS.addCase, { label: 'T3', attributes: {} });
    await s.importText('Entrevista Ñuñoa', TEXT, { case: 'T3' });
    await s.run(COMMANDS.createCode, { name: 'Disparadores' });
    await s.run(COMMANDS.createCode, { name: 'Humor/ironía', parent: 'Disparadores' });
    const start = TEXT.indexOf('Nos');
    const coded = await s.run(COMMANDS.applyCode, { document: 'Entrevista Ñuñoa', start, end: TEXT.indexOf('.', start) + 1, code: 'Disparadores' });
    const first = await s.run(COMMANDS.addMemo, { title: 'Guía de entrevista', body: '', type: 'methodological', links: [] });
    const memo = await s.run(COMMANDS.addMemo, {
      title: 'Después de T3', body: 'Sentí *alivio*.', type: 'reflexive',
      links: [{ type: 'code', ref: 'Disparadores/Humor\\/ironía' }, { type: 'document', ref: 'Entrevista Ñuñoa' }, { type: 'case', ref: 'T3' }],
    });
    await s.run(COMMANDS.addMemoLinks, { memo: memo.id, links: [{ type: 'segment', ref: coded.segment.id }, { type: 'memo', ref: first.id }] });

    const listed = (await listMemos(t.store, s.projectId!)).find((m) => m.id === memo.id)!;
    expect(listed).toMatchObject({ title: 'Después de T3', type: 'reflexive', author: 'owner', body: 'Sentí *alivio*.' });
    expect(listed.createdAt).toBe(memo.createdAt);
    expect(listed.links.map((l) => [l.type, l.label])).toEqual([
      ['code', 'Disparadores/Humor\\/ironía'], ['document', 'Entrevista Ñuñoa'], ['case', 'T3'],
      ['segment', '“Nos reímos las dos 😊 y algo se…”'], ['memo', 'Guía de entrevista'],
    ]);
    const segment = listed.links.find((l) => l.type === 'segment')!;
    expect(segment).toMatchObject({ documentId: coded.segment.documentId, start });
    expect(listed.links.every((l) => typeof l.linkId === 'string' && typeof l.id === 'string')).toBe(true);
  });

  it('cuts a quote after its first words only when it is longer', () => {
    expect(firstWords('  uno  dos tres ')).toBe('uno dos tres');
    expect(firstWords('a b c d e f g h i j')).toBe('a b c d e f g h…');
  });
});
