/** How the app names each kind of set member, so counts read "1 memo", "3 memos" everywhere. */
import type { SetMemberType } from '../../../../src/contract/sets.js';

export const KIND_NOUNS: Record<SetMemberType, [one: string, many: string]> = {
  code: ['code', 'codes'], document: ['document', 'documents'], memo: ['memo', 'memos'],
};

/** "1 memo", "3 memos". */
export const countOf = (n: number, kind: SetMemberType) => `${n} ${KIND_NOUNS[kind][n === 1 ? 0 : 1]}`;
