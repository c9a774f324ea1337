/** `sparks set …` on the real binary: making, filling, renaming, describing, emptying and deleting a set. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SetView } from '../../src/contract/sets.js';
import { sparks, sparksJson } from '../helpers/cli.js';
import { freshLocation, type TestDb } from '../helpers/stores.js';

describe('sets on the command line', { timeout: 180_000 }, () => {
  let db: TestDb;
  let dir = '';
  const run = (...args: string[]) => sparks(db.location, args);
  const list = () => sparksJson<SetView[]>(db.location, ['set', 'list', 'Chispas']);
  const members = async (name: string) => (await list()).find((s) => s.name === name)?.members.map((m) => `${m.type}:${m.name}`);

  beforeAll(async () => {
    db = freshLocation('sqlite');
    dir = mkdtempSync(join(tmpdir(), 'sparks-sets-'));
    const transcript = join(dir, 'Entrevista T1.txt');
    writeFileSync(transcript, 'T: Nos reímos juntos 😊.\n');
    for (const args of [
      ['project', 'create', 'Chispas'], ['code', 'create', 'Chispas', 'Gatillantes'], ['code', 'create', 'Chispas', 'Humor', '--parent', 'Gatillantes'],
      ['code', 'create', 'Chispas', 'Alivio'], ['import', 'Chispas', transcript],
      ['memo', 'add', 'Chispas', '--title', 'Reflexión', '--body', 'Me sorprendió.'],
    ]) expect((await run(...args)).stderr).toBe('');
  });
  afterAll(async () => {
    await db?.dispose();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('says how to make a set when there is none', async () => {
    expect((await run('set', 'list', 'Chispas')).stdout).toBe('No sets yet: make one with `sparks set create PROJECT NAME --codes "A; B"`.\n');
  });

  it('creates a set with codes by path, a document and a memo, and refuses a taken name', async () => {
    const r = await run('set', 'create', 'Chispas', 'Momentos', '--description', 'Del modelo', '--codes', 'Gatillantes/Humor; Alivio', '--documents', 'Entrevista T1', '--memos', 'Reflexión');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('Created the set "Momentos" with 2 codes, 1 document and 1 memo.\n');
    expect(await members('Momentos')).toEqual(['code:Alivio', 'code:Gatillantes/Humor', 'document:Entrevista T1', 'memo:Reflexión']);
    const taken = await run('set', 'create', 'Chispas', ' Momentos ');
    expect([taken.code, taken.stderr]).toEqual([1, 'A set named "Momentos" already exists; choose another name.\n']);
    const unknown = await run('set', 'create', 'Chispas', 'Otro', '--codes', 'Gatillantes/Ironía');
    expect([unknown.code, unknown.stderr]).toEqual([1, 'There is no code "Gatillantes/Ironía"; list codes with `sparks code list`.\n']);
    expect((await list()).map((s) => s.name)).toEqual(['Momentos']);
  });

  it('adds and removes members, saying what was already there', async () => {
    const add = await run('set', 'add', 'Chispas', 'Momentos', '--codes', 'Gatillantes;Alivio');
    expect(add.stdout).toBe('Added 1 code to the set "Momentos"; 1 was in it already.\n');
    const json = await sparksJson<{ set: { name: string }; members: { targetType: string }[] }>(db.location, ['set', 'remove', 'Chispas', 'Momentos', '--memos', 'Reflexión']);
    expect(json).toMatchObject({ set: { name: 'Momentos' }, members: [{ targetType: 'memo' }] });
    const absent = await run('set', 'remove', 'Chispas', 'Momentos', '--memos', 'Reflexión', '--codes', 'Alivio');
    expect(absent.stdout).toBe('Took 1 code out of the set "Momentos"; 1 was not in it.\n');
    expect(await members('Momentos')).toEqual(['code:Gatillantes', 'code:Gatillantes/Humor', 'document:Entrevista T1']);
    const none = await run('set', 'add', 'Chispas', 'Momentos');
    expect([none.code, none.stderr]).toEqual([2, 'Name at least one member with --codes, --documents or --memos (several separated by ";").\n']);
  });

  it('renames and describes a set, and undo takes the change back', async () => {
    expect((await run('set', 'rename', 'Chispas', 'Momentos', 'Momentos de encuentro')).stdout).toBe('Renamed the set "Momentos" to "Momentos de encuentro".\n');
    expect((await run('set', 'describe', 'Chispas', 'Momentos de encuentro', 'Códigos del momento ✨')).stdout)
      .toBe('Updated the description of the set "Momentos de encuentro".\n');
    expect((await list())[0]).toMatchObject({ name: 'Momentos de encuentro', description: 'Códigos del momento ✨' });
    expect((await run('undo', 'Chispas')).code).toBe(0);
    expect((await list())[0]).toMatchObject({ name: 'Momentos de encuentro', description: 'Del modelo' });
    const missing = await run('set', 'rename', 'Chispas', 'Nada', 'Algo');
    expect([missing.code, missing.stderr]).toEqual([1, 'There is no set "Nada" in this project; list sets with `sparks set list`.\n']);
  });

  it('deletes a set, keeping its members, and undo brings it back', async () => {
    const before = await list();
    const r = await run('set', 'delete', 'Chispas', 'Momentos de encuentro');
    expect(r.stdout).toBe('Deleted the set "Momentos de encuentro"; its 2 codes and 1 document stay in the project (`sparks undo` brings the set back).\n');
    expect(await list()).toEqual([]);
    expect((await run('code', 'list', 'Chispas')).stdout).toContain('Humor');
    expect((await run('undo', 'Chispas')).code).toBe(0);
    expect(await list()).toEqual(before);
  });
});
