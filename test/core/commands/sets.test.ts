/**
 * Making and editing sets on both databases: create, rename, describe, add and remove members,
 * delete; what is refused (and that a refusal changes nothing); and that one undo puts back
 * exactly what each command changed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../src/core/commands/index.js';
import { UserError } from '../../../src/core/errors.js';
import { listSets } from '../../../src/store/queries/sets.js';
import { Session } from '../../helpers/session.js';
import { DIALECTS, freshStore, type TestStore } from '../../helpers/stores.js';

const TEXT = 'E: ¿Qué pasó?\nT: Nos reímos juntos 😊 y sentí alivio.\n';

describe.each(DIALECTS)('set commands on %s', (dialect) => {
  let t: TestStore;
  let s: Session;
  let projectId = '';
  const ids: Record<string, string> = {};
  const code = (name: string) => ({ type: 'code' as const, id: ids[name]! });
  const sets = () => listSets(t.store, projectId);
  const members = async (name: string) => (await sets()).find((x) => x.name === name)?.members.map((m) => `${m.type}:${m.name}`);
  const eventCount = async () => Number((await t.store.adapter.db.selectFrom('event').select((e) => e.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  beforeAll(async () => {
    t = await freshStore(dialect);
    const root = await Session.owner(t.store);
    projectId = (await root.run(COMMANDS.createProject, { name: 'Chispas' })).id;
    s = root.in(projectId);
    const cat = await s.run(COMMANDS.createCode, { name: 'Gatillantes' });
    ids.Gatillantes = cat.id;
    ids.Humor = (await s.run(COMMANDS.createCode, { name: 'Humor', parent: 'Gatillantes' })).id;
    ids.Alivio = (await s.run(COMMANDS.createCode, { name: 'Alivio' })).id;
    ids.T1 = (await s.importText('Entrevista T1', TEXT)).id;
    ids.memo = (await s.run(COMMANDS.addMemo, { title: 'Reflexión ✨', body: 'Me sorprendió.', type: 'reflexive', links: [] })).id;
  });
  afterAll(async () => t?.dispose());

  it('creates a set with a cleaned name, a description and members of every kind', async () => {
    const r = await s.run(COMMANDS.createSet, {
      name: '  Momentos de encuentro ', description: 'Códigos del\r\nmodelo',
      members: [code('Humor'), code('Humor'), { type: 'document', id: ids.T1! }, { type: 'memo', id: ids.memo! }],
    });
    expect(r.set).toMatchObject({ name: 'Momentos de encuentro', description: 'Códigos del\nmodelo', projectId });
    expect(r.members).toHaveLength(3);
    expect(await members('Momentos de encuentro')).toEqual(['code:Gatillantes/Humor', 'document:Entrevista T1', 'memo:Reflexión ✨']);
  });

  it('refuses a taken name, an empty name and members from elsewhere, changing nothing', async () => {
    const before = await sets();
    const events = await eventCount();
    await expect(s.run(COMMANDS.createSet, { name: 'Momentos de encuentro' })).rejects.toThrow('A set named "Momentos de encuentro" already exists; choose another name.');
    await expect(s.run(COMMANDS.createSet, { name: '   ' })).rejects.toThrow('The set name is empty; give it a name.');
    const other = (await (await Session.owner(t.store)).run(COMMANDS.createProject, { name: 'Otro estudio' })).id;
    const foreign = (await s.in(other).run(COMMANDS.createCode, { name: 'Ajeno' })).id;
    const attempt = s.run(COMMANDS.createSet, { name: 'Mixto', members: [code('Alivio'), { type: 'code', id: foreign }] });
    await expect(attempt).rejects.toThrow(UserError);
    await expect(attempt).rejects.toThrow(/^A code given for the set is not in this project [^.]*\.$/);
    await expect(s.run(COMMANDS.addToSet, { set: 'Momentos de encuentro', members: [{ type: 'document', id: ids.memo! }] })).rejects.toThrow(/A document given/);
    await expect(s.run(COMMANDS.addToSet, { set: 'Nada', members: [code('Alivio')] })).rejects.toThrow('There is no set "Nada" in this project; list sets with `sparks set list`.');
    expect(await sets()).toEqual(before);
    expect(await eventCount()).toBe(events + 2); // the other project and its code, nothing more
  });

  it('renames and redescribes by name or id, refusing a clash; undo restores exactly', async () => {
    const other = await s.run(COMMANDS.createSet, { name: 'Efectos' });
    const before = await sets();
    await expect(s.run(COMMANDS.editSet, { set: other.set.id, name: ' Momentos de encuentro' })).rejects.toThrow('A set named "Momentos de encuentro" already exists');
    const renamed = await s.run(COMMANDS.editSet, { set: 'Efectos', name: 'Efectos del momento', description: 'Lo que cambia después' });
    expect(renamed).toMatchObject({ id: other.set.id, name: 'Efectos del momento', description: 'Lo que cambia después' });
    // A name differing only in case is another name, as for codes.
    await s.run(COMMANDS.editSet, { set: other.set.id, name: 'efectos del momento' });
    await s.run(COMMANDS.undo, {});
    await s.run(COMMANDS.undo, {});
    expect(await sets()).toEqual(before);
  });

  it('adds members, skipping those already there, and removes them; each one undo step', async () => {
    const before = await sets();
    const added = await s.run(COMMANDS.addToSet, { set: 'Momentos de encuentro', members: [code('Humor'), code('Alivio'), code('Gatillantes')] });
    expect(added.members.map((m) => m.targetId).sort()).toEqual([ids.Alivio, ids.Gatillantes].sort());
    expect(await members('Momentos de encuentro')).toEqual(['code:Alivio', 'code:Gatillantes', 'code:Gatillantes/Humor', 'document:Entrevista T1', 'memo:Reflexión ✨']);
    const again = await s.run(COMMANDS.addToSet, { set: 'Momentos de encuentro', members: [code('Alivio')] });
    expect(again.members).toEqual([]);
    await s.run(COMMANDS.undo, {}); // the no-op
    await s.run(COMMANDS.undo, {});
    expect(await sets()).toEqual(before);

    const removed = await s.run(COMMANDS.removeFromSet, { set: 'Momentos de encuentro', members: [code('Humor'), { type: 'memo', id: ids.memo! }, code('Alivio')] });
    expect(removed.members).toHaveLength(2);
    expect(await members('Momentos de encuentro')).toEqual(['document:Entrevista T1']);
    expect(await t.store.adapter.db.selectFrom('memo').select('id').where('id', '=', ids.memo!).executeTakeFirst()).toBeDefined();
    await s.run(COMMANDS.undo, {});
    expect(await sets()).toEqual(before);
  });

  it('deletes a set and its memberships, never the members; undo brings it back whole', async () => {
    const before = await sets();
    const r = await s.run(COMMANDS.deleteSet, { set: 'Momentos de encuentro' });
    expect(r.members).toHaveLength(3);
    expect(await members('Momentos de encuentro')).toBeUndefined();
    const db = t.store.adapter.db;
    expect(await db.selectFrom('object_set_member').select('id').where('setId', '=', r.set.id).execute()).toEqual([]);
    expect((await db.selectFrom('code').select('id').where('id', '=', ids.Humor!).execute())).toHaveLength(1);
    expect((await db.selectFrom('document').select('id').where('id', '=', ids.T1!).execute())).toHaveLength(1);
    await s.run(COMMANDS.undo, {});
    expect(await sets()).toEqual(before);
    await s.run(COMMANDS.redo, {});
    expect(await members('Momentos de encuentro')).toBeUndefined();
    await s.run(COMMANDS.undo, {});
  });

  it('drops a deleted code from the sets it was in, and its undo puts it back', async () => {
    const before = await sets();
    await s.run(COMMANDS.deleteCode, { code: 'Gatillantes' });
    expect(await members('Momentos de encuentro')).toEqual(['document:Entrevista T1', 'memo:Reflexión ✨']);
    await s.run(COMMANDS.undo, {});
    expect(await sets()).toEqual(before);
  });

  it('leaves sets to coders: a viewer is refused', async () => {
    const root = await Session.owner(t.store);
    const vera = await root.run(COMMANDS.addUser, { name: 'Vera' });
    await s.run(COMMANDS.addMember, { user: 'Vera', role: 'viewer' });
    await expect(s.as(vera.id).run(COMMANDS.createSet, { name: 'De Vera' })).rejects.toThrow(/this needs the coder role/);
    expect(await members('De Vera')).toBeUndefined();
  });
});
