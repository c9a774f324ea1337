/**
 * A view's sets of its own kind of object, below its list (documents in the Documents view, memos in
 * the Memos view): each set holding that kind, and each empty set, so a set made here stays in sight
 * to be filled. Every member is a link; coders make sets, add objects, take them out, rename,
 * describe and delete sets here. A reader of a project without such sets sees nothing.
 */
import type { MouseEvent } from 'react';
import type { SetMember, SetMemberType, SetView } from '../../../../src/contract/sets.js';
import { useProject } from '../../project.js';
import { NewSetForm } from './NewSetForm.js';
import { PickToAdd } from './PickToAdd.js';
import { SetCard } from './SetCard.js';
import { KIND_NOUNS, listedUnder } from './set-kinds.js';
import { useSetActions } from './use-set-actions.js';
import './sets.css';

/** An object a coder may put in a set: `name` for the notice, `label` (default: the name) for the choice. */
export interface SetCandidate { id: string; name: string; label?: string }

export interface KindSetsProps {
  projectId: string;
  kind: 'document' | 'memo';
  title: string;
  intro: string;
  sets: readonly SetView[];
  candidates: readonly SetCandidate[];
  /** The kinds of member each card lists, `kind` first. */
  listed: readonly SetMemberType[];
  /** The object open beside the list, marked in the cards. */
  currentId?: string | null;
  onChoose?: (member: SetMember, e: MouseEvent<HTMLAnchorElement>) => void;
}

export function KindSets({ projectId, kind, title, intro, sets, candidates, listed, currentId = null, onChoose }: KindSetsProps) {
  const { canCode } = useProject();
  const actions = useSetActions();
  const shown = sets.filter((s) => listedUnder(s, kind));
  if (shown.length === 0 && !canCode) return null;
  const noun = KIND_NOUNS[kind][0];
  const addTo = (s: SetView) => {
    const left = candidates.filter((c) => !s.members.some((m) => m.type === kind && m.id === c.id));
    return (
      <PickToAdd label={`Add a ${noun} to ${s.name}`} placeholder={`Choose a ${noun}`}
        options={left.map((c) => ({ value: c.id, label: c.label ?? c.name }))}
        onAdd={(id) => actions.add(s, { type: kind, id, name: left.find((c) => c.id === id)!.name })} />
    );
  };
  return (
    <section className="sets" aria-labelledby={`${kind}-sets-title`}>
      <h2 id={`${kind}-sets-title`}>{title}</h2>
      <p className="meta">{intro}</p>
      {canCode && <NewSetForm onCreate={actions.create} />}
      {shown.length > 0 && (
        <ul className="set-list">
          {shown.map((s) => (
            <li key={s.id}>
              <SetCard projectId={projectId} set={s} kinds={listed} currentId={currentId} onChoose={onChoose}>{addTo(s)}</SetCard>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
