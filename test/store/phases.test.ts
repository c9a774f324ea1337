/**
 * Coding phases and assignments: the owner sets the phase (logged, undoable) and gives documents
 * to coders; a coder codes only documents given to them (or given to nobody), an owner any.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/core/commands/index.js';
import { phaseOf } from '../../src/core/phases.js';
import { Session } from '../helpers/session.js';
import { DIALECTS, freshStore, type TestStore } from '../helpers/stores.js';

const TEXT = 'E: ¿Cómo fue ese momento?\nT: Nos quedamos en silencio y algo se encontró entre los dos. 😊\n';

describe.each(DIALECTS)('coding phases and assignments on %s', (dialect) => {
  let t: TestStore;
  let owner: Session;
  let ana: Session;
  let ben: Session;
  let projectId: string;
  const settings = async () => (await t.store.adapter.db.selectFrom('project').select('settings').where('id', '=', projectId).executeTakeFirstOrThrow()).settings;

  beforeAll(async () => {
    t = await freshStore(dialect);
    const root = await Session.owner(t.store);
    projectId = (await root.run(COMMANDS.createProject, { name: 'Fases' })).id;
    owner = root.in(projectId);
    for (const [name, role] of [['ana', 'coder'], ['ben', 'coder'], ['vio', 'viewer']] as const) {
      await root.run(COMMANDS.addUser, { name });
      await owner.run(COMMANDS.addMember, { user: name, role });
    }
    const id = async (name: string) => (await t.store.adapter.db.selectFrom('user').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;
    ana = owner.as(await id('ana'));
    ben = owner.as(await id('ben'));
    await owner.run(COMMANDS.createCode, { name: 'Encuentro' });
    for (const name of ['E1', 'E2', 'E3']) await owner.importText(name, TEXT);
  });
  afterAll(async () => t?.dispose());

  it('sets the phase as the owner, undoably, and refuses it to coders', async () => {
    expect(phaseOf(await settings())).toBe('comparison');
    expect(await owner.run(COMMANDS.setPhase, { phase: 'independent' })).toEqual({ phase: 'independent', was: 'comparison' });
    expect(phaseOf(await settings())).toBe('independent');
    await expect(ana.run(COMMANDS.setPhase, { phase: 'comparison' })).rejects.toThrow(/this needs the owner role/);
    await owner.run(COMMANDS.undo, {});
    expect(phaseOf(await settings())).toBe('comparison');
    await owner.run(COMMANDS.redo, {});
    expect(phaseOf(await settings())).toBe('independent');
  });

  it('lets a coder code only documents given to them or to nobody; an owner codes any', async () => {
    await owner.run(COMMANDS.assignDocuments, { documents: ['E1'], coders: ['ana', 'ben'] });
    expect(await owner.run(COMMANDS.assignDocuments, { documents: ['E1', 'E2'], coders: ['ana'] })).toEqual({ added: 1 });
    const span = { start: 27, end: 52, code: 'Encuentro' };
    await ana.run(COMMANDS.applyCode, { document: 'E1', ...span });
    await ben.run(COMMANDS.applyCode, { document: 'E1', ...span });
    await ana.run(COMMANDS.applyCode, { document: 'E2', ...span });
    await expect(ben.run(COMMANDS.applyCode, { document: 'E2', ...span })).rejects.toThrow('"E2" is assigned to other coders; ask a project owner to assign it to you.');
    await expect(ben.run(COMMANDS.applyMany, { items: [{ document: 'E3', ...span }, { document: 'E2', ...span }] })).rejects.toThrow(/"E2" is assigned to other coders/);
    // Nothing of the refused bulk coding landed, E3 included.
    expect(await t.store.adapter.db.selectFrom('coding').select('id').where('projectId', '=', projectId).execute()).toHaveLength(3);
    await ben.run(COMMANDS.applyCode, { document: 'E3', ...span });
    await owner.run(COMMANDS.applyCode, { document: 'E2', ...span });
  });

  it('refuses to assign a viewer or a stranger, and unassigns undoably', async () => {
    await expect(owner.run(COMMANDS.assignDocuments, { documents: ['E3'], coders: ['vio'] })).rejects.toThrow(/^vio is a viewer of this project; make them a coder first/);
    await expect(owner.run(COMMANDS.assignDocuments, { documents: ['E3'], coders: ['nadie'] })).rejects.toThrow();
    expect(await owner.run(COMMANDS.unassignDocuments, { documents: ['E2'], coders: ['ana'] })).toEqual({ removed: 1 });
    await ben.run(COMMANDS.applyCode, { document: 'E2', start: 0, end: 10, code: 'Encuentro' });
    await owner.run(COMMANDS.undo, {});
    const rows = await t.store.adapter.db.selectFrom('assignment').select(['documentId', 'userId']).where('projectId', '=', projectId).execute();
    expect(rows).toHaveLength(3);
    // A coder since made a viewer can still have documents taken back.
    await owner.run(COMMANDS.addMember, { user: 'ben', role: 'viewer' });
    expect(await owner.run(COMMANDS.unassignDocuments, { documents: ['E1'], coders: ['ben'] })).toEqual({ removed: 1 });
    await owner.run(COMMANDS.addMember, { user: 'ben', role: 'coder' });
  });
});
