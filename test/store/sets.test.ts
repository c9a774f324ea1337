/**
 * Sets brought in with a project: listed by name with their members, and kept in step when a code
 * is deleted or merged (one undo restores the membership); on both databases.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/core/commands/index.js';
import { readQde } from '../../src/formats/qdpx/index.js';
import { sourceExtras } from '../../src/formats/qdpx/source-extras.js';
import { listSets } from '../../src/store/queries/sets.js';
import { SHARED } from '../helpers/paths.js';
import { Session } from '../helpers/session.js';
import { DIALECTS, freshStore, type TestStore } from '../helpers/stores.js';

const SPEC = `${SHARED}refi-qda/samples/spec-1.5-annexA2-atlasti-8.4-mac_skyloom_Project.qde`;

describe.each(DIALECTS)('sets on %s', (dialect) => {
  let t: TestStore;
  let s: Session;
  let projectId = '';
  const members = async (set: string) => (await listSets(t.store, projectId)).find((x) => x.name === set)!.members.map((m) => `${m.type}:${m.name}`);

  beforeAll(async () => {
    t = await freshStore(dialect);
    const owner = await Session.owner(t.store);
    const refi = await readQde(new Uint8Array(readFileSync(SPEC)), 'Project.qde');
    const r = await owner.run(COMMANDS.importProject, { name: 'Desayuno', project: refi, extras: sourceExtras(refi) });
    projectId = r.project.id;
    s = owner.in(projectId);
    expect(r.counts.sets).toBe(refi.sets.length);
  });
  afterAll(async () => t?.dispose());

  it('lists each set with its codes and documents by name', async () => {
    const sets = await listSets(t.store, projectId);
    expect(sets.length).toBeGreaterThan(3);
    expect(await members('Breakfast food')).toEqual(['code:bacon and eggs', 'code:Coke', 'code:Coke::diet Coke', 'code:Coke::full-fat Coke', 'code:cornflakes', 'code:milk']);
    expect(await members('Images')).toEqual(['document:cornflakes-n-milk.jpg']);
  });

  it('drops a deleted code from its sets, and undo puts it back', async () => {
    await s.run(COMMANDS.deleteCode, { code: 'milk' });
    expect(await members('Breakfast food')).not.toContain('code:milk');
    await s.run(COMMANDS.undo, {});
    expect(await members('Breakfast food')).toContain('code:milk');
  });

  it('hands a merged code\'s place in a set to the code it joins, once', async () => {
    await s.run(COMMANDS.mergeCodes, { from: 'Coke::diet Coke', into: 'Coke' });
    expect(await members('Breakfast food')).toEqual(['code:bacon and eggs', 'code:Coke', 'code:Coke::full-fat Coke', 'code:cornflakes', 'code:milk']);
    await s.run(COMMANDS.undo, {});
    expect(await members('Breakfast food')).toContain('code:Coke::diet Coke');
  });
});
