/**
 * Everything that differs between SQLite and PostgreSQL, behind one small interface, so the rest
 * of the store never asks which database it runs on.
 */
import type { Kysely } from 'kysely';
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
  isForeignKeyViolation(err: unknown): boolean;
  isUniqueViolation(err: unknown): boolean;
  close(): Promise<void>;
}
