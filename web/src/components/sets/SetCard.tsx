/**
 * One set: its name, its description, and its members of the kinds a view shows, each a link.
 * Coders also rename it in place, edit its description, take members out and delete it.
 */
import { useId, useState, type MouseEvent, type ReactNode } from 'react';
import type { SetMember, SetMemberType, SetView } from '../../../../src/contract/sets.js';
import { useProject } from '../../project.js';
import { RenameInput } from '../codes/RenameInput.js';
import { DeleteSetDialog } from './DeleteSetDialog.js';
import { SetDescriptionForm } from './SetDescriptionForm.js';
import { SetMembers } from './SetMembers.js';
import { useSetActions } from './use-set-actions.js';

export interface SetCardProps {
  projectId: string;
  set: SetView;
  kinds: readonly SetMemberType[];
  /** The member shown now (a selected code), marked for screen readers too. */
  currentId?: string | null;
  /** Told of a click on a member's link, before the address changes. */
  onChoose?: (member: SetMember, e: MouseEvent<HTMLAnchorElement>) => void;
  /** Shown to coders below the members, e.g. a way to add a document. */
  children?: ReactNode;
}

export function SetCard({ projectId, set, kinds, currentId = null, onChoose, children }: SetCardProps) {
  const id = useId();
  const { canCode } = useProject();
  const actions = useSetActions();
  const [editing, setEditing] = useState<'name' | 'description' | 'delete' | null>(null);
  const rename = (name: string | null) => {
    setEditing(null);
    if (name !== null && name.trim()) void actions.rename(set, name);
  };
  const describe = (description: string | null) => {
    setEditing(null);
    if (description !== null) void actions.describe(set, description);
  };
  return (
    <article className="set" aria-labelledby={`${id}-name`} data-set={set.name}>
      {editing === 'name'
        ? <RenameInput name={set.name} onDone={rename} />
        : <h3 id={`${id}-name`}>{set.name}</h3>}
      {editing === 'description'
        ? <SetDescriptionForm setName={set.name} description={set.description} onDone={describe} />
        : set.description && <p className="set-description">{set.description}</p>}
      {set.members.length === 0 && <p className="status">This set is empty.</p>}
      {kinds.map((kind) => (
        <SetMembers key={kind} projectId={projectId} set={set} kind={kind} labelId={id} currentId={currentId} onChoose={onChoose}
          onTake={canCode ? (m) => void actions.take(set, m) : undefined} />
      ))}
      {canCode && children}
      {canCode && editing !== 'name' && editing !== 'description' && (
        <p className="set-actions">
          <button type="button" aria-label={`Rename ${set.name}`} onClick={() => setEditing('name')}>Rename</button>
          <button type="button" aria-label={`Edit the description of ${set.name}`} onClick={() => setEditing('description')}>Description</button>
          <button type="button" className="danger" aria-label={`Delete ${set.name}`} onClick={() => setEditing('delete')}>Delete…</button>
        </p>
      )}
      {editing === 'delete' && (
        <DeleteSetDialog set={set} onCancel={() => setEditing(null)} onDelete={() => { setEditing(null); void actions.remove(set); }} />
      )}
    </article>
  );
}
