/** `sparks project phase`, `assign`, `disagreements` and `resolve` from the command line, on the coders' real work. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/core/commands/index.js';
import { openStore } from '../../src/store/store.js';
import { sparks, sparksJson } from '../helpers/cli.js';
import { Session } from '../helpers/session.js';
import { freshLocation, type TestDb } from '../helpers/stores.js';

const TEXT = 'E: ¿Y qué sintió?\nT: Una ternura enorme, y después un silencio compartido que nos cambió a los dos.\n';

describe('team coding on the command line', () => {
  let db: TestDb;
  const run = (...args: string[]) => sparks(db.location, args);

  beforeAll(async () => {
    db = freshLocation('sqlite');
    const store = await openStore(db.location);
    try {
      const root = await Session.owner(store);
      const projectId = (await root.run(COMMANDS.createProject, { name: 'Equipo' })).id;
      const owner = root.in(projectId);
      const ids: Record<string, string> = {};
      for (const name of ['ana', 'ben']) {
        ids[name] = (await root.run(COMMANDS.addUser, { name })).id;
        await owner.run(COMMANDS.addMember, { user: name, role: 'coder' });
      }
      for (const name of ['Ternura', 'Silencio']) await owner.run(COMMANDS.createCode, { name });
      await owner.importText('T1', TEXT);
      await owner.as(ids.ana!).run(COMMANDS.applyCode, { document: 'T1', start: 22, end: 36, code: 'Ternura' });
      await owner.as(ids.ben!).run(COMMANDS.applyCode, { document: 'T1', start: 22, end: 36, code: 'Silencio' });
      // Both coders agree on the shared silence; ana alone codes the change.
      for (const id of [ids.ana!, ids.ben!]) await owner.as(id).run(COMMANDS.applyCode, { document: 'T1', start: 51, end: 73, code: 'Silencio' });
      await owner.as(ids.ana!).run(COMMANDS.applyCode, { document: 'T1', start: 78, end: 98, code: 'Ternura' });
    } finally {
      await store.close();
    }
  });
  afterAll(async () => db?.dispose());

  it('sets the phase and assignments, lists a disagreement and resolves it', async () => {
    expect((await run('project', 'phase', 'Equipo', 'blind')).code).toBe(2);
    expect((await run('project', 'phase', 'Equipo', 'consensus')).stdout).toBe('Equipo is in the consensus phase: the team now resolves its disagreements into the consensus layer.\n');
    expect((await run('assign', 'Equipo', '--docs', 'T1', '--coders', 'ana,ben')).stdout).toBe('2 assignments added.\n');
    const listed = (await run('disagreements', 'Equipo', '--coders', 'ana,ben')).stdout;
    expect(listed).toContain('2 open disagreements and 0 resolved between ana, ben.');
    expect(listed).toContain('1 place where they agree is not in the consensus layer yet: sparks resolve Equipo --agreed --coders ana,ben');
    expect(listed).toContain('T1 22–36: “na ternura eno”');
    expect(listed).toMatch(/ana: Ternura 22–36\n {2}ben: Silencio 22–36/);
    const resolved = await run('resolve', 'Equipo', '--doc', 'T1', '--at', '22', '--coders', 'ana,ben', '--accept', 'ana', '--code', 'Silencio:22-36', '--memo', 'Las dos cosas a la vez.');
    expect(resolved.stderr).toBe('');
    expect(resolved.stdout).toBe('Resolved T1 22–36: 2 codings added to the consensus layer, with a memo.\n');
    const after = await sparksJson<{ open: number; resolved: number; places: unknown[] }>(db.location, ['disagreements', 'Equipo', '--coders', 'ana,ben', '--all', '--json']);
    expect(after).toMatchObject({ open: 1, resolved: 1 });
    expect(after.places).toHaveLength(2);
    expect((await run('resolve', 'Equipo', '--doc', 'T1', '--at', '78', '--coders', 'ana,ben', '--none')).stdout)
      .toBe('Resolved T1 78–98: left uncoded by agreement.\n');
    expect((await run('resolve', 'Equipo', '--agreed', '--coders', 'ana,ben')).stdout)
      .toBe('Took 1 agreed place into the consensus layer: 1 coding added.\n');
    expect(await sparksJson(db.location, ['disagreements', 'Equipo', '--coders', 'ana,ben', '--json'])).toMatchObject({ open: 0, resolved: 2, agreed: 0 });
    const mixed = await run('resolve', 'Equipo', '--agreed', '--doc', 'T1', '--coders', 'ana,ben');
    expect([mixed.code, mixed.stderr.trim()]).toEqual([2, '--agreed takes every agreed place at once; leave out --doc, --at, --accept, --code and --none.']);
    const bad = await run('resolve', 'Equipo', '--doc', 'T1', '--at', '22', '--coders', 'ana,ben', '--code', 'Silencio');
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim()).toBe('--code takes PATH:START-END, e.g. "Triggers/Humour:120-180"; got "Silencio".');
  }, 60_000);
});
