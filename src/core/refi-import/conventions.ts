/**
 * How Sparks' own REFI-QDA exports carry what the standard has no place for, so that a round trip
 * keeps it: each document's kind as a source variable, each memo's type as its note's description.
 * Both read plainly in other programs.
 */
import { MEMO_TYPES, type MemoType } from '../types.js';

/** The variable that keeps each document's kind (interview, session, other). */
export const KIND_VARIABLE = 'Sparks document kind';

/** A memo's type rides along as its note's description ("reflexive memo"), which other programs show as is. */
export const memoDescription = (type: MemoType): string => `${type} memo`;
export function memoTypeOf(description: string | undefined): MemoType {
  const t = /^([a-z-]+) memo$/.exec(description?.trim() ?? '')?.[1];
  return (MEMO_TYPES as readonly string[]).includes(t ?? '') ? t as MemoType : 'free';
}

