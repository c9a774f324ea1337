/** The code system's "Sets" section: each set that holds codes (or memos) with its description and members. */
import type { SetView } from '../../../../src/contract/sets.js';
import { SetCard } from './SetCard.js';
import './sets.css';

/** Sets holding documents only belong to the Documents view; memo-only and empty sets are shown here. */
const shownHere = (s: SetView) => s.members.some((m) => m.type === 'code') || !s.members.some((m) => m.type === 'document');

export interface CodeSetsProps {
  projectId: string;
  sets: readonly SetView[];
  selectedId: string | null;
  /** Selects a code and reveals it in the tree (opening its categories, clearing a filter that hides it). */
  onShow: (codeId: string) => void;
}

export function CodeSets({ projectId, sets, selectedId, onShow }: CodeSetsProps) {
  const shown = sets.filter(shownHere);
  // Below the tree, and nothing at all without sets: the view looks and sits as before for most projects.
  if (shown.length === 0) return null;
  const hasDocumentSets = sets.some((s) => s.members.some((m) => m.type === 'document'));
  const reveal = (codeId: string) => {
    onShow(codeId);
    // The tree scrolls on its own; bring the chosen row into sight once it is drawn.
    requestAnimationFrame(() => document.querySelector('[role="tree"] [aria-selected="true"]')?.scrollIntoView?.({ block: 'nearest' }));
  };
  return (
    <section className="sets" aria-labelledby="code-sets-title">
      <h2 id="code-sets-title">Sets</h2>
      <p className="meta">
        Sets come with projects and codebooks imported from other programs. Choose a code to select it in the tree.
        {hasDocumentSets && ' Sets of documents are listed under Documents.'}
      </p>
      <ul className="set-list">
        {shown.map((s) => (
          <li key={s.id}>
            <SetCard projectId={projectId} set={s} kinds={['code', 'memo']} currentId={selectedId}
              onChoose={(m) => m.type === 'code' && reveal(m.id)} />
          </li>
        ))}
      </ul>
    </section>
  );
}
