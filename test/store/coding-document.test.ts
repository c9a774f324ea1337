/** Codings name their document: set by the commands, filled by migration 004 and for old undo data. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/core/commands/index.js';
import { KyselyTx } from '../../src/store/tx.js';
import { Session } from '../helpers/session.js';
import { DIALECTS, freshStore, type TestStore } from '../helpers/stores.js';

const TEXT = 'T: ¿Cómo fue?\nP: Nos reímos juntos 😊 y algo se movió.\n';

describe.each(DIALECTS)('coding.document_id on %s', (dialect) => {
  let t: TestStore;
  let s: Session;
  beforeAll(async () => {
    t = await freshStore(dialect);
    const owner = await Session.owner(t.store);
    s = owner.in((await owner.run(COMMANDS.createProject, { name: 'Documentos' })).id);
    await s.importText('Sesión 1', TEXT);
    await s.run(COMMANDS.createCode, { name: 'Humor' });
  });
  afterAll(async () => t?.dispose());

  it('is the segment\'s document, whether coded one by one, in bulk, or restored from old undo data', async () => {
    const start = TEXT.indexOf('Nos reímos');
    const one = await s.run(COMMANDS.applyCode, { document: 'Sesión 1', start, end: start + 17, code: 'Humor' });
    expect(one.coding.documentId).toBe(one.segment.documentId);
    const bulk = await s.run(COMMANDS.applyMany, { items: [{ document: 'Sesión 1', start: start + 20, end: start + 33, code: 'Humor' }] });
    expect(bulk.applied).toBe(1);
    const db = t.store.adapter.db;
    const rows = await db.selectFrom('coding').innerJoin('segment', 'segment.id', 'coding.segmentId')
      .select(['coding.documentId', 'segment.documentId as segmentDocument']).execute();
    expect(rows).toHaveLength(2);
    for (const r of rows) expect(r.documentId).toBe(r.segmentDocument);
    // Undo data written before codings carried documentId holds rows without it.
    const old = { ...one.coding } as Partial<typeof one.coding>;
    delete old.documentId;
    await s.run(COMMANDS.createCode, { name: 'Alegría' });
    await s.run(COMMANDS.applyCode, { document: 'Sesión 1', start, end: start + 17, code: 'Alegría' });
    await s.run(COMMANDS.removeCoding, { coding: one.coding.id });
    await t.store.adapter.transaction(async (trx) => new KyselyTx(trx, t.store.adapter).insert('coding', [old as typeof one.coding]));
    const back = await db.selectFrom('coding').select('documentId').where('id', '=', one.coding.id).executeTakeFirstOrThrow();
    expect(back.documentId).toBe(one.segment.documentId);
  });
});
