/**
 * Whose codings the analyses read: "all coders" means the individual coders, so the consensus
 * layer's agreed codings do not count a second time; naming `consensus` reads that layer alone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/core/commands/index.js';
import { codeCaseMatrixOf, documentsWithNewCodes, frequencyOf, type AnalysisScope } from '../../src/store/queries/analysis.js';
import { matrixOf } from '../../src/store/queries/matrix.js';
import { codebookReport, tableReport } from '../../src/store/queries/report.js';
import { analysisScope, consensusCoderOf } from '../../src/store/queries/scope.js';
import { Session } from '../helpers/session.js';
import { DIALECTS, freshStore, type TestStore } from '../helpers/stores.js';

const S1 = 'E: ¿Qué pasó?\nT: Nos reímos juntos y algo cambió en la sala.\n';
const S2 = 'E: ¿Y en la otra sesión?\nT: Hubo un silencio largo, pero no incómodo.\n';
const at = (text: string, words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
const LAUGH = at(S1, 'Nos reímos juntos');
const SILENCE = at(S2, 'Hubo un silencio largo');

describe.each(DIALECTS)('analysis scope on %s', (dialect) => {
  let t: TestStore;
  let owner: Session;
  let projectId = '';
  const scope = (coder?: string): Promise<AnalysisScope> => analysisScope(t.store, projectId, { kind: 'all', coder });
  const cases = async (s: AnalysisScope) => Object.fromEntries((await frequencyOf(t.store, projectId, s)).rows.map((r) => [r.code, r.cases]));
  const codings = async (s: AnalysisScope) => Object.fromEntries((await codebookReport(t.store, projectId, s)).codes.map((c) => [c.path, c.codings]));

  beforeAll(async () => {
    t = await freshStore(dialect);
    const root = await Session.owner(t.store);
    projectId = (await root.run(COMMANDS.createProject, { name: 'Alcance' })).id;
    owner = root.in(projectId);
    const ids: Record<string, string> = {};
    for (const name of ['ana', 'ben']) {
      ids[name] = (await root.run(COMMANDS.addUser, { name })).id;
      await owner.run(COMMANDS.addMember, { user: name, role: 'coder' });
    }
    for (const name of ['Risa', 'Cambio', 'Alivio']) await owner.run(COMMANDS.createCode, { name });
    for (const label of ['P1', 'P2']) await owner.run(COMMANDS.addCase, { label, attributes: {} });
    await owner.importText('S1', S1, { case: 'P1' });
    await owner.importText('S2', S2, { case: 'P2' });
    const ana = owner.as(ids.ana!);
    const ben = owner.as(ids.ben!);
    await ana.run(COMMANDS.applyCode, { document: 'S1', ...LAUGH, code: 'Risa' });
    await ben.run(COMMANDS.applyCode, { document: 'S1', ...LAUGH, code: 'Cambio' });
    await ben.run(COMMANDS.applyCode, { document: 'S2', ...SILENCE, code: 'Risa' });
  });
  afterAll(async () => t?.dispose());

  it('reads every coding while the project has no consensus layer', async () => {
    expect(await consensusCoderOf(t.store, projectId)).toBeNull();
    expect(await scope()).toEqual({});
    expect(await cases(await scope())).toEqual({ Risa: 2, Cambio: 1, Alivio: 0 });
  });

  it('leaves the consensus layer out of "all coders" once the team has agreed codings', async () => {
    await owner.run(COMMANDS.setPhase, { phase: 'consensus' });
    await owner.run(COMMANDS.resolveDisagreement, {
      document: 'S1', at: LAUGH.start, coders: ['ana', 'ben'], accept: ['ana'], codings: [{ code: 'Alivio', ...LAUGH }],
    });
    const consensus = await consensusCoderOf(t.store, projectId);
    expect(consensus).not.toBeNull();
    const all = await scope();
    expect(all).toEqual({ exceptCoderId: consensus });

    // Frequency labels (kept per-coder counts), the codebook's counts and the code × case matrix.
    expect(await cases(all)).toEqual({ Risa: 2, Cambio: 1, Alivio: 0 });
    expect(await codings(all)).toEqual({ Risa: 2, Cambio: 1, Alivio: 0 });
    const { codes, matrix } = await codeCaseMatrixOf(t.store, projectId, all);
    const risa = codes.find((c) => c.path === 'Risa')!.id;
    expect([...matrix.get(risa)!.values()].reduce((a, b) => a + b, 0)).toBe(2);
    // Saturation: S1 brings Risa and Cambio, not the consensus layer's Alivio.
    expect((await documentsWithNewCodes(t.store, projectId, all)).map((d) => d.newCodes)).toEqual([2, 0]);
    // Codings per document (the matrix query that counts along the codings themselves).
    const perDocument = await matrixOf(t.store, projectId, { ...all, cols: 'documents', measure: 'codings' });
    expect(perDocument.panels[0]!.cells[perDocument.rows.findIndex((r) => r.label === 'Risa')]).toEqual([1, 1]);
    // Table I's quotes: the agreed place counts two coders (ana, ben), not three.
    const table = await tableReport(t.store, projectId, all);
    expect(table.rows.find((r) => r.category === 'Risa')!.frequency).toMatchObject({ cases: 2 });
  });

  it('reads the consensus layer alone when it is named', async () => {
    const agreed = await scope('consensus');
    expect(agreed).toEqual({ coderId: await consensusCoderOf(t.store, projectId) });
    expect(await cases(agreed)).toEqual({ Risa: 1, Cambio: 0, Alivio: 1 });
    expect(await codings(agreed)).toEqual({ Risa: 1, Cambio: 0, Alivio: 1 });
    expect((await documentsWithNewCodes(t.store, projectId, agreed)).map((d) => d.newCodes)).toEqual([2, 0]);
    const table = await tableReport(t.store, projectId, agreed);
    expect(table.rows.map((r) => [r.category, r.frequency.cases])).toEqual([['Risa', 1], ['Cambio', 0], ['Alivio', 1]]);
  });

  it('reads one coder alone, and tells of a coder who does not exist', async () => {
    expect(await cases(await scope('ben'))).toEqual({ Risa: 1, Cambio: 1, Alivio: 0 });
    expect(await cases(await scope('ana'))).toEqual({ Risa: 1, Cambio: 0, Alivio: 0 });
    await expect(scope('nadie')).rejects.toThrow('There is no user "nadie"');
  });
});
