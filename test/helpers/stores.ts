/** Fresh, isolated databases for tests: a temporary SQLite file, or a new PostgreSQL schema. */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openStore, type Store } from '../../src/store/store.js';

export const PG_URL = process.env.SPARKS_TEST_PG ?? 'postgres://127.0.0.1:5432/test';
export const DIALECTS = ['sqlite', 'postgres'] as const;
export type DialectName = (typeof DIALECTS)[number];

export interface TestDb { location: string; dispose(): Promise<void> }

/** A database location nobody else uses; dispose() removes it. */
export function freshLocation(dialect: DialectName): TestDb {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'sparks-test-'));
    return { location: join(dir, 'sparks.db'), dispose: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const schema = `t_${randomBytes(6).toString('hex')}`;
  return {
    location: `${PG_URL}?schema=${schema}`,
    dispose: async () => {
      const url = new URL(PG_URL);
      if (!url.username) url.username = process.env.PGUSER || userInfo().username;
      const client = new pg.Client({ connectionString: url.toString() });
      await client.connect();
      await client.query(`drop schema if exists ${schema} cascade`);
      await client.end();
    },
  };
}

export interface TestStore { store: Store; location: string; dispose(): Promise<void> }

export async function freshStore(dialect: DialectName): Promise<TestStore> {
  let db = freshLocation(dialect);
  let store: Store;
  try {
    store = await openStore(db.location);
  } catch (err) {
    // Seen once in CI under full load: the migration found its brand-new schema missing. Not
    // understood yet (see the issue notes); one more fresh schema keeps the suite honest meanwhile.
    if (dialect !== 'postgres' || !/schema "t_[0-9a-f]+" does not exist/.test(String(err))) throw err;
    await db.dispose();
    db = freshLocation(dialect);
    store = await openStore(db.location);
  }
  return {
    store,
    location: db.location,
    dispose: async () => {
      await store.close();
      await db.dispose();
    },
  };
}
