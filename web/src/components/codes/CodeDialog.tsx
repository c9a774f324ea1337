/** The questions the code system asks before a change: delete a code, or nest/merge a dropped one. */
import type { CodeListing } from '../../api.js';
import { quoted } from '../../lib/code-tree.js';
import { ConfirmDialog, type DialogChoice } from './ConfirmDialog.js';
import { plural } from './words.js';

export type PendingDialog =
  | { kind: 'delete'; code: CodeListing; below: number }
  /** `nest` undefined: only merging was asked for; null: nesting is possible; a string: why it is not. */
  | { kind: 'combine'; from: CodeListing; into: CodeListing; below: number; nest?: string | null };

export function CodeDialog({ dialog, onCancel, onDelete, onNest, onMerge }: {
  dialog: PendingDialog;
  onCancel: () => void;
  onDelete: (code: CodeListing) => void;
  onNest: (from: CodeListing, into: CodeListing) => void;
  onMerge: (from: CodeListing, into: CodeListing) => void;
}) {
  const close = (then: () => void) => () => {
    onCancel();
    then();
  };
  if (dialog.kind === 'delete') {
    const { code, below } = dialog;
    return (
      <ConfirmDialog title={`Delete ${quoted(code.name)}?`} onCancel={onCancel}
        choices={[{ label: 'Delete', tone: 'danger', onChoose: close(() => onDelete(code)) }]}>
        <p>
          {plural(code.codingsWithChildren, 'coding')} will be removed
          {below > 0 && <>, together with {plural(below, 'sub-code')} below it</>}.
        </p>
        <p className="meta">You can undo this with Ctrl+Z or the Undo button.</p>
      </ConfirmDialog>
    );
  }
  const { from, into, below, nest } = dialog;
  const choices: DialogChoice[] = [];
  if (nest === null) choices.push({ label: `Nest under ${quoted(into.name)}`, tone: 'primary', onChoose: close(() => onNest(from, into)) });
  choices.push({ label: `Merge into ${quoted(into.name)}`, onChoose: close(() => onMerge(from, into)) });
  return (
    <ConfirmDialog title={nest === undefined ? `Merge ${quoted(from.name)} into ${quoted(into.name)}?` : `Nest or merge ${quoted(from.name)}?`}
      onCancel={onCancel} choices={choices}>
      {nest === null && <p>Nesting makes {quoted(from.name)} a sub-code of {quoted(into.name)}, keeping its codings.</p>}
      {typeof nest === 'string' && <p>{nest}</p>}
      <p>
        Merging moves its {plural(from.codings, 'coding')} to {quoted(into.name)}
        {below > 0 && ` and its ${plural(below, 'sub-code')} under it`}, then removes {quoted(from.name)}.
        You can undo it with Ctrl+Z.
      </p>
    </ConfirmDialog>
  );
}
