/**
 * The code system's "Sets" section: each set that holds codes, and each empty set, with its description
 * and members, and for coders a way to make a set, rename, describe or delete one and take codes out.
 * A code goes into any set, one without codes too, from its details ("Add to set…").
 */
import type { SetView } from '../../../../src/contract/sets.js';
import { useProject } from '../../project.js';
import { NewSetForm } from './NewSetForm.js';
import { SetCard } from './SetCard.js';
import { listedUnder } from './set-kinds.js';
import { useSetActions } from './use-set-actions.js';
import './sets.css';

export interface CodeSetsProps {
  projectId: string;
  sets: readonly SetView[];
  selectedId: string | null;
  /** Selects a code and reveals it in the tree (opening its categories, clearing a filter that hides it). */
  onShow: (codeId: string) => void;
}

export function CodeSets({ projectId, sets, selectedId, onShow }: CodeSetsProps) {
  const { canCode } = useProject();
  const actions = useSetActions();
  const shown = sets.filter((s) => listedUnder(s, 'code'));
  // Below the tree, and nothing at all for a reader when no set is listed here.
  if (shown.length === 0 && !canCode) return null;
  // The rest hold only documents or memos, and are changed in those views.
  const listedElsewhere = shown.length < sets.length;
  const reveal = (codeId: string) => {
    onShow(codeId);
    // The tree scrolls on its own; bring the chosen row into sight once it is drawn.
    requestAnimationFrame(() => document.querySelector('[role="tree"] [aria-selected="true"]')?.scrollIntoView?.({ block: 'nearest' }));
  };
  return (
    <section className="sets" aria-labelledby="code-sets-title">
      <h2 id="code-sets-title">Sets</h2>
      <p className="meta">
        Sets group codes, documents and memos, for example by theme or by phase of the analysis. Choose a code to select it in the tree.
        {canCode && ' Put the selected code in a set with “Add to set…” in its details.'}
        {listedElsewhere && ' Sets without codes are listed under Documents and Memos.'}
      </p>
      {canCode && <NewSetForm onCreate={actions.create} />}
      {shown.length > 0 && (
        <ul className="set-list">
          {shown.map((s) => (
            <li key={s.id}>
              <SetCard projectId={projectId} set={s} kinds={['code', 'memo']} currentId={selectedId}
                onChoose={(m) => m.type === 'code' && reveal(m.id)} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
