/**
 * Everything that differs between SQLite and PostgreSQL, behind one small interface, so the rest
 * of the store never asks which database it runs on.
 */
import type { Kysely, RawBuilder } from 'kysely';
import type { Range } from '../../core/search-match.js';
import type { SearchNode } from '../../core/search-query.js';
import type { Database } from '../schema.js';

export interface DialectAdapter {
  readonly name: 'sqlite' | 'postgres';
  readonly db: Kysely<Database>;
  /** Column types that have different names. */
  readonly types: { blob: 'blob' | 'bytea'; serial: 'integer' | 'serial' };
  /** Schema holding the tables (PostgreSQL), for the migration bookkeeping. */
  readonly schema?: string;
  /** Run `fn` in one write transaction; it commits only if `fn` resolves. */
  transaction<T>(fn: (trx: Kysely<Database>) => Promise<T>): Promise<T>;
  /** Make a table refuse updates and deletes. */
  protectAppendOnly(db: Kysely<unknown>, table: string): Promise<void>;
  /** Full-text search over the documents' passages. */
  readonly search: SearchCapability;
  /** Statements creating the triggers that keep `code_case_count` (migration 006). */
  readonly countTriggers: readonly string[];
  /** Statements creating `code_case_total`, stored as suits the database, and its triggers (migration 007). */
  readonly totalSchema: readonly string[];
  /**
   * Insert rows (camelCase keys) into a table inside the transaction in progress, when the driver
   * has a faster way than one compiled statement per batch; absent, the store uses Kysely.
   */
  insertRows?(table: string, rows: readonly object[]): void;
  /**
   * Settle the database after a bulk load (a folder of transcripts, a generated study): the query
   * planner's statistics brought up to date, so the next queries are planned for the tables' real
   * sizes, and the loaded pages written out, so the next commits do not wait behind that flush;
   * absent where the store needs no such help.
   */
  settleAfterBulkLoad?(): Promise<void>;
  /**
   * Move the database's periodic housekeeping off the request path, for a process that keeps the
   * store open (the server); absent where the database does it on its own.
   */
  startMaintenance?(): void;
  /**
   * Copy the whole database, consistent as of one moment, to a new file while others keep working
   * (SQLite's online backup); absent where the database has its own tools (PostgreSQL: pg_dump).
   */
  /**
   * Call `onEvent` soon after any process commits an event (PostgreSQL's LISTEN/NOTIFY); resolves to
   * a function that stops listening. Absent where only polling the log can tell.
   */
  listenForEvents?(onEvent: () => void, onLost: (err: unknown) => void): Promise<() => Promise<void>>;
  backupTo?(file: string, progress?: (done: number, total: number) => void): Promise<void>;
  isForeignKeyViolation(err: unknown): boolean;
  isUniqueViolation(err: unknown): boolean;
  close(): Promise<void>;
}

/**
 * A passage (a paragraph; in transcripts, a speaker's turn or part of it) the index found. Within
 * a document, ids increase with the passage's position, so ordering by id orders by place.
 */
export interface PassageRow { id: number; documentId: string; projectId: string; start: number; end: number }

/**
 * Full-text search: an accent-insensitive index of every document's passages, kept by triggers on
 * `document` so every write path (import, undo, redo) keeps it right without code in commands.
 */
export interface SearchCapability {
  /** Create the index and its triggers, and index the documents already stored. */
  install(db: Kysely<unknown>): Promise<void>;
  /** Replace an index made by an earlier version with the current one (migration 009). */
  upgrade?(db: Kysely<unknown>): Promise<void>;
  /**
   * A subquery of the passages matching `query`, with columns `id`, `document_id`, `project_id`,
   * `start` and `end` (UTF-16 offsets into the document's text); the query travels as a bound
   * parameter. Select `start` and `end` only where needed: they may cost more than the rest.
   */
  matching(query: SearchNode): RawBuilder<PassageRow>;
  /** The offsets of some passages, by id. */
  offsets(db: Kysely<Database>, ids: readonly number[]): Promise<Map<number, Range>>;
}
