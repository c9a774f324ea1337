/** SQLite through better-sqlite3: one file, WAL journal, foreign keys enforced. */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3, { type Statement } from 'better-sqlite3';
import { CamelCasePlugin, Kysely, SqliteDialect, sql } from 'kysely';
import type { Database } from '../../schema.js';
import type { DialectAdapter } from '../adapter.js';
import { startCheckpointer, type Checkpointer } from './checkpointer.js';
import { SQLITE_COUNT_TRIGGERS, SQLITE_TOTAL_SCHEMA } from './counts.js';
import { registerPassageFunctions, sqliteSearch } from './search.js';
import { keptStatements } from './statements.js';

export function openSqlite(file: string): DialectAdapter {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const raw = new BetterSqlite3(file);
  raw.pragma('journal_mode = WAL');
  raw.pragma('foreign_keys = ON');
  raw.pragma('busy_timeout = 10000');
  // NORMAL is durable in WAL mode against a process crash; only a power loss may drop the last commits.
  raw.pragma('synchronous = NORMAL');
  // Room to cache the indexes that frequencies and saturation group over. Sorts larger than the
  // cache spill to temporary files, so one large sort never holds its whole input in memory.
  raw.pragma('cache_size = -65536');
  registerPassageFunctions(raw);
  let checkpointer: Checkpointer | null = null;
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: keptStatements(raw) }), plugins: [new CamelCasePlugin()] });
  return {
    name: 'sqlite',
    db,
    types: { blob: 'blob', serial: 'integer' },
    async transaction(fn) {
      // BEGIN IMMEDIATE takes the write lock up front, so two processes never deadlock upgrading a read lock.
      return db.connection().execute(async (conn) => {
        await sql`begin immediate`.execute(conn);
        try {
          const result = await fn(conn);
          await sql`commit`.execute(conn);
          return result;
        } catch (err) {
          await sql`rollback`.execute(conn);
          throw err;
        }
      });
    },
    async backupTo(file, progress) {
      await raw.backup(file, {
        progress: ({ totalPages, remainingPages }) => {
          progress?.(totalPages - remainingPages, totalPages);
          // Pages per step: large enough to finish soon, small enough to let writers in between.
          return 2000;
        },
      });
    },
    async protectAppendOnly(target, table) {
      for (const op of ['update', 'delete']) {
        await sql.raw(`create trigger ${table}_no_${op} before ${op} on ${table} begin select raise(abort, '${table} is append-only'); end`).execute(target);
      }
    },
    insertRows: rowInserter(raw),
    startMaintenance() {
      if (checkpointer || raw.memory) return;
      // The worker checkpoints; a commit does so itself only past 16 MB of WAL, when writes never
      // pause long enough for the worker to finish (a large import) and the WAL must restart.
      // The worker has copied most pages by then, so that commit has little left to do.
      raw.pragma('wal_autocheckpoint = 4000');
      raw.pragma('journal_size_limit = 67108864');
      checkpointer = startCheckpointer(raw.name);
    },
    search: sqliteSearch,
    countTriggers: SQLITE_COUNT_TRIGGERS,
    totalSchema: SQLITE_TOTAL_SCHEMA,
    isForeignKeyViolation: (err) => (err as { code?: string })?.code === 'SQLITE_CONSTRAINT_FOREIGNKEY',
    isUniqueViolation: (err) => /^SQLITE_CONSTRAINT_(UNIQUE|PRIMARYKEY)$/.test((err as { code?: string })?.code ?? ''),
    async close() {
      await checkpointer?.stop();
      await db.destroy();
    },
  };
}

const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const toDriver = (v: unknown) => (v instanceof Uint8Array && !Buffer.isBuffer(v) ? Buffer.from(v) : v);

/**
 * One prepared single-row statement per table and column list, reused: better-sqlite3 runs it in
 * microseconds, where a compiled multi-row statement costs a parse per batch. The connection is
 * the one Kysely holds, so the rows join the transaction in progress.
 */
function rowInserter(raw: BetterSqlite3.Database): (table: string, rows: readonly object[]) => void {
  const statements = new Map<string, Statement>();
  return (table, rows) => {
    for (const row of rows as readonly Record<string, unknown>[]) {
      const keys = Object.keys(row).filter((k) => row[k] !== undefined);
      const shape = `${table}(${keys.join(',')})`;
      let statement = statements.get(shape);
      if (!statement) {
        const columns = keys.map((k) => `"${snake(k)}"`).join(', ');
        statement = raw.prepare(`insert into "${table}" (${columns}) values (${keys.map(() => '?').join(', ')})`);
        statements.set(shape, statement);
      }
      statement.run(keys.map((k) => toDriver(row[k])));
    }
  };
}
