/**
 * Frames on models, on both databases: added, retitled, moved and resized as undoable commands,
 * found by id or title, never the end of a relation, and taken off without touching what they hold.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/core/commands/index.js';
import { listModels, modelView } from '../../src/store/queries/models.js';
import { Session } from '../helpers/session.js';
import { DIALECTS, freshStore, type TestStore } from '../helpers/stores.js';

const code = (ref: string) => ({ type: 'code' as const, ref });

describe.each(DIALECTS)('frames on models on %s', (dialect) => {
  let t: TestStore;
  let s: Session;
  let projectId = '';
  const frames = async (modelId: string) => (await t.store.adapter.db.selectFrom('model_node').select(['id', 'targetId', 'label', 'x', 'y', 'style'])
    .where('modelId', '=', modelId).where('targetType', '=', 'frame').orderBy('label').execute());

  beforeAll(async () => {
    t = await freshStore(dialect);
    const root = await Session.owner(t.store);
    projectId = (await root.run(COMMANDS.createProject, { name: 'Marcos' })).id;
    s = root.in(projectId);
    for (const name of ['Apertura', 'Autenticidad', 'Confianza']) await s.run(COMMANDS.createCode, { name });
  });
  afterAll(async () => t?.dispose());

  it('adds a titled frame, retitles, moves and resizes it, each one undo', async () => {
    const model = await s.run(COMMANDS.createModel, { name: 'Condiciones' });
    await s.run(COMMANDS.placeNodes, { model: model.id, nodes: [{ ...code('Apertura'), x: 20, y: 40 }, { ...code('Autenticidad'), x: 20, y: 120 }] });
    const frame = await s.run(COMMANDS.frameModel, { model: 'Condiciones', label: '  Del   terapeuta ', x: 0, y: 0, width: 240, height: 200 });
    expect(frame).toMatchObject({ targetType: 'frame', targetId: frame.id, label: 'Del terapeuta', x: 0, y: 0 });
    expect(JSON.parse(frame.style)).toEqual({ width: 240, height: 200 });

    await s.run(COMMANDS.frameModel, { model: model.id, frame: 'Del terapeuta', label: 'De la terapeuta' });
    await s.run(COMMANDS.frameModel, { model: model.id, frame: frame.id, x: -10, width: 300 });
    expect(await frames(model.id)).toEqual([{ id: frame.id, targetId: frame.id, label: 'De la terapeuta', x: -10, y: 0, style: JSON.stringify({ width: 300, height: 200 }) }]);
    await s.run(COMMANDS.undo, {});
    expect((await frames(model.id))[0]).toMatchObject({ label: 'De la terapeuta', x: 0, style: JSON.stringify({ width: 240, height: 200 }) });
    await s.run(COMMANDS.undo, {});
    expect((await frames(model.id))[0]).toMatchObject({ label: 'Del terapeuta' });

    // A drag of the frame with what it holds is one model.place, with the frame's size in its style.
    await s.run(COMMANDS.placeNodes, { model: model.id, nodes: [
      { type: 'frame', ref: frame.id, x: 100, y: 0, style: { width: 260, height: 210 } }, { ...code('Apertura'), x: 120, y: 40 }, { ...code('Autenticidad'), x: 120, y: 120 },
    ] });
    const view = await modelView(t.store, projectId, model.id);
    expect(view.nodes.find((n) => n.type === 'frame')).toMatchObject({ label: 'Del terapeuta', x: 100, style: { width: 260, height: 210 }, counts: null, place: null });
    expect(view.model.nodes).toBe(2);
    expect((await listModels(t.store, projectId)).find((m) => m.id === model.id)?.nodes).toBe(2);
    await s.run(COMMANDS.undo, {});
    expect((await frames(model.id))[0]).toMatchObject({ x: 0 });
  });

  it('refuses what a frame cannot be, and changes nothing', async () => {
    const model = await s.run(COMMANDS.createModel, { name: 'Rechazos' });
    const frame = await s.run(COMMANDS.frameModel, { model: model.id, label: 'Del paciente', x: 0, y: 0, width: 200, height: 120 });
    await s.run(COMMANDS.frameModel, { model: model.id, label: 'Del paciente', x: 300, y: 0, width: 200, height: 120 });
    await expect(s.run(COMMANDS.frameModel, { model: model.id, frame: 'Del paciente', label: 'x' }))
      .rejects.toThrow('The model "Rechazos" has 2 frames titled "Del paciente"; name the frame by its id (`sparks model show` lists them).');
    await expect(s.run(COMMANDS.frameModel, { model: model.id, frame: 'Nada', label: 'x' }))
      .rejects.toThrow('There is no frame "Nada" on the model "Rechazos"');
    await expect(s.run(COMMANDS.frameModel, { model: model.id, label: 'x'.repeat(201) })).rejects.toThrow("A frame's title has at most 200 characters; this one has 201.");
    await expect(s.run(COMMANDS.frameModel, { model: model.id, label: 'x', width: 10 })).rejects.toThrow(/^The model.frame request was refused \(width: .*\); correct it and try again. Nothing was changed.$/);
    await expect(s.run(COMMANDS.placeNodes, { model: model.id, nodes: [{ type: 'frame', ref: 'nothing', x: 0, y: 0 }] }))
      .rejects.toThrow('There is no frame "nothing" on the model "Rechazos"');
    // A frame of another model is not this model's.
    const other = await s.run(COMMANDS.createModel, { name: 'Otro' });
    await expect(s.run(COMMANDS.placeNodes, { model: other.id, nodes: [{ type: 'frame', ref: frame.id, x: 0, y: 0 }] })).rejects.toThrow('There is no frame');
    // Never the end of a relation.
    await expect(s.run(COMMANDS.addRelation, { from: { type: 'frame', ref: frame.id } as never, type: 'is a', to: code('Apertura') })).rejects.toThrow();
    expect(await frames(model.id)).toHaveLength(2);
    expect(await frames(other.id)).toHaveLength(0);
  });

  it('takes a frame off and leaves what it held, by id or by title; undo puts it back', async () => {
    const model = await s.run(COMMANDS.createModel, { name: 'Quitar' });
    await s.run(COMMANDS.placeNodes, { model: model.id, nodes: [{ ...code('Confianza'), x: 20, y: 40 }] });
    await s.run(COMMANDS.frameModel, { model: model.id, label: 'Del paciente', x: 0, y: 0, width: 240, height: 120 });
    const out = await s.run(COMMANDS.removeNodes, { model: model.id, nodes: [{ type: 'frame', ref: 'Del paciente' }] });
    expect(out.removed).toBe(1);
    const view = await modelView(t.store, projectId, model.id);
    expect(view.nodes.map((n) => [n.type, n.label, n.x, n.y])).toEqual([['code', 'Confianza', 20, 40]]);
    await s.run(COMMANDS.undo, {});
    expect(await frames(model.id)).toHaveLength(1);
    // Deleting the model takes its frames with it, and undo brings them back.
    await s.run(COMMANDS.deleteModel, { model: model.id });
    expect(await frames(model.id)).toHaveLength(0);
    await s.run(COMMANDS.undo, {});
    expect((await frames(model.id)).map((f) => f.label)).toEqual(['Del paciente']);
  });
});
