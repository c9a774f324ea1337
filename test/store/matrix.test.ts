/** Matrices over SQLite and PostgreSQL: codes × cases, × documents, × codes, split by a case attribute. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MatrixResult } from '../../src/analysis/index.js';
import { COMMANDS } from '../../src/core/commands/index.js';
import { UserError } from '../../src/core/errors.js';
import { matrixOf } from '../../src/store/queries/matrix.js';
import { Session } from '../helpers/session.js';
import { DIALECTS, freshStore, type TestStore } from '../helpers/stores.js';

const TEXT = 'T: ¿Qué recuerda de esa sesión?\nP: Nos reímos juntos 😊 y después hubo un silencio largo, muy largo.\nT: ¿Y luego?\nP: Sentí alivio.\n';
const at = (word: string) => ({ start: TEXT.indexOf(word), end: TEXT.indexOf(word) + word.length });

/** The matrix as { rowPath: { columnLabel: cell } } for one panel. */
function table(m: MatrixResult, panel = 0): Record<string, Record<string, number | null>> {
  return Object.fromEntries(m.rows.map((r, i) => [r.label, Object.fromEntries(m.cols.map((c, j) => [c.label, m.panels[panel]!.cells[i]![j]!]))]));
}

describe.each(DIALECTS)('matrices on %s', (dialect) => {
  let t: TestStore;
  let s: Session;
  let projectId: string;

  const code = (document: string, path: string, word: string, coder = 'owner') =>
    s.run(COMMANDS.applyCode, { document, ...at(word), code: path, coder });

  beforeAll(async () => {
    t = await freshStore(dialect);
    const owner = await Session.owner(t.store);
    projectId = (await owner.run(COMMANDS.createProject, { name: 'Matrices' })).id;
    s = owner.in(projectId);
    await owner.run(COMMANDS.addUser, { name: 'ana' });
    await s.run(COMMANDS.addMember, { user: 'ana', role: 'coder' });
    for (const [name, parent] of [['Vínculo', null], ['Risa', 'Vínculo'], ['Silencio', 'Vínculo'], ['Efectos', null], ['Alivio', 'Efectos']] as const) {
      await s.run(COMMANDS.createCode, { name, parent });
    }
    // T10 sorts after T2 as a study numbers participants; T3 has no experience recorded.
    await s.run(COMMANDS.addCase, { label: 'T10', attributes: { years: '31', género: 'mujer' } });
    await s.run(COMMANDS.addCase, { label: 'T2', attributes: { years: '12', género: 'hombre' } });
    await s.run(COMMANDS.addCase, { label: 'T3', attributes: { género: 'mujer' } });
    await s.importText('E1', TEXT, { case: 'T2' });
    await s.importText('E2', TEXT, { case: 'T10' });
    await s.importText('E3', TEXT, { case: 'T3' });
    await s.importText('S1', TEXT, { case: 'T2', kind: 'session' });
    await code('E1', 'Vínculo/Risa', 'reímos juntos');
    await code('E1', 'Vínculo/Risa', 'reímos juntos', 'ana');
    await code('E1', 'Efectos/Alivio', 'reímos');
    await code('E1', 'Vínculo/Silencio', 'silencio largo');
    await code('E2', 'Vínculo/Silencio', 'silencio largo');
    await code('E2', 'Efectos/Alivio', 'alivio');
    await code('E3', 'Vínculo/Risa', 'reímos');
    await code('S1', 'Vínculo/Risa', 'reímos');
  });
  afterAll(async () => t?.dispose());

  it('counts codings of codes and their categories per case, cases in natural order', async () => {
    const m = await matrixOf(t.store, projectId, { cols: 'cases', kind: 'interview' });
    expect(m.cols.map((c) => c.label)).toEqual(['T2', 'T3', 'T10']);
    expect(m.rows.map((r) => [r.label, r.depth])).toEqual([['Vínculo', 0], ['Vínculo/Risa', 1], ['Vínculo/Silencio', 1], ['Efectos', 0], ['Efectos/Alivio', 1]]);
    expect(table(m)).toMatchObject({
      Vínculo: { T2: 3, T3: 1, T10: 1 }, 'Vínculo/Risa': { T2: 2, T3: 1, T10: 0 }, 'Efectos/Alivio': { T2: 1, T3: 0, T10: 1 },
    });
    expect(m.panels[0]).toMatchObject({ group: null, cases: 3 });
  });

  it('gives presence as 1 or 0, and one coder’s codings alone', async () => {
    const m = await matrixOf(t.store, projectId, { cols: 'cases', kind: 'interview', measure: 'presence' });
    expect(table(m)['Vínculo/Risa']).toEqual({ T2: 1, T3: 1, T10: 0 });
    const ana = await t.store.adapter.db.selectFrom('user').select('id').where('name', '=', 'ana').executeTakeFirstOrThrow();
    const mine = await matrixOf(t.store, projectId, { cols: 'cases', kind: 'interview', coderId: ana.id });
    expect(table(mine).Vínculo).toEqual({ T2: 1, T3: 0, T10: 0 });
  });

  it('counts per document in interview order, and across kinds when asked', async () => {
    const m = await matrixOf(t.store, projectId, { cols: 'documents', kind: 'interview' });
    expect(m.cols.map((c) => c.label)).toEqual(['E1', 'E2', 'E3']);
    expect(table(m).Efectos).toEqual({ E1: 1, E2: 1, E3: 0 });
    const all = await matrixOf(t.store, projectId, { cols: 'documents' });
    expect(table(all)['Vínculo/Risa']).toEqual({ E1: 2, E2: 0, E3: 1, S1: 1 });
  });

  it('splits cases by an attribute, in bands, with "(not set)" last', async () => {
    const byGender = await matrixOf(t.store, projectId, { cols: 'cases', kind: 'interview', by: 'género', measure: 'presence' });
    expect(byGender.cols).toEqual([{ id: 'hombre', label: 'hombre', size: 1 }, { id: 'mujer', label: 'mujer', size: 2 }]);
    expect(table(byGender).Vínculo).toEqual({ hombre: 1, mujer: 2 });
    const banded = await matrixOf(t.store, projectId, { cols: 'cases', kind: 'interview', by: 'years', bands: [20, 30] });
    expect(banded.cols.map((c) => [c.label, c.size])).toEqual([['under 20', 1], ['30 and over', 1], ['(not set)', 1]]);
    expect(table(banded).Vínculo).toEqual({ 'under 20': 3, '30 and over': 1, '(not set)': 1 });
    const docs = await matrixOf(t.store, projectId, { cols: 'documents', kind: 'interview', by: 'género' });
    expect(table(docs)['Vínculo/Silencio']).toEqual({ hombre: 1, mujer: 1 });
  });

  it('counts co-occurring codes, overlapping or within a distance, never a code with its category', async () => {
    const m = await matrixOf(t.store, projectId, { cols: 'codes', kind: 'interview' });
    expect(m.measure).toBe('cooccurrence');
    const c = table(m);
    // "reímos" (Alivio) lies inside "reímos juntos" (Risa, by two coders: one place) in E1 only.
    expect(c['Vínculo/Risa']!['Efectos/Alivio']).toBe(1);
    expect(c['Efectos/Alivio']!['Vínculo/Risa']).toBe(1);
    expect(c['Vínculo/Risa']!['Vínculo/Silencio']).toBe(0);
    expect(c.Vínculo!['Vínculo/Risa']).toBeNull();
    expect(c.Vínculo!.Vínculo).toBeNull();
    const near = table(await matrixOf(t.store, projectId, { cols: 'codes', kind: 'interview', within: 40 }));
    expect(near['Vínculo/Risa']!['Vínculo/Silencio']).toBe(1);
    expect(near['Vínculo/Silencio']!['Efectos/Alivio']).toBe(2);
  });

  it('gives one co-occurrence table per group when split', async () => {
    const m = await matrixOf(t.store, projectId, { cols: 'codes', kind: 'interview', by: 'género', within: 40 });
    expect(m.panels.map((p) => [p.group, p.cases])).toEqual([['hombre', 1], ['mujer', 2]]);
    expect(table(m, 0)['Vínculo/Silencio']!['Efectos/Alivio']).toBe(1);
    expect(table(m, 1)['Vínculo/Risa']!['Efectos/Alivio']).toBe(0);
  });

  it('says which attributes exist when asked for one no case has, and refuses bands of text', async () => {
    await expect(matrixOf(t.store, projectId, { cols: 'cases', by: 'edad' })).rejects.toThrow(/no case has the attribute "edad"; the attributes are género, years\./i);
    await expect(matrixOf(t.store, projectId, { cols: 'cases', by: 'género', bands: [1] })).rejects.toBeInstanceOf(UserError);
  });
});
