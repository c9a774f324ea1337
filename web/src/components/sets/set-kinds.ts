/** How the app names each kind of set member, so counts read "1 memo", "3 memos" everywhere, and which sets a view of one kind lists. */
import type { SetMemberType, SetView } from '../../../../src/contract/sets.js';

export const KIND_NOUNS: Record<SetMemberType, [one: string, many: string]> = {
  code: ['code', 'codes'], document: ['document', 'documents'], memo: ['memo', 'memos'],
};

/** "1 memo", "3 memos". */
export const countOf = (n: number, kind: SetMemberType) => `${n} ${KIND_NOUNS[kind][n === 1 ? 0 : 1]}`;

/**
 * Whether the sets section of the view of `kind` (code system, Documents, Memos) lists a set: when it holds
 * that kind, or nothing yet, so a set just made stays in sight to be filled wherever it was made.
 */
export const listedUnder = (set: SetView, kind: SetMemberType) => set.members.length === 0 || set.members.some((m) => m.type === kind);
