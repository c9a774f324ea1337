/** The analysis queries over SQLite and PostgreSQL: cases per code, N, the matrix and first-seen codes. */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/core/commands/index.js';
import type { DocumentKind } from '../../src/core/types.js';
import { codeCaseMatrixOf, countCases, documentsWithNewCodes, frequencyOf, saturationOf } from '../../src/store/queries/analysis.js';
import { Session } from '../helpers/session.js';
import { DIALECTS, freshStore, type TestStore } from '../helpers/stores.js';

const TEXT = 'T: ¿Qué pasó?\nP: Nos reímos juntos 😊 y después hubo un silencio largo.\n';
const A = 'Vínculo', X = 'Vínculo/Risa', Y = 'Vínculo/Silencio', Z = 'Efectos/Alivio';

describe.each(DIALECTS)('analysis queries on %s', (dialect) => {
  let t: TestStore;
  let s: Session;
  let projectId: string;
  let ana: string;

  const doc = (name: string, kind: DocumentKind, caseLabel: string | null, sequence: number) => {
    const original = new TextEncoder().encode(`${name}${TEXT}`);
    return s.run(COMMANDS.importDocument, {
      name, kind, case: caseLabel, sequence, text: TEXT, turns: [], original, originalName: `${name}.txt`,
      mime: 'text/plain', format: 'txt', contentHash: createHash('sha256').update(original).digest('hex'),
    });
  };
  const code = (document: string, path: string, coder: string, word = 'reímos') => {
    const start = TEXT.indexOf(word);
    return s.run(COMMANDS.applyCode, { document, start, end: start + word.length, code: path, coder });
  };

  beforeAll(async () => {
    t = await freshStore(dialect);
    const owner = await Session.owner(t.store);
    projectId = (await owner.run(COMMANDS.createProject, { name: 'Análisis' })).id;
    s = owner.in(projectId);
    ana = (await owner.run(COMMANDS.addUser, { name: 'ana' })).id;
    await s.run(COMMANDS.addMember, { user: 'ana', role: 'coder' });
    for (const [name, parent] of [['Vínculo', null], ['Risa', A], ['Silencio', A], ['Efectos', null], ['Alivio', 'Efectos']] as const) {
      await s.run(COMMANDS.createCode, { name, parent });
    }
    for (const c of ['C1', 'C2', 'C3', 'C4']) await s.run(COMMANDS.addCase, { label: c, attributes: {} });
    // E5 comes first in interview order by its sequence, though imported last; S4 is a session.
    await doc('E1', 'interview', 'C1', 1);
    await doc('E2', 'interview', 'C2', 2);
    await doc('E3', 'interview', 'C3', 3);
    await doc('S4', 'session', 'C4', 4);
    await doc('E5', 'interview', null, 0);
    await code('E1', X, 'owner');
    await code('E2', Y, 'ana', 'silencio');
    await code('E2', Z, 'owner');
    await code('E3', X, 'ana');
    await code('E3', X, 'owner');
    await code('S4', Z, 'owner');
    await code('E5', Y, 'owner');
  });
  afterAll(async () => t?.dispose());

  const cases = async (scope = {}) => Object.fromEntries((await frequencyOf(t.store, projectId, scope)).rows.map((r) => [r.code, r.cases]));

  it('counts N as the cases with a document of the analysed kind', async () => {
    expect(await countCases(t.store, projectId, { kind: 'interview' })).toBe(3);
    expect(await countCases(t.store, projectId, { kind: 'session' })).toBe(1);
    expect(await countCases(t.store, projectId)).toBe(4);
  });

  it('counts a category in the cases of its sub-codes, once per case, in tree order', async () => {
    const f = await frequencyOf(t.store, projectId, { kind: 'interview' });
    expect(f.rows.map((r) => r.code)).toEqual([A, X, Y, 'Efectos', Z]);
    expect(await cases({ kind: 'interview' })).toEqual({ [A]: 3, [X]: 2, [Y]: 1, Efectos: 1, [Z]: 1 });
    expect(f.rows[0]).toEqual({ code: A, cases: 3, n: 3, label: 'general' });
    expect(f.ranges.source).toBe('hill');
  });

  it('reads one coder or all coders', async () => {
    expect(await cases({ kind: 'interview', coderId: ana })).toEqual({ [A]: 2, [X]: 1, [Y]: 1, Efectos: 0, [Z]: 0 });
  });

  it('leaves documents of other kinds out unless all kinds are asked for', async () => {
    expect(await cases()).toMatchObject({ Efectos: 2, [Z]: 2 });
    const f = await frequencyOf(t.store, projectId);
    expect(f.n).toBe(4);
  });

  it('counts codings per code and case in the matrix', async () => {
    const { codes, matrix } = await codeCaseMatrixOf(t.store, projectId, { kind: 'interview' });
    const id = (path: string) => codes.find((c) => c.path === path)!.id;
    const row = (path: string) => Object.fromEntries([...matrix.get(id(path))!].map(([caseId, n]) => [caseId, n]));
    const labels = await t.store.adapter.db.selectFrom('case').select(['id', 'label']).where('projectId', '=', projectId).execute();
    const byLabel = (r: Record<string, number>) => Object.fromEntries(Object.entries(r).map(([k, n]) => [labels.find((l) => l.id === k)!.label, n]));
    expect(byLabel(row(A))).toEqual({ C1: 1, C2: 1, C3: 2 });
    expect(byLabel(row(X))).toEqual({ C1: 1, C3: 2 });
  });

  it('uses the project’s own ranges when they fit N', async () => {
    await s.run(COMMANDS.updateSettings, { settings: { frequencyRanges: { general: [3, 3], typical: [2, 2], variant: [1, 1] } } });
    const f = await frequencyOf(t.store, projectId, { kind: 'interview' });
    expect(f.ranges.source).toBe('project');
    expect(f.rows.map((r) => r.label)).toEqual(['general', 'typical', 'variant', 'variant', 'variant']);
    await s.run(COMMANDS.updateSettings, { settings: { frequencyRanges: null } });
  });

  it('orders documents by sequence and counts the codes first seen in each', async () => {
    expect(await documentsWithNewCodes(t.store, projectId, { kind: 'interview' })).toEqual([
      { doc: 'E5', sequence: 0, newCodes: 1 },
      { doc: 'E1', sequence: 1, newCodes: 1 },
      { doc: 'E2', sequence: 2, newCodes: 1 },
      { doc: 'E3', sequence: 3, newCodes: 0 },
    ]);
    expect((await documentsWithNewCodes(t.store, projectId, { coderId: ana })).map((d) => d.newCodes)).toEqual([0, 0, 1, 1, 0]);
    const sat = await saturationOf(t.store, projectId, { base: 2, run: 1, threshold: 0.5 }, { kind: 'interview' });
    expect(sat).toMatchObject({ base: { documents: 2, codes: 2 }, saturatedAt: 'E1', notation: '2+1' });
  });
});
