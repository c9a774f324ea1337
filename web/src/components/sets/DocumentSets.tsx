/**
 * The Documents view's "Document sets" section: each set that holds documents (and each empty
 * set), every document a link to it; coders make sets, add documents, take them out, rename,
 * describe and delete sets here.
 */
import type { SetView } from '../../../../src/contract/sets.js';
import { useProject } from '../../project.js';
import { NewSetForm } from './NewSetForm.js';
import { PickToAdd } from './PickToAdd.js';
import { SetCard } from './SetCard.js';
import { useSetActions } from './use-set-actions.js';
import { useSets } from './use-sets.js';
import './sets.css';

/** An empty set shows here too, so a set made here stays in sight to be filled. */
const shownHere = (s: SetView) => s.members.length === 0 || s.members.some((m) => m.type === 'document');

export function DocumentSets({ projectId, documents }: { projectId: string; documents: readonly { id: string; name: string }[] }) {
  const { canCode } = useProject();
  const actions = useSetActions();
  const sets = useSets(projectId).filter(shownHere);
  // Below the list, and nothing at all for a reader of a project without document sets.
  if (sets.length === 0 && !canCode) return null;
  const addTo = (s: SetView) => {
    const candidates = documents.filter((d) => !s.members.some((m) => m.id === d.id));
    return (
      <PickToAdd label={`Add a document to ${s.name}`} placeholder="Choose a document"
        options={candidates.map((d) => ({ value: d.id, label: d.name }))}
        onAdd={(id) => actions.add(s, { type: 'document', id, name: candidates.find((d) => d.id === id)!.name })} />
    );
  };
  return (
    <section className="sets" aria-labelledby="document-sets-title">
      <h2 id="document-sets-title">Document sets</h2>
      <p className="meta">Sets group documents, for example by participant, by phase of the study or by kind of file.</p>
      {canCode && <NewSetForm onCreate={actions.create} />}
      {sets.length > 0 && (
        <ul className="set-list">
          {sets.map((s) => <li key={s.id}><SetCard projectId={projectId} set={s} kinds={['document', 'memo']}>{addTo(s)}</SetCard></li>)}
        </ul>
      )}
    </section>
  );
}
