/** The counts kept by triggers always equal the codings grouped by code, case, kind and coder. */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/core/commands/index.js';
import { Session } from '../helpers/session.js';
import { DIALECTS, freshStore, type TestStore } from '../helpers/stores.js';

const A = 'T: ¿Y la risa?\nP: Nos reímos los dos 😊. Fue un alivio.\n';
const B = 'T: ¿Qué cambió?\nP: Después de reírnos hablé de mi padre. Fue un alivio enorme.\n';
const at = (text: string, words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });

describe.each(DIALECTS)('code_case_count on %s', (dialect) => {
  let t: TestStore;
  let s: Session;
  let ana: Session;
  const kept = async () => (await sql<{ k: string; n: number }>`select code_id || '|' || case_id || '|' || kind || '|' || coder_id as k, n
    from code_case_count order by k`.execute(t.store.adapter.db)).rows.map((r) => `${r.k}=${Number(r.n)}`);
  const actual = async () => (await sql<{ k: string; n: number }>`select c.code_id || '|' || d.case_id || '|' || d.kind || '|' || c.coder_id as k,
    count(*) as n from coding c join document d on d.id = c.document_id where d.case_id is not null
    group by c.code_id, d.case_id, d.kind, c.coder_id order by k`.execute(t.store.adapter.db)).rows.map((r) => `${r.k}=${Number(r.n)}`);
  const check = async () => expect(await kept()).toEqual(await actual());

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
  });
});
