/** The memo editor's conflict panel: the memo as someone else saved it, beside the text still in the editor. */
import { useProject } from '../../project.js';
import { ConflictPanel } from '../conflict/ConflictPanel.js';
import type { MemoType } from './memo-text.js';

/** The memo as stored now, from the server's refusal. */
export interface TheirMemo { title: string; body: string; type: MemoType; version: number; updatedAt: string }

export function MemoConflict({ theirs, yours, onResolve }: {
  theirs: TheirMemo;
  yours: { title: string; body: string };
  onResolve(keepMine: boolean): void;
}) {
  const { recent } = useProject();
  // The live feed's event written at the same instant names who saved it.
  const savedBy = recent?.findLast((e) => e.command === 'memo.edit' && e.at === theirs.updatedAt)?.actor;
  return (
    <ConflictPanel
      heading="Someone else saved this memo meanwhile"
      fields={[
        { label: 'title', theirs: theirs.title, yours: yours.title },
        { label: 'text', theirs: theirs.body, yours: yours.body, rows: 8 },
      ]}
      savedAt={theirs.updatedAt} savedBy={savedBy}
      onKeepMine={() => onResolve(true)} onTakeTheirs={() => onResolve(false)}
      copyText={`${yours.title}\n\n${yours.body}`}
    />
  );
}
