/** A set's members of one kind, each a link; for coders each has an × that takes it out of the set (never out of the project). */
import type { MouseEvent } from 'react';
import type { SetMember, SetMemberType, SetView } from '../../../../src/contract/sets.js';
import { hrefOf } from '../../lib/route.js';
import { countOf } from './set-kinds.js';

export interface SetMembersProps {
  projectId: string;
  set: SetView;
  kind: SetMemberType;
  /** The id prefix of the card, so each list is named by the set and its kind. */
  labelId: string;
  currentId: string | null;
  onChoose?: ((member: SetMember, e: MouseEvent<HTMLAnchorElement>) => void) | undefined;
  onTake?: ((member: SetMember) => void) | undefined;
}

export function SetMembers({ projectId, set, kind, labelId, currentId, onChoose, onTake }: SetMembersProps) {
  const members = set.members.filter((m) => m.type === kind);
  if (members.length === 0) return null;
  const href = (m: SetMember) => hrefOf(
    m.type === 'code' ? { view: 'codes', projectId, codeId: m.id }
      : m.type === 'document' ? { view: 'document', projectId, documentId: m.id }
        : { view: 'memos', projectId, memoId: m.id },
  );
  return (
    <div>
      <p className="set-kind" id={`${labelId}-${kind}`}>{countOf(members.length, kind)}</p>
      <ul className={onTake ? 'set-members set-chips' : 'set-members'} aria-labelledby={`${labelId}-name ${labelId}-${kind}`}>
        {members.map((m) => (
          <li key={m.id}>
            <a href={href(m)} aria-current={m.id === currentId ? 'true' : undefined} onClick={(e) => onChoose?.(m, e)}>{m.name}</a>
            {onTake && (
              <button type="button" className="set-chip-remove" aria-label={`Take ${m.name} out of ${set.name}`}
                title="Take it out of the set (it stays in the project)" onClick={() => onTake(m)}>×</button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
