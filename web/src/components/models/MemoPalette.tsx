/** The project's memos beside the canvas, to put on the model by search, click or drag, as codes are. */
import type { MemoListing } from '../../api.js';
import { fold } from '../../lib/picker-filter.js';
import { PickList } from './PickList.js';

/** The drag payload of a memo dragged from the list: its id. */
export const MEMO_DRAG_TYPE = 'application/x-sparks-memo';

/** Memos whose title (or, failing that, text) holds every typed word, titles first; all of them when nothing is typed. */
export function matchMemos(memos: readonly MemoListing[], filter: string): MemoListing[] {
  const words = fold(filter).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...memos];
  const has = (text: string) => words.every((w) => fold(text).includes(w));
  const byTitle = memos.filter((m) => has(m.title));
  return [...byTitle, ...memos.filter((m) => !byTitle.includes(m) && has(m.body))];
}

const WORDS = {
  label: 'Add a memo', placeholder: 'Words of its title, then Enter', hint: 'Or drag a memo onto the canvas.',
  empty: 'The project has no memos yet; write them in the Memos tab.', noMatch: 'No memo matches.', listLabel: 'Memos', className: 'code-palette memo-palette',
};

export function MemoPalette({ memos, placed, onAdd }: {
  memos: readonly MemoListing[] | null; placed: ReadonlySet<string>; onAdd(memo: MemoListing): void;
}) {
  if (!memos) return <p className="status" role="status">Loading…</p>;
  return (
    <PickList all={memos} match={(filter) => matchMemos(memos, filter)} placed={placed} onAdd={onAdd} dragType={MEMO_DRAG_TYPE} words={WORDS}
      render={(m, on) => {
        const title = m.title || 'Untitled memo';
        return {
          title: on ? `${title} is on the model` : `Add the memo ${title} to the model`,
          label: on ? `Memo ${title} (on the model)` : `Add the memo ${title}`,
          content: <>
            <span className="palette-swatch palette-memo" aria-hidden="true" />
            <span className="palette-name">{title}</span>
          </>,
        };
      }} />
  );
}
