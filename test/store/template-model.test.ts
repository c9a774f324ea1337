/**
 * The moments-of-meeting template brings its conceptual model (Figure 1) with it: typed relations
 * between its categories and the "Sparks of change" model, once however often it is applied, all
 * undone by one undo; on both databases.
 */
import { XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeSize } from '../../src/analysis/model-layout.js';
import { COMMANDS } from '../../src/core/commands/index.js';
import { FIGURE_NODE_WIDTH } from '../../src/core/template-figure.js';
import { modelSvg } from '../../src/formats/model/svg.js';
import { modelView } from '../../src/store/queries/models.js';
import { mom } from '../../src/templates/index.js';
import { Session } from '../helpers/session.js';
import { DIALECTS, freshStore, type TestStore } from '../helpers/stores.js';

const FIGURE = [
  ['Enabling conditions', 'context of', 'Triggers of moments of meeting'],
  ['Triggers of moments of meeting', 'causal condition of', 'Characteristics of moments of meeting'],
  ['Main effects', 'consequence of', 'Characteristics of moments of meeting'],
];

describe.each(DIALECTS)('the moments-of-meeting model on %s', (dialect) => {
  let t: TestStore;
  let root: Session;
  const db = () => t.store.adapter.db;

  async function project(name: string): Promise<Session> {
    return root.in((await root.run(COMMANDS.createProject, { name })).id);
  }
  const relations = async (projectId: string) => (await db().selectFrom('relation')
    .innerJoin('relation_type', 'relation_type.id', 'relation.typeId')
    .innerJoin('code as s', 's.id', 'relation.sourceId').innerJoin('code as g', 'g.id', 'relation.targetId')
    .select(['s.name as from', 'relation_type.name as type', 'g.name as to', 'relation.memo', 'relation_type.paradigm'])
    .where('relation.projectId', '=', projectId).orderBy('relation.createdAt').orderBy('s.name').execute());
  const models = async (projectId: string) => db().selectFrom('model').selectAll().where('projectId', '=', projectId).execute();
  const nodes = async (modelId: string) => (await db().selectFrom('model_node').innerJoin('code', 'code.id', 'model_node.targetId')
    .select(['code.name', 'model_node.x', 'model_node.y', 'model_node.targetType']).where('modelId', '=', modelId).orderBy('model_node.x').execute());
  const count = async (table: 'relation' | 'model' | 'model_node' | 'code' | 'memo' | 'relation_type') =>
    (await db().selectFrom(table).select('id').execute()).length;

  beforeAll(async () => {
    t = await freshStore(dialect);
    root = await Session.owner(t.store);
  });
  afterAll(async () => t?.dispose());

  it('creates the "Sparks of change" model with the four categories and their typed relations', async () => {
    const s = await project('Chispas');
    const out = await s.run(COMMANDS.applyTemplate, { template: mom });
    expect(out).toMatchObject({ codesAdded: 45, relationsAdded: 3, relationsKept: 0, modelsAdded: 1, modelsKept: 0 });
    const rows = await relations(s.projectId!);
    expect(rows.map((r) => [r.from, r.type, r.to])).toEqual(expect.arrayContaining(FIGURE));
    expect(rows).toHaveLength(3);
    expect(rows.map((r) => r.paradigm).sort()).toEqual(['causal', 'consequence', 'context']);
    for (const r of rows) expect(r.memo.length).toBeGreaterThan(40);

    const [model] = await models(s.projectId!);
    expect(model).toMatchObject({ name: 'Sparks of change', layout: 'paradigm' });
    expect(model!.description).toMatch(/relationship.*therapist.*patient/s);
    const placed = await nodes(model!.id);
    expect(placed).toHaveLength(45);
    expect(placed.every((n) => n.targetType === 'code')).toBe(true);
    const categories = ['Enabling conditions', 'Triggers of moments of meeting', 'Characteristics of moments of meeting', 'Main effects'];
    const top = placed.filter((n) => categories.includes(n.name));
    // One column each, left to right in paradigm order, their boxes level so the arrows run straight.
    expect(top.map((n) => n.name)).toEqual(categories);
    const centres = top.map((n) => Number(n.y) + nodeSize(n.name, { width: FIGURE_NODE_WIDTH }, '·').height / 2);
    expect(Math.max(...centres) - Math.min(...centres)).toBeLessThanOrEqual(1);
    const frames = await db().selectFrom('model_node').select(['label', 'x', 'y', 'style']).where('modelId', '=', model!.id).where('targetType', '=', 'frame').execute();
    expect(frames.map((f) => f.label)).toEqual(expect.arrayContaining([
      'Context', 'Causal conditions', 'Phenomenon: sparks of change', 'Consequences', 'Of the relationship', 'Of the therapist', 'Of the patient',
      'Immediate effects', 'Long-term effects', 'In the patient', 'In the therapist', 'In the session', 'In the process',
    ]));
    for (const f of frames) expect(JSON.parse(f.style)).toEqual({ width: expect.any(Number), height: expect.any(Number) });
  });

  it('adds nothing when applied again', async () => {
    const s = await project('Dos veces');
    await s.run(COMMANDS.applyTemplate, { template: mom });
    const before = await Promise.all((['relation', 'model', 'model_node', 'code', 'memo'] as const).map(count));
    const again = await s.run(COMMANDS.applyTemplate, { template: mom });
    expect(again).toMatchObject({ codesAdded: 0, memosAdded: 0, relationsAdded: 0, relationsKept: 3, modelsAdded: 0, modelsKept: 1 });
    expect(await Promise.all((['relation', 'model', 'model_node', 'code', 'memo'] as const).map(count))).toEqual(before);
  });

  it('keeps a model the team rearranged, and re-adds only a relation that was deleted', async () => {
    const s = await project('Reordenado');
    await s.run(COMMANDS.applyTemplate, { template: mom });
    await s.run(COMMANDS.placeNodes, { model: 'Sparks of change', nodes: [{ type: 'code', ref: 'Main effects', x: 500, y: 300 }] });
    const [gone] = await db().selectFrom('relation').select('id').where('projectId', '=', s.projectId!).where('memo', 'like', 'A trigger%').execute();
    await s.run(COMMANDS.deleteRelation, { relation: gone!.id });
    const out = await s.run(COMMANDS.applyTemplate, { template: mom });
    expect(out).toMatchObject({ relationsAdded: 1, relationsKept: 2, modelsKept: 1 });
    const [model] = await models(s.projectId!);
    expect((await nodes(model!.id)).find((n) => n.name === 'Main effects')).toMatchObject({ y: 300 });
  });

  it('takes everything back with one undo', async () => {
    const s = await project('Deshacer');
    const before = await Promise.all((['relation', 'model', 'model_node', 'code', 'memo', 'relation_type'] as const).map(count));
    await s.run(COMMANDS.applyTemplate, { template: mom });
    await s.run(COMMANDS.undo, {});
    expect(await Promise.all((['relation', 'model', 'model_node', 'code', 'memo', 'relation_type'] as const).map(count))).toEqual(before);
    expect(await models(s.projectId!)).toEqual([]);
  });

  it('uses a renamed paradigm type, and brings back a deleted one (undone with the rest)', async () => {
    const s = await project('Tipos propios');
    await s.run(COMMANDS.editRelationType, { type: 'causal condition of', name: 'condición causal de' });
    await s.run(COMMANDS.deleteRelationType, { type: 'consequence of' });
    const types = await count('relation_type');
    await s.run(COMMANDS.applyTemplate, { template: mom });
    expect((await relations(s.projectId!)).map((r) => r.type).sort()).toEqual(['condición causal de', 'consequence of', 'context of']);
    expect(await count('relation_type')).toBe(types + 1);
    await s.run(COMMANDS.undo, {});
    expect(await count('relation_type')).toBe(types);
  });

  it('draws the model through the model view as a valid SVG figure', async () => {
    const s = await project('Figura');
    await s.run(COMMANDS.applyTemplate, { template: mom });
    const view = await modelView(t.store, s.projectId!, 'Sparks of change');
    expect(view.nodes.filter((n) => n.type === 'code')).toHaveLength(45);
    expect(view.nodes.filter((n) => n.type === 'frame')).toHaveLength(15);
    expect(view.model.nodes).toBe(45);
    expect(view.relations).toHaveLength(3);
    const svg = await modelSvg(view);
    expect(XMLValidator.validate(svg)).toBe(true);
    for (const label of ['Enabling conditions', 'Trust in the therapist', 'Of the relationship', 'Long-term effects', 'context of', 'causal condition of', 'consequence of', '0 codings · 0 cases']) expect(svg).toContain(label);
  });
});
