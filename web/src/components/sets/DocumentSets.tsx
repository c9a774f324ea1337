/** The Documents view's "Document sets" section: each set that holds documents, every document a link to it. */
import type { SetView } from '../../../../src/contract/sets.js';
import { SetCard } from './SetCard.js';
import { useSets } from './use-sets.js';
import './sets.css';

export function DocumentSets({ projectId }: { projectId: string }) {
  const sets = useSets(projectId).filter((s) => s.members.some((m) => m.type === 'document'));
  // Below the list, and nothing at all without sets: the view looks and sits as before for most projects.
  if (sets.length === 0) return null;
  return (
    <section className="sets" aria-labelledby="document-sets-title">
      <h2 id="document-sets-title">Document sets</h2>
      <p className="meta">Sets come with projects imported from other programs; they group documents, for example by participant or by kind of file.</p>
      <ul className="set-list">
        {sets.map((s) => <li key={s.id}><SetCard projectId={projectId} set={s} kinds={['document', 'memo']} /></li>)}
      </ul>
    </section>
  );
}
