/** One set: its name, its description, and its members of the kinds a view shows, each a link. */
import { useId, type MouseEvent } from 'react';
import type { SetMember, SetMemberType, SetView } from '../../../../src/contract/sets.js';
import { hrefOf } from '../../lib/route.js';

const KINDS: Record<SetMemberType, [one: string, many: string]> = {
  code: ['code', 'codes'], document: ['document', 'documents'], memo: ['memo', 'memos'],
};

export interface SetCardProps {
  projectId: string;
  set: SetView;
  kinds: readonly SetMemberType[];
  /** The member shown now (a selected code), marked for screen readers too. */
  currentId?: string | null;
  /** Told of a click on a member's link, before the address changes. */
  onChoose?: (member: SetMember, e: MouseEvent<HTMLAnchorElement>) => void;
}

export function SetCard({ projectId, set, kinds, currentId = null, onChoose }: SetCardProps) {
  const id = useId();
  const href = (m: SetMember) => hrefOf(
    m.type === 'code' ? { view: 'codes', projectId, codeId: m.id }
      : m.type === 'document' ? { view: 'document', projectId, documentId: m.id }
        : { view: 'memos', projectId, memoId: m.id },
  );
  return (
    <article className="set" aria-labelledby={`${id}-name`}>
      <h3 id={`${id}-name`}>{set.name}</h3>
      {set.description && <p className="set-description">{set.description}</p>}
      {set.members.length === 0 && <p className="status">This set is empty.</p>}
      {kinds.map((kind) => {
        const members = set.members.filter((m) => m.type === kind);
        if (members.length === 0) return null;
        return (
          <div key={kind}>
            <p className="set-kind" id={`${id}-${kind}`}>{members.length} {KINDS[kind][members.length === 1 ? 0 : 1]}</p>
            <ul className="set-members" aria-labelledby={`${id}-name ${id}-${kind}`}>
              {members.map((m) => (
                <li key={m.id}>
                  <a href={href(m)} aria-current={m.id === currentId ? 'true' : undefined} onClick={(e) => onChoose?.(m, e)}>{m.name}</a>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </article>
  );
}
