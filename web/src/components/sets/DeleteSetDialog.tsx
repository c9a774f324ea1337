/** "Delete the set …?", saying plainly that its codes, documents and memos stay in the project. */
import type { SetView } from '../../../../src/contract/sets.js';
import { quoted } from '../../lib/code-tree.js';
import { ConfirmDialog } from '../codes/ConfirmDialog.js';

export function DeleteSetDialog({ set, onDelete, onCancel }: { set: SetView; onDelete: () => void; onCancel: () => void }) {
  const n = set.members.length;
  return (
    <ConfirmDialog title={`Delete the set ${quoted(set.name)}?`} onCancel={onCancel}
      choices={[{ label: 'Delete set', tone: 'danger', onChoose: onDelete }]}>
      <p>
        {n === 0 ? 'The set is empty.' : `Its ${n} ${n === 1 ? 'member stays' : 'members stay'} in the project: only the grouping goes.`}
        {' '}Ctrl+Z brings the set back.
      </p>
    </ConfirmDialog>
  );
}
