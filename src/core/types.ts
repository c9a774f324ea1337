/** Domain types shared by every layer. Offsets are UTF-16 code units into canonical text. */

export const DOCUMENT_KINDS = ['interview', 'session', 'other'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const MEMO_TYPES = ['reflexive', 'theoretical', 'methodological', 'code-definition', 'free'] as const;
export type MemoType = (typeof MEMO_TYPES)[number];

export const ROLES = ['owner', 'coder', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** A speaker turn: [start, end) in the canonical text, optional media times in milliseconds. */
export interface TurnSpan {
  start: number;
  end: number;
  speaker: string;
  startMs?: number | null;
  endMs?: number | null;
}

/** How a segment is found again: position plus quote with context (prefix/suffix up to 32 chars). */
export interface Selector {
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
}
