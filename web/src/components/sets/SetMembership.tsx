/**
 * The sets one code, document or memo is in, beside it: each a chip that (for coders) has an × to take
 * it out, and "Add to set…" to put it in another.
 */
import type { ReactNode } from 'react';
import type { SetView } from '../../../../src/contract/sets.js';
import { useProject } from '../../project.js';
import { PickToAdd } from './PickToAdd.js';
import { useSetActions, type MemberRef } from './use-set-actions.js';
import './sets.css';

export function SetMembership({ sets, member, heading }: { sets: readonly SetView[]; member: MemberRef; heading?: ReactNode }) {
  const { canCode } = useProject();
  const actions = useSetActions();
  const isIn = (s: SetView) => s.members.some((m) => m.id === member.id);
  const holding = sets.filter(isIn);
  const others = sets.filter((s) => !isIn(s));
  if (holding.length === 0 && (!canCode || others.length === 0)) return null;
  return (
    <div className="set-membership">
      {heading}
      {holding.length > 0 && (
        <ul className="set-members set-chips" aria-label={`Sets ${member.name} is in`}>
          {holding.map((s) => (
            <li key={s.id}>
              <span>{s.name}</span>
              {canCode && (
                <button type="button" className="set-chip-remove" aria-label={`Take ${member.name} out of ${s.name}`}
                  title="Take it out of the set (it stays in the project)" onClick={() => void actions.take(s, member)}>×</button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canCode && (
        <PickToAdd label="Add to set…" placeholder="Choose a set" options={others.map((s) => ({ value: s.id, label: s.name }))}
          onAdd={(id) => actions.add(others.find((s) => s.id === id)!, member)} />
      )}
    </div>
  );
}
