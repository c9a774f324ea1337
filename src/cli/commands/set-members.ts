/**
 * How the command line names a set's members: `--codes`, `--documents` and `--memos`, each a list
 * separated by semicolons of code paths, document names and memo titles (or ids), found as the
 * other commands find them (same errors).
 */
import type { SetMemberRef, SetMemberType } from '../../core/commands/sets.js';
import { codeByPath, documentByName, memoByRef } from '../../core/resolve.js';
import { readTx } from '../../store/tx.js';
import type { Store } from '../../store/store.js';
import { usage } from '../errors.js';

export interface MemberOptions { codes?: string; documents?: string; memos?: string }

export const MEMBER_OPTIONS = [
  ['--codes <paths>', 'codes by path, separated by ";" (e.g. "Triggers/Humour; Relief")'],
  ['--documents <names>', 'documents by name, separated by ";"'],
  ['--memos <titles>', 'memos by title or id, separated by ";"'],
] as const;

const list = (raw: string | undefined): string[] => (raw ?? '').split(';').map((s) => s.trim()).filter(Boolean);

/** The members the options name, in the order given; none when no option was given. */
export async function memberRefs(store: Store, projectId: string, o: MemberOptions): Promise<SetMemberRef[]> {
  const tx = readTx(store);
  const refs: SetMemberRef[] = [];
  const add = (type: SetMemberType, id: string) => refs.push({ type, id });
  for (const path of list(o.codes)) add('code', (await codeByPath(tx, projectId, path)).id);
  for (const name of list(o.documents)) add('document', (await documentByName(tx, projectId, name)).id);
  for (const title of list(o.memos)) add('memo', (await memoByRef(tx, projectId, title)).id);
  return refs;
}

/** Like memberRefs, for commands that need at least one member. */
export async function someMembers(store: Store, projectId: string, o: MemberOptions): Promise<SetMemberRef[]> {
  const refs = await memberRefs(store, projectId, o);
  if (refs.length === 0) throw usage('Name at least one member with --codes, --documents or --memos (several separated by ";").');
  return refs;
}

/** "2 codes and 1 document" from the members a command added or removed. */
export function describeMembers(members: readonly { targetType: SetMemberType }[]): string {
  const parts = (['code', 'document', 'memo'] as const).flatMap((type) => {
    const n = members.filter((m) => m.targetType === type).length;
    return n ? [`${n} ${type}${n === 1 ? '' : 's'}`] : [];
  });
  return parts.length === 0 ? 'nothing' : parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)!}`;
}
