/**
 * The connection Kysely runs its queries on, with prepared statements kept by their SQL text.
 * Kysely prepares every query it runs; for the short queries of a command (a lookup by key, an
 * insert) preparing took longer than running, and a coding runs a dozen of them.
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

/** Statements kept; the least recently used is dropped beyond this (queries with long `in` lists each have their own text). */
const KEPT = 400;

export function keptStatements(raw: BetterSqlite3.Database, kept = KEPT): SqliteDatabase {
  const statements = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => raw.close(),
    prepare(sqlText: string) {
      const known = statements.get(sqlText);
      // A statement still handing out rows (a stream) cannot run again until it is done: use a new one meanwhile.
      if (known && !known.busy) {
        statements.delete(sqlText);
        statements.set(sqlText, known);
        return known;
      }
      const statement = raw.prepare(sqlText);
      if (!known) {
        statements.set(sqlText, statement);
        if (statements.size > kept) statements.delete(statements.keys().next().value!);
      }
      return statement;
    },
  };
}
