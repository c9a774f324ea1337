/** PostgreSQL through pg, for team servers; `?schema=NAME` in the URL keeps a study in its own schema. */
import { userInfo } from 'node:os';
import { CamelCasePlugin, Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { Database } from '../../schema.js';
import type { DialectAdapter } from '../adapter.js';
import { POSTGRES_COUNT_TRIGGERS, POSTGRES_TOTAL_SCHEMA } from './counts.js';
import { prepareFrequentStatements } from './prepared.js';
import { postgresSearch } from './search.js';
import { checkpoint, refreshStatistics } from './statistics.js';

// pg returns int8 as strings to avoid precision loss; our counts and sums stay far below 2^53.
pg.types.setTypeParser(20, (v) => Number(v));

export async function openPostgres(url: string): Promise<DialectAdapter> {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get('schema') ?? undefined;
  parsed.searchParams.delete('schema');
  // Like psql, connect as the system user when the URL names none.
  if (!parsed.username) parsed.username = process.env.PGUSER || process.env.USER || userInfo().username;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new Error(`The schema name "${schema}" must be lower-case letters, digits and underscores.`);
  }
  const pool = new pg.Pool({
    connectionString: parsed.toString(),
    // Enough for a lab's coders at once: each write holds a connection for its whole transaction.
    max: 20,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  prepareFrequentStatements(pool);
  if (schema) await pool.query(`create schema if not exists ${schema}`);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), plugins: [new CamelCasePlugin()] });
  return {
    name: 'postgres',
    db,
    types: { blob: 'bytea', serial: 'serial' },
    ...(schema ? { schema } : {}),
    transaction: (fn) => db.transaction().execute(fn),
    async protectAppendOnly(target, table) {
      await sql.raw(`create function ${table}_append_only() returns trigger language plpgsql as $$ begin raise exception '${table} is append-only'; end $$`).execute(target);
      await sql.raw(`create trigger ${table}_append_only before update or delete on ${table} for each row execute function ${table}_append_only()`).execute(target);
    },
    async settleAfterBulkLoad() {
      await refreshStatistics(db);
      await checkpoint(db);
    },
    async listenForEvents(onEvent, onLost) {
      // A connection of its own: a pooled one would be handed to queries between notifications.
      const client = new pg.Client({ connectionString: parsed.toString(), ...(schema ? { options: `-c search_path=${schema}` } : {}) });
      client.on('notification', () => onEvent());
      client.on('error', (err) => onLost(err));
      await client.connect();
      // The channel is named after the schema the tables live in, as the trigger names it.
      const { rows } = await client.query<{ s: string }>('select current_schema() as s');
      await client.query(`listen "sparks_events_${rows[0]!.s}"`);
      return async () => {
        client.removeAllListeners('error');
        client.on('error', () => undefined);
        await client.end().catch(() => undefined);
      };
    },
    search: postgresSearch,
    countTriggers: POSTGRES_COUNT_TRIGGERS,
    totalSchema: POSTGRES_TOTAL_SCHEMA,
    isForeignKeyViolation: (err) => (err as { code?: string })?.code === '23503',
    isUniqueViolation: (err) => (err as { code?: string })?.code === '23505',
    close: () => db.destroy(),
  };
}
