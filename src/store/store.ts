/** Opening a Sparks database: SQLite by default, PostgreSQL for a `postgres://` URL. */
import { resolve } from 'node:path';
import { UserError } from '../core/errors.js';
import type { UserRecord } from '../core/records.js';
import type { DialectAdapter } from './dialects/adapter.js';
import { newId } from './ids.js';
import { openSqlite } from './dialects/sqlite/index.js';
import { migrate } from './migrations/index.js';

export const DEFAULT_DB = './sparks-data/sparks.db';
export const LOCAL_OWNER = 'owner';

export interface Store {
  readonly adapter: DialectAdapter;
  /** Where the data lives, for messages (a file path, or the URL without credentials). */
  readonly location: string;
  /** For a process that keeps the store open: run the database's housekeeping in the background. */
  startMaintenance(): void;
  close(): Promise<void>;
}

export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/** Open (creating and migrating as needed) the database at `location`. */
export async function openStore(location: string = DEFAULT_DB): Promise<Store> {
  let adapter: DialectAdapter;
  let shown: string;
  if (isPostgresUrl(location)) {
    const url = new URL(location);
    url.password = '';
    shown = url.toString();
    try {
      const { openPostgres } = await import('./dialects/postgres/index.js');
      adapter = await openPostgres(location);
    } catch (err) {
      throw new UserError(`Cannot reach the PostgreSQL database at ${shown} (${(err as Error).message}); check that it runs and the URL is right.`);
    }
  } else {
    shown = location === ':memory:' ? location : resolve(location);
    try {
      adapter = openSqlite(location);
    } catch (err) {
      throw new UserError(`Cannot open the database file ${shown} (${(err as Error).message}); check the path and its permissions.`);
    }
  }
  await migrate(adapter);
  await ensureLocalOwner(adapter);
  return { adapter, location: shown, startMaintenance: () => adapter.startMaintenance?.(), close: () => adapter.close() };
}

/** The local owner exists from the database's creation: every command needs an acting user. */
async function ensureLocalOwner(adapter: DialectAdapter): Promise<void> {
  await adapter.db
    .insertInto('user')
    .values({
      id: newId(), name: LOCAL_OWNER, email: null, passwordHash: null, isAdmin: 1, isLocalOwner: 1,
      createdAt: new Date().toISOString(),
    })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
}

export async function localOwner(store: Store): Promise<UserRecord> {
  const user = await store.adapter.db.selectFrom('user').selectAll().where('isLocalOwner', '=', 1).executeTakeFirst();
  if (!user) throw new Error('the local owner is missing');
  return user;
}
