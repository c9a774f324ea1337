/** PostgreSQL after bulk loads: planner statistics before autovacuum gets to them, and a checkpoint. */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../schema.js';

// A table this much larger than when it was last vacuumed or analysed (or never analysed, however
// small: a case table of one page) is misjudged by the planner: a nested loop of index probes
// where a hash join takes milliseconds.
const GROWTH = 1.2;

/**
 * VACUUM (ANALYZE) the tables of the current schema that have grown by a fifth or more since they
 * were last vacuumed or analysed, as autovacuum would a minute later: fresh statistics for the planner, and the visibility map that
 * lets index-only scans skip the table (and the search index's pending list merged). Sizes come
 * from the files, so rows written by other connections count at once; tables that did not grow
 * cost nothing, and vacuum skips the pages already marked all-visible. Runs outside any
 * transaction (VACUUM cannot run inside one).
 */
export async function refreshStatistics(db: Kysely<Database>): Promise<void> {
  const grown = await sql<{ name: string }>`select c.relname as name from pg_class c
    where c.relnamespace = current_schema()::regnamespace and c.relkind = 'r'
      and pg_relation_size(c.oid) > current_setting('block_size')::bigint * c.relpages * ${GROWTH}::float8`.execute(db);
  if (grown.rows.length === 0) return;
  await sql.raw(`vacuum (analyze) ${grown.rows.map((r) => `"${r.name.replace(/"/g, '""')}"`).join(', ')}`).execute(db);
}

/**
 * Write the loaded pages out now. A load of thousands of transcripts fills the WAL past
 * `max_wal_size`, and the checkpoint that follows spreads its writes over minutes; every commit in
 * that time (each waits for its WAL to be flushed) waits behind those writes. CHECKPOINT needs a
 * superuser or the pg_checkpoint role: without it the server's own checkpoint does the work later.
 */
export async function checkpoint(db: Kysely<Database>): Promise<void> {
  try {
    await sql`checkpoint`.execute(db);
  } catch (err) {
    if ((err as { code?: string }).code !== '42501') throw err;
  }
}
