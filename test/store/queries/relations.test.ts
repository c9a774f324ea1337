/**
 * The relations and models reads on both databases: ends named as researchers read them, evidence
 * with its document, a model's nodes with the analysis view's counts (interviews, the consensus
 * layer not counted twice), and what a blind coder may not see.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../src/core/commands/index.js';
import { listModels, modelByRef, modelView } from '../../../src/store/queries/models.js';
import { shortQuote } from '../../../src/store/queries/relation-ends.js';
import { relationsOf } from '../../../src/store/queries/relations.js';
import { analysisScope } from '../../../src/store/queries/scope.js';
import { Session } from '../../helpers/session.js';
import { DIALECTS, freshStore, type TestStore } from '../../helpers/stores.js';

const E1 = 'E: ¿Qué pasó en esa sesión?\nT: Nos reímos juntos de algo muy tonto y de pronto la sala entera cambió, como si algo se hubiera abierto entre nosotros 🌱 y ya no hubiera vuelta atrás.\n';
const E2 = 'E: ¿Y después?\nT: Sentí alivio, una calma que no esperaba. El paciente también lo notó.\n';
const S1 = 'T: Hoy nos reímos otra vez.\n';
const at = (text: string, words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
const LONG = at(E1, 'Nos reímos juntos de algo muy tonto y de pronto la sala entera cambió, como si algo se hubiera abierto entre nosotros 🌱 y ya no hubiera vuelta atrás.');
const CALM = at(E2, 'Sentí alivio, una calma que no esperaba');
const NOTICED = at(E2, 'El paciente también lo notó');
const HUMOR = 'Gatillantes/Humor 😄';
const code = (ref: string) => ({ type: 'code' as const, ref });

describe('shortQuote', () => {
  it('keeps a short quote on one line and cuts a long one on a grapheme boundary', () => {
    expect(shortQuote('Sentí  alivio,\nuna calma')).toBe('Sentí alivio, una calma');
    const cut = shortQuote(`${'a'.repeat(78)}🌱 y después`);
    expect(cut).toBe(`${'a'.repeat(78)}…`);
    expect(shortQuote('x'.repeat(200))).toHaveLength(80);
  });
});

describe.each(DIALECTS)('relations and models reads on %s', (dialect) => {
  let t: TestStore;
  let owner: Session;
  let projectId = '';
  const ids: Record<string, string> = {};
  const seg: Record<string, string> = {};

  beforeAll(async () => {
    t = await freshStore(dialect);
    const root = await Session.owner(t.store);
    projectId = (await root.run(COMMANDS.createProject, { name: 'Chispas ✨' })).id;
    owner = root.in(projectId);
    for (const name of ['ana', 'ben']) {
      ids[name] = (await root.run(COMMANDS.addUser, { name })).id;
      await owner.run(COMMANDS.addMember, { user: name, role: 'coder' });
    }
    await owner.run(COMMANDS.createCode, { name: 'Gatillantes', color: '#e07a5f' });
    await owner.run(COMMANDS.createCode, { name: 'Humor 😄', parent: 'Gatillantes' });
    for (const name of ['Momento de encuentro', 'Efectos']) await owner.run(COMMANDS.createCode, { name });
    for (const label of ['P1', 'P2', 'P3']) await owner.run(COMMANDS.addCase, { label, attributes: {} });
    await owner.importText('E1', E1, { case: 'P1' });
    await owner.importText('E2', E2, { case: 'P2' });
    await owner.importText('S1', S1, { case: 'P3', kind: 'session' });
    seg.long = (await owner.run(COMMANDS.applyCode, { document: 'E1', ...LONG, code: HUMOR })).segment.id;
    seg.calm = (await owner.as(ids.ana!).run(COMMANDS.applyCode, { document: 'E2', ...CALM, code: HUMOR })).segment.id;
    seg.noticed = (await owner.as(ids.ben!).run(COMMANDS.applyCode, { document: 'E2', ...NOTICED, code: 'Gatillantes' })).segment.id;
    await owner.run(COMMANDS.applyCode, { document: 'S1', ...at(S1, 'nos reímos otra vez'), code: HUMOR });

    await owner.run(COMMANDS.addRelation, { from: code('Gatillantes'), type: 'causal condition of', to: code('Momento de encuentro'), memo: 'La risa abre el encuentro.', evidence: [seg.long, seg.calm] });
    await owner.run(COMMANDS.addRelation, { from: code('Efectos'), type: 'consequence of', to: code('Momento de encuentro') });
    const memo = await owner.run(COMMANDS.addMemo, { title: 'Por qué la risa ✍️', body: 'Teórico.', type: 'theoretical', links: [] });
    ids.memo = memo.id;
    await owner.run(COMMANDS.addRelation, { from: { type: 'memo', ref: memo.id }, type: 'is associated with', to: code(HUMOR) });
    await owner.run(COMMANDS.addRelation, { from: { type: 'segment', ref: seg.noticed! }, type: 'contradicts', to: { type: 'segment', ref: seg.long! } });

    await owner.run(COMMANDS.createModel, { name: 'Chispas de cambio 🔥', layout: 'paradigm' });
    await owner.run(COMMANDS.placeNodes, { model: 'Chispas de cambio 🔥', nodes: [
      { ...code('Gatillantes'), x: 0, y: 0, style: { color: '#aa3300', shape: 'rounded' } }, { ...code(HUMOR), x: 0, y: 150 },
      { ...code('Momento de encuentro'), x: 300, y: 0 }, { type: 'memo', ref: memo.id, x: 300, y: 150 },
      { type: 'segment', ref: seg.noticed!, x: 600, y: 0 }, { type: 'segment', ref: seg.long!, x: 600, y: 150 },
    ] });
  });
  afterAll(async () => t?.dispose());

  it('names each end: a code by its path, a memo by its title, a segment by its quote', async () => {
    const { types, relations } = await relationsOf(t.store, projectId);
    expect(types.find((x) => x.name === 'causal condition of')).toMatchObject({ uses: 1, paradigm: 'causal', symmetric: false });
    expect(types.find((x) => x.name === 'contradicts')).toMatchObject({ uses: 1, symmetric: true });
    expect(relations.map((r) => `${r.source.label} | ${r.type} | ${r.target.label}`)).toEqual([
      'Gatillantes | causal condition of | Momento de encuentro',
      'Efectos | consequence of | Momento de encuentro',
      `Por qué la risa ✍️ | is associated with | ${HUMOR}`,
      `El paciente también lo notó | contradicts | ${shortQuote(E1.slice(LONG.start, LONG.end))}`,
    ]);
    const [first] = relations;
    expect(first).toMatchObject({ memo: 'La risa abre el encuentro.', label: 'causal condition of', version: 1 });
    expect(first!.evidence).toEqual([
      { segmentId: seg.long, document: 'E1', text: E1.slice(LONG.start, LONG.end) },
      { segmentId: seg.calm, document: 'E2', text: 'Sentí alivio, una calma que no esperaba' },
    ]);
    expect(relations[3]!.target.label).toMatch(/^Nos reímos juntos .*…$/);
    expect(relations[3]!.target.label.length).toBeLessThanOrEqual(80);
  });

  it('shows a model: labels, looks and counts on interviews, and only the relations between its nodes', async () => {
    expect(await listModels(t.store, projectId)).toEqual([expect.objectContaining({ name: 'Chispas de cambio 🔥', layout: 'paradigm', nodes: 6, version: 1 })]);
    const v = await modelView(t.store, projectId, 'Chispas de cambio 🔥');
    expect(v.nodes.map((n) => [n.type, n.label, n.x, n.y])).toEqual([
      ['code', 'Gatillantes', 0, 0], ['code', 'Momento de encuentro', 300, 0], ['segment', 'El paciente también lo notó', 600, 0],
      ['code', 'Humor 😄', 0, 150], ['memo', 'Por qué la risa ✍️', 300, 150], ['segment', shortQuote(E1.slice(LONG.start, LONG.end)), 600, 150],
    ]);
    expect(v.nodes[0]).toMatchObject({ style: { color: '#aa3300', shape: 'rounded' }, color: '#E07A5F', counts: { codings: 3, cases: 2, label: 'general' } });
    expect(v.nodes[1]!.counts).toEqual({ codings: 0, cases: 0, label: null });
    expect(v.nodes[3]!.counts).toEqual({ codings: 2, cases: 2, label: 'general' });
    expect(v.nodes[4]).toMatchObject({ counts: null, color: null, style: {} });
    expect(v.relations.map((r) => r.type)).toEqual(['causal condition of', 'is associated with', 'contradicts']);
    expect(v.types).toHaveLength((await relationsOf(t.store, projectId)).types.length);
    // Every kind of document: the session counts too.
    const all = await modelView(t.store, projectId, v.model.id, await analysisScope(t.store, projectId, { kind: 'all' }));
    expect(all.nodes[3]!.counts).toEqual({ codings: 3, cases: 3, label: 'general' });
  });

  it('refuses an unknown model with a 404 and one sentence', async () => {
    await expect(modelByRef(t.store, projectId, 'Modelo perdido')).rejects.toMatchObject({
      message: 'There is no model "Modelo perdido" in this project; choose one from its list of models.', statusCode: 404,
    });
  });

  it('shows a blind coder their own counts, and no segment or evidence they did not code', async () => {
    const blind = { onlyCoderId: ids.ana! };
    const { relations } = await relationsOf(t.store, projectId, blind);
    expect(relations.map((r) => r.type)).toEqual(['causal condition of', 'consequence of', 'is associated with']);
    expect(relations[0]!.evidence.map((e) => e.segmentId)).toEqual([seg.calm]);
    const v = await modelView(t.store, projectId, 'Chispas de cambio 🔥', undefined, blind);
    expect(v.nodes.map((n) => n.label)).toEqual(['Gatillantes', 'Momento de encuentro', 'Humor 😄', 'Por qué la risa ✍️']);
    expect(v.nodes[0]!.counts).toEqual({ codings: 1, cases: 1, label: null });
    expect(v.relations.map((r) => r.type)).toEqual(['causal condition of', 'is associated with']);
    expect(JSON.stringify(v)).not.toContain('El paciente');
  });

  it('does not count the consensus layer twice once the team has agreed', async () => {
    await owner.run(COMMANDS.setPhase, { phase: 'consensus' });
    await owner.run(COMMANDS.resolveDisagreement, { document: 'E2', at: CALM.start, coders: ['ana', 'ben'], accept: ['ana'] });
    const v = await modelView(t.store, projectId, 'Chispas de cambio 🔥');
    expect(v.nodes.find((n) => n.label === 'Humor 😄')!.counts).toEqual({ codings: 2, cases: 2, label: 'general' });
    const agreed = await modelView(t.store, projectId, 'Chispas de cambio 🔥', await analysisScope(t.store, projectId, { kind: 'interview', coder: 'consensus' }));
    expect(agreed.nodes.find((n) => n.label === 'Humor 😄')!.counts).toEqual({ codings: 1, cases: 1, label: null });
  });
});
