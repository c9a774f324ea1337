/**
 * The counts kept by triggers always equal the codings grouped by code, case, kind and coder
 * (`code_case_count`), by code, case and kind across coders (`code_case_total`), and by document
 * (`document_total`).
 */
import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/core/commands/index.js';
import type { Database } from '../../src/store/schema.js';
import { up as up007 } from '../../src/store/migrations/007-code-case-totals.js';
import { up as up012 } from '../../src/store/migrations/012-document-totals.js';
import { Session } from '../helpers/session.js';
import { DIALECTS, freshStore, type TestStore } from '../helpers/stores.js';

const A = 'T: ¿Y la risa?\nP: Nos reímos los dos 😊. Fue un alivio.\n';
const B = 'T: ¿Qué cambió?\nP: Después de reírnos hablé de mi padre. Fue un alivio enorme.\n';
const at = (text: string, words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });

const rows = async (db: Kysely<Database>, query: ReturnType<typeof sql<{ k: string; n: number }>>) =>
  (await query.execute(db)).rows.map((r) => `${r.k}=${Number(r.n)}`);
const keptCounts = (db: Kysely<Database>) => rows(db, sql`select code_id || '|' || case_id || '|' || kind || '|' || coder_id as k, n
  from code_case_count order by k`);
const actualCounts = (db: Kysely<Database>) => rows(db, sql`select c.code_id || '|' || d.case_id || '|' || d.kind || '|' || c.coder_id as k,
  count(*) as n from coding c join document d on d.id = c.document_id where d.case_id is not null
  group by c.code_id, d.case_id, d.kind, c.coder_id order by k`);
const keptTotals = (db: Kysely<Database>) => rows(db, sql`select code_id || '|' || case_id || '|' || kind as k, n
  from code_case_total order by k`);
const actualTotals = (db: Kysely<Database>) => rows(db, sql`select c.code_id || '|' || d.case_id || '|' || d.kind as k,
  count(*) as n from coding c join document d on d.id = c.document_id where d.case_id is not null
  group by c.code_id, d.case_id, d.kind order by k`);
const keptByDocument = (db: Kysely<Database>) => rows(db, sql`select document_id as k, codings as n from document_total order by k`);
const actualByDocument = (db: Kysely<Database>) => rows(db, sql`select document_id as k, count(*) as n from coding group by document_id order by k`);

/** A session transcript (kind `session`, unlike importText's interviews) of a case. */
const importSession = (s: Session, name: string, text: string, caseLabel: string) => {
  const original = new TextEncoder().encode(text);
  return s.run(COMMANDS.importDocument, {
    name, kind: 'session', case: caseLabel, text, turns: [], original, originalName: `${name}.txt`, mime: 'text/plain',
    format: 'txt', contentHash: createHash('sha256').update(original).digest('hex'),
  });
};

describe.each(DIALECTS)('code_case_count and code_case_total on %s', (dialect) => {
  let t: TestStore;
  let s: Session;
  let ana: Session;
  const kept = () => keptCounts(t.store.adapter.db);
  const totals = () => keptTotals(t.store.adapter.db);
  const check = async () => {
    expect(await kept()).toEqual(await actualCounts(t.store.adapter.db));
    expect(await totals()).toEqual(await actualTotals(t.store.adapter.db));
    expect(await keptByDocument(t.store.adapter.db)).toEqual(await actualByDocument(t.store.adapter.db));
  };

  beforeAll(async () => {
    t = await freshStore(dialect);
    const owner = await Session.owner(t.store);
    s = owner.in((await owner.run(COMMANDS.createProject, { name: 'Cuentas' })).id);
    const user = await owner.run(COMMANDS.addUser, { name: 'Ana', email: 'ana@example.org' });
    await s.run(COMMANDS.addMember, { user: 'Ana', role: 'coder' });
    ana = s.as(user.id);
    await s.run(COMMANDS.addCase, { label: 'T1', attributes: {} });
    await s.run(COMMANDS.addCase, { label: 'T2', attributes: {} });
    await s.importText('Sesión A', A, { case: 'T1' });
    await s.importText('Sesión B', B, { case: 'T2' });
    await s.importText('Notas', A);
    await importSession(s, 'Sesión C', B, 'T1');
    for (const name of ['Humor', 'Alivio', 'Padre']) await s.run(COMMANDS.createCode, { name });
  });
  afterAll(async () => t?.dispose());

  it('follows coding, bulk coding, merging, deleting, undo and redo', async () => {
    await s.run(COMMANDS.applyCode, { document: 'Sesión A', ...at(A, 'Nos reímos'), code: 'Humor' });
    await ana.run(COMMANDS.applyCode, { document: 'Sesión A', ...at(A, 'Nos reímos'), code: 'Humor' });
    await s.run(COMMANDS.applyCode, { document: 'Notas', ...at(A, 'Nos reímos'), code: 'Humor' });
    await s.run(COMMANDS.applyMany, { items: [
      { document: 'Sesión A', ...at(A, 'Fue un alivio'), code: 'Alivio' },
      { document: 'Sesión B', ...at(B, 'Fue un alivio'), code: 'Alivio' },
      { document: 'Sesión B', ...at(B, 'hablé de mi padre'), code: 'Padre' },
    ] });
    await check();
    expect(await kept()).toHaveLength(5);
    // Two coders of one passage: one total.
    expect(await totals()).toHaveLength(4);
    await s.run(COMMANDS.mergeCodes, { from: 'Padre', into: 'Alivio' });
    await check();
    await s.run(COMMANDS.undo, {});
    await check();
    await s.run(COMMANDS.redo, {});
    await check();
    await s.run(COMMANDS.deleteCode, { code: 'Humor' });
    await check();
    await s.run(COMMANDS.undo, {});
    await check();
    const [coding] = (await t.store.adapter.db.selectFrom('coding').select('id').where('coderId', '=', ana.actorId).execute());
    await ana.run(COMMANDS.removeCoding, { coding: coding!.id });
    await check();
    expect(await kept()).toHaveLength(3);
    expect(await totals()).toHaveLength(3);
  });

  it('counts each document kind apart and every coder in one total', async () => {
    const humor = (await t.store.adapter.db.selectFrom('code').select('id').where('name', '=', 'Humor').executeTakeFirstOrThrow()).id;
    const t1 = (await t.store.adapter.db.selectFrom('case').select('id').where('label', '=', 'T1').executeTakeFirstOrThrow()).id;
    const humorInT1 = async () => (await totals()).filter((r) => r.startsWith(`${humor}|${t1}|`));
    await ana.run(COMMANDS.applyMany, { items: [
      { document: 'Sesión C', ...at(B, 'reírnos'), code: 'Humor' },
      { document: 'Sesión C', ...at(B, 'Fue un alivio'), code: 'Alivio' },
      { document: 'Sesión A', ...at(A, 'Nos reímos'), code: 'Humor' },
    ] });
    await s.run(COMMANDS.applyCode, { document: 'Sesión C', ...at(B, 'reírnos'), code: 'Humor' });
    await check();
    expect(await humorInT1()).toEqual([`${humor}|${t1}|interview=2`, `${humor}|${t1}|session=2`]);
    await s.run(COMMANDS.undo, {});
    await check();
    await ana.run(COMMANDS.undo, {});
    await check();
    expect(await humorInT1()).toEqual([`${humor}|${t1}|interview=1`]);
    await ana.run(COMMANDS.redo, {});
    await check();
    await s.run(COMMANDS.mergeCodes, { from: 'Humor', into: 'Alivio' });
    await check();
    expect(await humorInT1()).toEqual([]);
    await s.run(COMMANDS.undo, {});
    await check();
    expect(await humorInT1()).toEqual([`${humor}|${t1}|interview=2`, `${humor}|${t1}|session=1`]);
  });
});

describe.each(DIALECTS)('migration 007 on %s', (dialect) => {
  it('fills code_case_total from the codings made before it ran, and keeps it from then on', async () => {
    const t = await freshStore(dialect);
    try {
      const { store } = t;
      const owner = await Session.owner(store);
      const s = owner.in((await owner.run(COMMANDS.createProject, { name: 'Antes' })).id);
      const user = await owner.run(COMMANDS.addUser, { name: 'Ana', email: 'ana@example.org' });
      await s.run(COMMANDS.addMember, { user: 'Ana', role: 'coder' });
      await s.run(COMMANDS.addCase, { label: 'T1', attributes: {} });
      await s.importText('Sesión A', A, { case: 'T1' });
      await s.importText('Notas', A);
      await importSession(s, 'Sesión C', B, 'T1');
      for (const name of ['Humor', 'Alivio']) await s.run(COMMANDS.createCode, { name });
      // The database as 006 left it: no totals and no triggers keeping them. Later migrations have
      // run too and the migrator runs none out of order, so 007's `up` runs here on its own.
      const db = store.adapter.db;
      const drops = dialect === 'sqlite'
        ? ['insert', 'delete', 'update'].map((op) => `drop trigger code_case_total_${op}`)
        : ['drop trigger code_case_total_keep on coding', 'drop function code_case_total_keep()'];
      for (const statement of [...drops, 'drop table code_case_total']) await sql.raw(statement).execute(db);
      await s.run(COMMANDS.applyMany, { items: [
        { document: 'Sesión A', ...at(A, 'Nos reímos'), code: 'Humor' },
        { document: 'Sesión A', ...at(A, 'Fue un alivio'), code: 'Alivio' },
        { document: 'Notas', ...at(A, 'Nos reímos'), code: 'Humor' },
        { document: 'Sesión C', ...at(B, 'reírnos'), code: 'Humor' },
      ] });
      await s.as(user.id).run(COMMANDS.applyCode, { document: 'Sesión A', ...at(A, 'Nos reímos'), code: 'Humor' });

      await store.adapter.transaction((trx) => up007(trx as unknown as Kysely<unknown>, store.adapter));
      const totals = await keptTotals(db);
      expect(totals).toHaveLength(3);
      expect(totals).toEqual(await actualTotals(db));
      await s.run(COMMANDS.applyCode, { document: 'Sesión C', ...at(B, 'Fue un alivio'), code: 'Alivio' });
      await s.run(COMMANDS.undo, {});
      await s.run(COMMANDS.redo, {});
      expect(await keptTotals(db)).toEqual(await actualTotals(db));
      expect(await keptCounts(db)).toEqual(await actualCounts(db));
    } finally {
      await t.dispose();
    }
  });
});

describe.each(DIALECTS)('migration 012 on %s', (dialect) => {
  it('fills document_total from the codings made before it ran, and keeps it from then on', async () => {
    const t = await freshStore(dialect);
    try {
      const { store } = t;
      const owner = await Session.owner(store);
      const s = owner.in((await owner.run(COMMANDS.createProject, { name: 'Antes' })).id);
      await s.importText('Sesión A', A);
      await s.importText('Sesión B', B);
      await s.importText('Sin codificar', A);
      await s.run(COMMANDS.createCode, { name: 'Humor' });
      const db = store.adapter.db;
      const drops = dialect === 'sqlite'
        ? ['insert', 'delete', 'update'].map((op) => `drop trigger document_total_${op}`)
        : ['drop trigger document_total_keep on coding', 'drop function document_total_keep()'];
      for (const statement of [...drops, 'drop table document_total']) await sql.raw(statement).execute(db);
      await s.run(COMMANDS.applyMany, { items: [
        { document: 'Sesión A', ...at(A, 'Nos reímos'), code: 'Humor' },
        { document: 'Sesión A', ...at(A, 'Fue un alivio'), code: 'Humor' },
        { document: 'Sesión B', ...at(B, 'reírnos'), code: 'Humor' },
      ] });

      await store.adapter.transaction((trx) => up012(trx as unknown as Kysely<unknown>, store.adapter));
      expect(await keptByDocument(db)).toHaveLength(2);
      expect(await keptByDocument(db)).toEqual(await actualByDocument(db));
      await s.run(COMMANDS.applyCode, { document: 'Sin codificar', ...at(A, 'Fue un alivio'), code: 'Humor' });
      await s.run(COMMANDS.undo, {});
      expect(await keptByDocument(db)).toHaveLength(2);
      await s.run(COMMANDS.redo, {});
      expect(await keptByDocument(db)).toEqual(await actualByDocument(db));
      expect(await keptByDocument(db)).toHaveLength(3);
    } finally {
      await t.dispose();
    }
  });
});
