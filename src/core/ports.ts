/**
 * What a command may do to the store: plain record reads and writes inside one transaction.
 * The store implements it over SQL; tests may implement it in memory.
 */
import type { DocumentText, Kind, Records } from './records.js';

/** Equality filter; `null` matches NULL, an array matches any of its values. */
export type Where<K extends Kind> = { [F in keyof Records[K]]?: Records[K][F] | null | readonly Records[K][F][] };

export interface EventRecord {
  seq: number; id: string; projectId: string | null; actorId: string; at: string;
  command: string; payload: string; inverse: string | null; undoes: number | null;
}

/** The kinds whose rows count their edits (migrations 016 and 020). */
export type Versioned = 'code' | 'memo' | 'relation' | 'model';

export interface Tx {
  get<K extends Kind>(kind: K, id: string): Promise<Records[K] | undefined>;
  find<K extends Kind>(kind: K, where: Where<K>, options?: { limit?: number }): Promise<Records[K][]>;
  count<K extends Kind>(kind: K, where: Where<K>): Promise<number>;
  insert<K extends Kind>(kind: K, rows: readonly Records[K][]): Promise<void>;
  update<K extends Kind>(kind: K, id: string, changes: Partial<Records[K]>): Promise<void>;
  /**
   * Update a versioned row (code, memo) only if it is still at `version`; false when another
   * transaction changed it since it was read, which a plain update would silently overwrite.
   */
  updateVersioned<K extends Versioned>(kind: K, id: string, version: number, changes: Partial<Records[K]>): Promise<boolean>;
  remove<K extends Kind>(kind: K, ids: readonly string[]): Promise<void>;
  /** Highest `field` among rows matching `where`, or null when none match. */
  max<K extends Kind>(kind: K, field: keyof Records[K] & string, where: Where<K>): Promise<number | null>;
  /** A project's document by its exact name, without the original file (a command never needs its bytes). */
  documentNamed(projectId: string, name: string): Promise<DocumentText | undefined>;
  /** The acting user's latest command in a project that is not an undo and was not undone yet. */
  lastUndoable(projectId: string, actorId: string): Promise<EventRecord | undefined>;
  /** The acting user's latest events in a project, newest first, each saying whether a later event reverted it. */
  recentEvents(projectId: string, actorId: string, limit: number): Promise<(EventRecord & { reverted: boolean })[]>;
}
