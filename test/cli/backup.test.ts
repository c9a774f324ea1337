/** `sparks backup`: a whole, openable copy of the SQLite database; never over a file; PostgreSQL points to pg_dump. */
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listProjects } from '../../src/store/queries/projects.js';
import { openStore } from '../../src/store/store.js';
import { sparks, sparksJson } from '../helpers/cli.js';
import { freshLocation, type TestDb } from '../helpers/stores.js';

describe('sparks backup', () => {
  let db: TestDb;
  let dir: string;
  beforeAll(async () => {
    db = freshLocation('sqlite');
    dir = mkdtempSync(join(tmpdir(), 'sparks-backup-'));
    await sparksJson(db.location, ['project', 'create', 'Estudio de respaldo 🌱']);
  });
  afterAll(async () => {
    await db?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('copies the database to a file that opens with the same projects', async () => {
    const file = join(dir, 'copia.db');
    const r = await sparks(db.location, ['backup', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Backed up .* to .*copia\.db \(\d+\.\d MB\)\.\n$/);
    const copy = await openStore(file);
    try {
      expect((await listProjects(copy)).map((p) => p.name)).toEqual(['Estudio de respaldo 🌱']);
    } finally {
      await copy.close();
    }
    expect(readdirSync(dir).filter((f) => f.endsWith('.part'))).toEqual([]);
  });

  it('never overwrites a file, and says where a missing folder is', async () => {
    const taken = join(dir, 'ocupado.db');
    writeFileSync(taken, 'no tocar');
    const r = await sparks(db.location, ['backup', taken]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(`${taken} already exists; choose a new name (a backup never overwrites a file).`);
    const missing = await sparks(db.location, ['backup', join(dir, 'no', 'copia.db')]);
    expect(missing.stderr.trim()).toMatch(/^The folder .*no does not exist; create it or choose another place\.$/);
    expect(existsSync(join(dir, 'no'))).toBe(false);
  });

  it('sends PostgreSQL users to pg_dump', async () => {
    const pg = freshLocation('postgres');
    try {
      const r = await sparks(pg.location, ['backup', join(dir, 'pg.db')]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/pg_dump/);
    } finally {
      await pg.dispose();
    }
  });
});
