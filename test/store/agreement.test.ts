/**
 * A project's codings read as coded texts for intercoder agreement, on SQLite and PostgreSQL: the
 * documents with their lengths in UTF-16 code units, each chosen coder's codings by code path, the
 * code and document filters, orphaned segments left out and counted, a coder who coded nothing kept.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectAgreement, type Coding } from '../../src/analysis/agreement/index.js';
import { COMMANDS } from '../../src/core/commands/index.js';
import { agreementOf, projectCodedTexts, splitNames } from '../../src/store/queries/agreement.js';
import { Session } from '../helpers/session.js';
import { DIALECTS, freshStore, type TestStore } from '../helpers/stores.js';

const E1 = 'E: ¿Qué recuerda de esa sesión?\nP: Nos reímos juntos 😊 y después hubo un silencio largo, muy largo.\nE: ¿Y luego?\nP: Sentí alivio, como si algo se hubiera acomodado.\n'.normalize('NFC');
const E2 = 'E: ¿Cómo supo que era un momento distinto?\nP: Él me miró y se quedó callado. Ese silencio compartido dijo más que cualquier interpretación.\n'.normalize('NFC');
const E3 = 'E: ¿Algo más?\nP: No, creo que eso es todo. Gracias.\n';
const TEXTS: Record<string, string> = { E1, E2, E3 };

/** [coder, document, code, words]: what each coder coded, as the expected codings are built from it. */
const CODINGS: [string, string, string, string][] = [
  ['ana', 'E1', 'Vínculo/Risa', 'Nos reímos juntos'], ['ben', 'E1', 'Vínculo/Risa', 'Nos reímos juntos'],
  ['ana', 'E1', 'Vínculo/Silencio', 'un silencio largo'], ['ben', 'E1', 'Vínculo/Silencio', 'un silencio largo, muy largo'],
  ['ben', 'E1', 'Efectos/Alivio', 'Sentí alivio'], ['ana', 'E1', 'Efectos/Alivio', 'alivio, como si algo se hubiera acomodado'],
  ['ana', 'E2', 'Vínculo/Silencio', 'se quedó callado'], ['ben', 'E2', 'Vínculo/Silencio', 'Ese silencio compartido'],
  ['ana', 'E2', 'Vínculo', 'Ese silencio compartido dijo más que cualquier interpretación'],
  // the owner's coding is not among the coders compared
  ['owner', 'E3', 'Efectos/Alivio', 'Gracias'],
];
const at = (document: string, words: string) => ({ start: TEXTS[document]!.indexOf(words), end: TEXTS[document]!.indexOf(words) + words.length });
const expected = (keep: (c: Coding) => boolean = () => true): Coding[] =>
  CODINGS.filter(([coder]) => coder !== 'owner').map(([coder, document, code, words]) => ({ coder, document, code, ...at(document, words) })).filter(keep);
const sorted = (codings: readonly Coding[]) => [...codings].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
const DOMAINS = [['Vínculo', 'Vínculo'], ['Vínculo/Risa', 'Vínculo'], ['Vínculo/Silencio', 'Vínculo'], ['Efectos', 'Efectos'], ['Efectos/Alivio', 'Efectos']];

describe.each(DIALECTS)('coded texts for agreement on %s', (dialect) => {
  let t: TestStore;
  let s: Session;
  let projectId: string;

  beforeAll(async () => {
    t = await freshStore(dialect);
    const owner = await Session.owner(t.store);
    projectId = (await owner.run(COMMANDS.createProject, { name: 'Acuerdo' })).id;
    s = owner.in(projectId);
    for (const name of ['ana', 'ben', 'carla']) {
      await owner.run(COMMANDS.addUser, { name });
      await s.run(COMMANDS.addMember, { user: name, role: 'coder' });
    }
    for (const [name, parent] of [['Vínculo', null], ['Risa', 'Vínculo'], ['Silencio', 'Vínculo'], ['Efectos', null], ['Alivio', 'Efectos']] as const) {
      await s.run(COMMANDS.createCode, { name, parent });
    }
    for (const name of ['E1', 'E2', 'E3']) await s.importText(name, TEXTS[name]!);
    for (const [coder, document, code, words] of CODINGS) await s.run(COMMANDS.applyCode, { document, ...at(document, words), code, coder });
    // ben's coding whose text was lost when its document changed
    await s.run(COMMANDS.applyCode, { document: 'E2', ...at('E2', 'dijo más'), code: 'Efectos/Alivio', coder: 'ben' });
    await t.store.adapter.db.updateTable('segment').set({ orphaned: 1 }).where('exact', '=', 'dijo más').execute();
  });
  afterAll(async () => t?.dispose());

  it('reads every document with its length in UTF-16 code units, and the chosen coders’ codings by path', async () => {
    const r = await projectCodedTexts(t.store, projectId, { coders: ['ana', 'ben'] });
    // the emoji is one character but two code units, as segment offsets count it
    expect(E1.length).toBe([...E1].length + 1);
    expect(r.texts.documents).toEqual([{ id: 'E1', length: E1.length }, { id: 'E2', length: E2.length }, { id: 'E3', length: E3.length }]);
    expect(r.texts.coders).toEqual(['ana', 'ben']);
    expect(sorted(r.texts.codings)).toEqual(sorted(expected()));
    expect(r.codes).toEqual(['Vínculo', 'Vínculo/Risa', 'Vínculo/Silencio', 'Efectos/Alivio']);
    expect([...r.domains]).toEqual(DOMAINS);
    expect(r.orphanedSegments).toBe(1);
  });

  it('gives the figures the pure functions give on the same codings', async () => {
    const data = await projectCodedTexts(t.store, projectId, { coders: ['ana', 'ben'] });
    for (const method of ['unitized', 'characters', 'presence', 'frequency', 'overlap'] as const) {
      const r = await agreementOf(t.store, projectId, { coders: ['ana', 'ben'] }, { method });
      expect(r, method).toEqual({ ...projectAgreement({ texts: data.texts, domains: new Map(DOMAINS as [string, string][]), codes: data.codes }, { method }), orphanedSegments: 1 });
    }
    const unitized = await agreementOf(t.store, projectId, { coders: ['ana', 'ben'] }, { method: 'unitized' });
    // both coded the same words with Risa and nothing else with it: perfect agreement on where it applies
    expect(unitized.codes[1]).toEqual({ code: 'Vínculo/Risa', figures: { binaryAlpha: { value: 1, reason: null } } });
    // Presence: Risa E1, Silencio E1 and E2, Alivio E1 agree; Vínculo E2 is ana's only (ben's Alivio in E2 is orphaned)
    const presence = await agreementOf(t.store, projectId, { coders: ['ana', 'ben'] }, { method: 'presence' });
    expect(presence.overall.counts).toEqual({ agreements: 4, disagreements: 1 });
  });

  it('keeps a coder who coded nothing, which lowers agreement', async () => {
    const r = await projectCodedTexts(t.store, projectId, { coders: ['ana', 'ben', 'carla'] });
    expect(r.texts.coders).toEqual(['ana', 'ben', 'carla']);
    expect(sorted(r.texts.codings)).toEqual(sorted(expected()));
    const three = await agreementOf(t.store, projectId, { coders: ['ana', 'ben', 'carla'] }, { method: 'unitized' });
    expect(three.codes[1]!.figures.binaryAlpha!.value).toBeLessThan(1);
  });

  it('selects a category with its subcodes, each compared as itself, or a subcode alone', async () => {
    const vinculo = await projectCodedTexts(t.store, projectId, { coders: ['ana', 'ben'], codes: ['Vínculo'] });
    expect(sorted(vinculo.texts.codings)).toEqual(sorted(expected((c) => c.code.startsWith('Vínculo'))));
    expect(vinculo.codes).toEqual(['Vínculo', 'Vínculo/Risa', 'Vínculo/Silencio']);
    const risa = await projectCodedTexts(t.store, projectId, { coders: ['ana', 'ben'], codes: ['Vínculo/Risa', 'Efectos'] });
    expect(sorted(risa.texts.codings)).toEqual(sorted(expected((c) => c.code === 'Vínculo/Risa' || c.code === 'Efectos/Alivio')));
    // Efectos was named, so it has a row though only its subcode was applied
    expect(risa.codes).toEqual(['Vínculo/Risa', 'Efectos', 'Efectos/Alivio']);
    expect(risa.orphanedSegments).toBe(1);
    const result = await agreementOf(t.store, projectId, { coders: ['ana', 'ben'], codes: ['Efectos'] }, { method: 'unitized' });
    expect(result.codes[0]).toEqual({ code: 'Efectos', figures: { binaryAlpha: { value: null, reason: 'no coder applied the code' } } });
  });

  it('selects documents by name, in interview order, and counts orphaned segments only there', async () => {
    const r = await projectCodedTexts(t.store, projectId, { coders: ['ana', 'ben'], documents: ['E3', 'E1'] });
    expect(r.texts.documents).toEqual([{ id: 'E1', length: E1.length }, { id: 'E3', length: E3.length }]);
    expect(sorted(r.texts.codings)).toEqual(sorted(expected((c) => c.document === 'E1')));
    expect(r.orphanedSegments).toBe(0);
  });

  it('compares, by default, only the documents every compared coder was given (or no one was)', async () => {
    await s.run(COMMANDS.assignDocuments, { documents: ['E1'], coders: ['ana', 'ben'] });
    await s.run(COMMANDS.assignDocuments, { documents: ['E2'], coders: ['ana'] });
    const r = await projectCodedTexts(t.store, projectId, { coders: ['ana', 'ben'] });
    expect(r.texts.documents.map((d) => d.id)).toEqual(['E1', 'E3']);
    expect(sorted(r.texts.codings)).toEqual(sorted(expected((c) => c.document !== 'E2')));
    // Named documents are compared as named, given to whomever.
    const named = await projectCodedTexts(t.store, projectId, { coders: ['ana', 'ben'], documents: ['E2'] });
    expect(named.texts.documents.map((d) => d.id)).toEqual(['E2']);
    await s.run(COMMANDS.unassignDocuments, { documents: ['E1', 'E2'], coders: ['ana', 'ben'] });
    expect((await projectCodedTexts(t.store, projectId, { coders: ['ana', 'ben'] })).texts.documents).toHaveLength(3);
  });

  it('refuses unknown names and too few coders in one sentence saying what to do', async () => {
    const fails = (q: Parameters<typeof projectCodedTexts>[2]) => projectCodedTexts(t.store, projectId, q);
    await expect(fails({ coders: ['ana', 'nadie'] })).rejects.toThrow('There is no user "nadie"; list users with `sparks user list`.');
    await expect(fails({ coders: ['ana', 'ben'], codes: ['Vínculo/Llanto'] })).rejects.toThrow('There is no code "Vínculo/Llanto" in this project; list its codes with `sparks code list`.');
    await expect(fails({ coders: ['ana', 'ben'], documents: ['E9'] })).rejects.toThrow('There is no document "E9" in this project; list its documents with `sparks document list`.');
    await expect(fails({ coders: ['ana'] })).rejects.toThrow('Agreement compares two or more coders, not 1: name at least two, separated by commas (e.g. ana,ben).');
    await expect(fails({ coders: ['ana', ' ana'] })).rejects.toThrow('"ana" is named twice among the coders; name each coder once.');
    await expect(agreementOf(t.store, projectId, { coders: ['ana', 'ben', 'carla'] }, { method: 'overlap' }))
      .rejects.toThrow(/^The overlap method \(MAXQDA’s segment agreement\) compares exactly two coders, not 3/);
  });

  it('reads documents in batches, giving every one of many', async () => {
    const owner = await Session.owner(t.store);
    const lote = owner.in((await owner.run(COMMANDS.createProject, { name: 'Lote' })).id);
    await lote.run(COMMANDS.createCode, { name: 'Risa', parent: null });
    const names = Array.from({ length: 23 }, (_, i) => `T${i + 1}`);
    for (const name of names) {
      await lote.importText(name, E1);
      await lote.run(COMMANDS.applyCode, { document: name, ...at('E1', 'Nos reímos'), code: 'Risa', coder: 'ana' });
    }
    const r = await projectCodedTexts(t.store, lote.projectId!, { coders: ['ana', 'ben'] });
    expect(r.texts.documents.map((d) => d.id)).toEqual(names);
    expect(r.texts.codings.map((c) => c.document).sort()).toEqual([...names].sort());
  });
});

describe('splitNames', () => {
  it('splits on commas, keeps an escaped comma, trims and drops empty entries', () => {
    expect(splitNames(' ana , Bén,,Sí\\, no/Quizás ')).toEqual(['ana', 'Bén', 'Sí, no/Quizás']);
  });
});
