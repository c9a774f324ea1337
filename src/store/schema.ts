/** The database as Kysely sees it: one table per record kind plus the event log. */
import type { Generated } from 'kysely';
import type { Records } from '../core/records.js';

export interface EventTable {
  seq: Generated<number>;
  id: string;
  projectId: string | null;
  actorId: string;
  at: string;
  command: string;
  payload: string;
  inverse: string | null;
  undoes: number | null;
}

export type Database = Records & { event: EventTable };
