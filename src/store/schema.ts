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

/** Codings counted by code, case, document kind and coder; kept by triggers (migration 006). */
export interface CodeCaseCountTable {
  projectId: string;
  codeId: string;
  caseId: string;
  kind: string;
  coderId: string;
  n: number;
}

/** Each document's codings, across coders; kept by triggers (migration 012), absent when none. */
export interface DocumentTotalTable {
  documentId: string;
  codings: number;
}

/** Who has an object open for editing, as of their editor's last heartbeat (migration 017). */
export interface PresenceTable { projectId: string; objectId: string; userId: string; seenAt: string }

/** A login session, by the SHA-256 of the id its cookie holds (migration 018). */
export interface SessionTable { idHash: string; userId: string; createdAt: string; lastSeen: string }

export type Database = Records & {
  event: EventTable; code_case_count: CodeCaseCountTable; document_total: DocumentTotalTable; presence: PresenceTable; session: SessionTable;
};
