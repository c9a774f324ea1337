/**
 * Relations and models on both databases: the default relation types, typed links with memos and
 * evidence, what is refused, and what deleting or merging a code, a memo or a segment does to the
 * relations and model nodes it takes part in (gone with it in one command; one undo restores all).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/core/commands/index.js';
import { DEFAULT_RELATION_TYPES } from '../../src/core/relation-types.js';
import { Session } from '../helpers/session.js';
import { DIALECTS, freshStore, type TestStore } from '../helpers/stores.js';

const TEXT = 'E: ¿Qué pasó?\nT: Nos reímos juntos y sentí alivio.\n';
const LAUGH = { start: TEXT.indexOf('Nos reímos'), end: TEXT.indexOf('Nos reímos') + 'Nos reímos juntos'.length };
const code = (ref: string) => ({ type: 'code' as const, ref });

describe.each(DIALECTS)('relations and models on %s', (dialect) => {
  let t: TestStore;
  let s: Session;
  let projectId = '';
  const db = () => t.store.adapter.db;
  const relations = async () => (await db().selectFrom('relation').innerJoin('relation_type', 'relation_type.id', 'relation.typeId')
    .select(['relation.id', 'relation_type.name as type', 'relation.sourceId', 'relation.targetId', 'relation.memo'])
    .where('relation.projectId', '=', projectId).orderBy('relation.createdAt').execute());
  const nodes = async (modelId: string) => (await db().selectFrom('model_node').select(['targetId', 'x', 'y', 'style'])
    .where('modelId', '=', modelId).orderBy('x').execute());
  const codeId = async (name: string) => (await db().selectFrom('code').select('id').where('projectId', '=', projectId).where('name', '=', name).executeTakeFirstOrThrow()).id;

  beforeAll(async () => {
    t = await freshStore(dialect);
    const root = await Session.owner(t.store);
    projectId = (await root.run(COMMANDS.createProject, { name: 'Chispas' })).id;
    s = root.in(projectId);
    for (const name of ['Condiciones', 'Gatillantes', 'Momento', 'Efectos', 'Humor']) await s.run(COMMANDS.createCode, { name });
    await s.importText('T1', TEXT);
  });
  afterAll(async () => t?.dispose());

  it('gives every new project the general and the paradigm relation types', async () => {
    const types = await db().selectFrom('relation_type').select(['name', 'symmetric', 'paradigm']).where('projectId', '=', projectId).orderBy('position').execute();
    expect(types.map((x) => x.name)).toEqual(DEFAULT_RELATION_TYPES.map((x) => x.name));
    expect(types.find((x) => x.name === 'contradicts')).toMatchObject({ symmetric: 1, paradigm: null });
    expect(types.find((x) => x.name === 'causal condition of')).toMatchObject({ symmetric: 0, paradigm: 'causal' });
  });

  it('links codes with a type and a memo, citing a segment, and refuses what makes no sense', async () => {
    const coding = await s.run(COMMANDS.applyCode, { document: 'T1', ...LAUGH, code: 'Humor' });
    const r = await s.run(COMMANDS.addRelation, { from: code('Gatillantes'), type: 'causal condition of', to: code('Momento'), memo: 'La risa abre el encuentro.', evidence: [coding.segment.id] });
    expect(r).toMatchObject({ sourceType: 'code', targetType: 'code', memo: 'La risa abre el encuentro.', evidence: [coding.segment.id] });
    await s.run(COMMANDS.addRelation, { from: code('Condiciones'), type: 'context of', to: code('Gatillantes') });
    await s.run(COMMANDS.addRelation, { from: code('Efectos'), type: 'consequence of', to: code('Momento') });

    await expect(s.run(COMMANDS.addRelation, { from: code('Gatillantes'), type: 'causal condition of', to: code('Momento') }))
      .rejects.toThrow('That relation (causal condition of) already exists; edit its memo instead.');
    await s.run(COMMANDS.addRelation, { from: code('Humor'), type: 'contradicts', to: code('Efectos') });
    await expect(s.run(COMMANDS.addRelation, { from: code('Efectos'), type: 'contradicts', to: code('Humor') }))
      .rejects.toThrow('That relation (contradicts) already exists');
    await expect(s.run(COMMANDS.addRelation, { from: code('Humor'), type: 'is a', to: code('Humor') }))
      .rejects.toThrow('A relation links two different things; choose another target.');
    await expect(s.run(COMMANDS.addRelation, { from: code('Humor'), type: 'is a', to: { type: 'segment', ref: coding.segment.id } }))
      .rejects.toThrow('a code cannot be linked to a segment');
    await expect(s.run(COMMANDS.addRelation, { from: code('Humor'), type: 'triggers', to: code('Momento') }))
      .rejects.toThrow(/^There is no relation type "triggers"; use one of "is associated with"/);
    await expect(s.run(COMMANDS.addRelation, { from: code('Nada'), type: 'is a', to: code('Momento') })).rejects.toThrow('There is no code');
    expect((await relations()).map((x) => x.type)).toEqual(['causal condition of', 'context of', 'consequence of', 'contradicts']);
  });

  it('edits a relation: its memo, its type and its direction, each undoable', async () => {
    const [first] = await relations();
    await s.run(COMMANDS.editRelation, { relation: first!.id, memo: 'Gatillan el momento.', type: 'is cause of', reverse: true });
    expect((await relations())[0]).toMatchObject({ type: 'is cause of', sourceId: await codeId('Momento'), targetId: await codeId('Gatillantes'), memo: 'Gatillan el momento.' });
    await s.run(COMMANDS.undo, {});
    expect((await relations())[0]).toMatchObject({ type: 'causal condition of', sourceId: await codeId('Gatillantes'), memo: 'La risa abre el encuentro.' });
  });

  it('keeps relations when nodes leave a model or the model goes', async () => {
    const model = await s.run(COMMANDS.createModel, { name: 'Chispas de cambio', layout: 'paradigm' });
    const placed = await s.run(COMMANDS.placeNodes, { model: model.name, nodes: [
      { ...code('Condiciones'), x: 0, y: 0 }, { ...code('Gatillantes'), x: 200, y: 0 }, { ...code('Momento'), x: 400, y: 0, style: { color: '#aa3300' } },
    ] });
    expect(placed.added).toHaveLength(3);
    const moved = await s.run(COMMANDS.placeNodes, { model: model.id, nodes: [{ ...code('Momento'), x: 450, y: 20 }, { ...code('Efectos'), x: 600, y: 0 }] });
    expect(moved).toMatchObject({ moved: 1 });
    expect((await nodes(model.id)).find((n) => n.x === 450)).toMatchObject({ y: 20, style: '{"color":"#aa3300"}' });
    await expect(s.run(COMMANDS.placeNodes, { model: model.id, nodes: [{ ...code('Momento'), x: Number.NaN, y: 0 }] })).rejects.toThrow();
    await expect(s.run(COMMANDS.createModel, { name: 'Chispas de cambio' })).rejects.toThrow('A model named "Chispas de cambio" already exists; choose another name.');

    await s.run(COMMANDS.removeNodes, { model: model.name, nodes: [code('Efectos')] });
    expect(await nodes(model.id)).toHaveLength(3);
    expect(await relations()).toHaveLength(4);
    const copy = await s.run(COMMANDS.createModel, { name: 'Copia' });
    await s.run(COMMANDS.placeNodes, { model: 'Copia', nodes: [{ ...code('Humor'), x: 0, y: 0 }] });
    await s.run(COMMANDS.deleteModel, { model: 'Copia' });
    expect(await nodes(copy.id)).toEqual([]);
    expect(await relations()).toHaveLength(4);
  });

  it('deletes the relations and model nodes of a deleted code with it, and one undo brings all back', async () => {
    const model = (await db().selectFrom('model').select('id').where('name', '=', 'Chispas de cambio').executeTakeFirstOrThrow()).id;
    const out = await s.run(COMMANDS.deleteCode, { code: 'Momento' });
    expect(out).toMatchObject({ codes: 1, codings: 0, relations: 2 });
    expect((await relations()).map((x) => x.type)).toEqual(['context of', 'contradicts']);
    expect(await nodes(model)).toHaveLength(2);
    await s.run(COMMANDS.undo, {});
    expect(await relations()).toHaveLength(4);
    expect(await nodes(model)).toHaveLength(3);
    expect(await db().selectFrom('relation_evidence').select('id').execute()).toHaveLength(1);
  });

  it('hands a merged code its relations and nodes, dropping links to itself', async () => {
    await s.run(COMMANDS.mergeCodes, { from: 'Gatillantes', into: 'Humor' });
    const humor = await codeId('Humor');
    const rows = await relations();
    expect(rows.find((x) => x.type === 'causal condition of')).toMatchObject({ sourceId: humor });
    expect(rows.find((x) => x.type === 'context of')).toMatchObject({ targetId: humor });
    await s.run(COMMANDS.undo, {});
    expect((await relations()).find((x) => x.type === 'causal condition of')).toMatchObject({ sourceId: await codeId('Gatillantes') });
  });

  it('drops the evidence of a segment whose last coding goes, and a memo\'s relations with the memo', async () => {
    const coding = await db().selectFrom('coding').select('id').where('projectId', '=', projectId).executeTakeFirstOrThrow();
    await s.run(COMMANDS.removeCoding, { coding: coding.id });
    expect(await db().selectFrom('relation_evidence').select('id').execute()).toEqual([]);
    await s.run(COMMANDS.undo, {});
    expect(await db().selectFrom('relation_evidence').select('id').execute()).toHaveLength(1);

    const memo = await s.run(COMMANDS.addMemo, { title: 'Por qué la risa', body: 'Teórico.', type: 'theoretical', links: [] });
    await s.run(COMMANDS.addRelation, { from: { type: 'memo', ref: memo.id }, type: 'is associated with', to: code('Humor') });
    expect(await relations()).toHaveLength(5);
    await s.run(COMMANDS.deleteMemo, { memo: memo.id });
    expect(await relations()).toHaveLength(4);
  });

  it('refuses to delete a relation type in use, and renames one', async () => {
    await expect(s.run(COMMANDS.deleteRelationType, { type: 'context of' })).rejects.toThrow('1 relation uses the type "context of"; give them another type or delete them first.');
    await s.run(COMMANDS.addRelationType, { name: 'triggers', label: '→ triggers' });
    await expect(s.run(COMMANDS.addRelationType, { name: 'triggers' })).rejects.toThrow('A relation type named "triggers" already exists');
    await s.run(COMMANDS.editRelationType, { type: 'triggers', name: 'gatilla' });
    await s.run(COMMANDS.deleteRelationType, { type: 'gatilla' });
    expect(await db().selectFrom('relation_type').select('id').where('projectId', '=', projectId).execute()).toHaveLength(DEFAULT_RELATION_TYPES.length);
  });

  it('deletes a code with more segments than one query takes at once, with the evidence on them, and undoes it', async () => {
    const long = 'La risa. '.repeat(500);
    await s.importText('T2', long);
    await s.run(COMMANDS.createCode, { name: 'Risas' });
    const items = Array.from({ length: 450 }, (_, i) => ({ document: 'T2', start: i * 9, end: i * 9 + 8, code: 'Risas' }));
    await s.run(COMMANDS.applyMany, { items });
    const last = await db().selectFrom('segment').select('id').where('documentId', '=', (await db().selectFrom('document').select('id').where('name', '=', 'T2').executeTakeFirstOrThrow()).id)
      .orderBy('start', 'desc').executeTakeFirstOrThrow();
    await s.run(COMMANDS.addRelation, { from: code('Risas'), type: 'is part of', to: code('Humor'), evidence: [last.id] });
    expect(await s.run(COMMANDS.deleteCode, { code: 'Risas' })).toMatchObject({ codes: 1, codings: 450, relations: 1 });
    expect(await db().selectFrom('relation_evidence').select('id').where('segmentId', '=', last.id).execute()).toEqual([]);
    await s.run(COMMANDS.undo, {});
    expect(await db().selectFrom('relation_evidence').select('id').where('segmentId', '=', last.id).execute()).toHaveLength(1);
  });
});
