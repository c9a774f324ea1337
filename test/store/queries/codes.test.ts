/** Code listing counts: codings and distinct cases, per code and over its sub-codes, on both databases. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../src/core/commands/index.js';
import { listCodes, type CodeListing } from '../../../src/store/queries/codes.js';
import { listProjects } from '../../../src/store/queries/projects.js';
import { Session } from '../../helpers/session.js';
import { DIALECTS, freshStore, type TestStore } from '../../helpers/stores.js';

const TEXT = 'T: ¿Qué pasó en la sesión?\nP: Nos reímos juntos 😊 y después lloré un poco.\n';
const span = (words: string) => ({ start: TEXT.indexOf(words), end: TEXT.indexOf(words) + words.length });

describe.each(DIALECTS)('code counts on %s', (dialect) => {
  let t: TestStore;
  let s: Session;
  let codes: Map<string, CodeListing>;

  beforeAll(async () => {
    t = await freshStore(dialect);
    const owner = await Session.owner(t.store);
    const project = await owner.run(COMMANDS.createProject, { name: 'Reacción' });
    s = owner.in(project.id);
    for (const label of ['T1', 'T2']) await s.run(COMMANDS.addCase, { label, attributes: {} });
    await s.importText('Entrevista 1', TEXT, { case: 'T1' });
    await s.importText('Entrevista 2', TEXT, { case: 'T2' });
    await s.importText('Entrevista 1b', TEXT, { case: 'T1' });
    await s.importText('Sin caso', TEXT);
    await s.run(COMMANDS.createCode, { name: 'Reacción emocional' });
    await s.run(COMMANDS.createCode, { name: 'Risa 😊', parent: 'Reacción emocional' });
    await s.run(COMMANDS.createCode, { name: 'Llanto', parent: 'Reacción emocional' });
    await s.run(COMMANDS.createCode, { name: 'Silencio' });
    const apply = (document: string, words: string, code: string) => s.run(COMMANDS.applyCode, { document, ...span(words), code });
    await apply('Entrevista 1', 'Nos reímos juntos', 'Reacción emocional/Risa 😊');
    await apply('Entrevista 1b', 'Nos reímos juntos', 'Reacción emocional/Risa 😊');
    await apply('Entrevista 2', 'lloré un poco', 'Reacción emocional/Llanto');
    await apply('Sin caso', 'lloré un poco', 'Reacción emocional/Llanto');
    await apply('Entrevista 1', 'lloré un poco', 'Reacción emocional');
    codes = new Map((await listCodes(t.store, s.projectId!)).map((c) => [c.path, c]));
  });
  afterAll(async () => t?.dispose());

  it('counts distinct cases of a code, ignoring documents without a case', () => {
    expect(codes.get('Reacción emocional/Risa 😊')).toMatchObject({ codings: 2, codingsWithChildren: 2, cases: 1, casesWithChildren: 1 });
    expect(codes.get('Reacción emocional/Llanto')).toMatchObject({ codings: 2, codingsWithChildren: 2, cases: 1, casesWithChildren: 1 });
  });

  it('counts a category\'s cases once over its properties, not as a sum', () => {
    expect(codes.get('Reacción emocional')).toMatchObject({ codings: 1, codingsWithChildren: 5, cases: 1, casesWithChildren: 2 });
  });

  it("counts the project's codings in documents with and without a case", async () => {
    const [project] = (await listProjects(t.store)).filter((p) => p.id === s.projectId);
    expect(project).toMatchObject({ codings: 5, documents: 4, cases: 2, codes: 4 });
  });

  it('counts a case once over grandchildren and over documents of different kinds', async () => {
    const project = await (await Session.owner(t.store)).run(COMMANDS.createProject, { name: 'Niveles' });
    const p = (await Session.owner(t.store)).in(project.id);
    for (const label of ['T1', 'T2', 'T3']) await p.run(COMMANDS.addCase, { label, attributes: {} });
    await p.importText('Entrevista', TEXT, { case: 'T1' });
    await p.importText('Sesión', TEXT, { case: 'T1', kind: 'session' });
    await p.importText('Otra', TEXT, { case: 'T2' });
    await p.run(COMMANDS.createCode, { name: 'A' });
    await p.run(COMMANDS.createCode, { name: 'B', parent: 'A' });
    await p.run(COMMANDS.createCode, { name: 'C', parent: 'A/B' });
    await p.run(COMMANDS.applyCode, { document: 'Entrevista', ...span('Nos reímos juntos'), code: 'A/B/C' });
    await p.run(COMMANDS.applyCode, { document: 'Sesión', ...span('Nos reímos juntos'), code: 'A/B/C' });
    await p.run(COMMANDS.applyCode, { document: 'Otra', ...span('lloré un poco'), code: 'A/B' });
    const listed = new Map((await listCodes(t.store, project.id)).map((c) => [c.path, c]));
    expect(listed.get('A/B/C')).toMatchObject({ codings: 2, cases: 1, casesWithChildren: 1 });
    expect(listed.get('A/B')).toMatchObject({ codings: 1, codingsWithChildren: 3, cases: 1, casesWithChildren: 2 });
    expect(listed.get('A')).toMatchObject({ codings: 0, codingsWithChildren: 3, cases: 0, casesWithChildren: 2 });
  });

  it('gives zero to an unused code', () => {
    expect(codes.get('Silencio')).toMatchObject({ codings: 0, codingsWithChildren: 0, cases: 0, casesWithChildren: 0 });
  });
});
