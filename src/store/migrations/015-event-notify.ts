/**
 * On PostgreSQL every committed event wakes the live feeds of every server process at once
 * (NOTIFY on a channel named after the schema), so they need not poll the log several times a second.
 */
import { sql, type Kysely } from 'kysely';
import type { DialectAdapter } from '../dialects/adapter.js';

export async function up(db: Kysely<unknown>, a: DialectAdapter): Promise<void> {
  if (a.name !== 'postgres') return;
  await sql.raw(`create function event_notify() returns trigger language plpgsql as $$
    begin perform pg_notify('sparks_events_' || tg_table_schema, ''); return null; end $$`).execute(db);
  await sql.raw('create trigger event_notify after insert on event for each statement execute function event_notify()').execute(db);
}
