/**
 * The project's memos beside the canvas, as the code list: type to filter, Enter or a click puts
 * the highlighted memo on the model at a free spot, or drag a memo onto the canvas.
 */
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { MemoListing } from '../../api.js';
import { fold } from '../../lib/picker-filter.js';

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

export function MemoPalette({ memos, placed, onAdd }: {
  memos: readonly MemoListing[] | null; placed: ReadonlySet<string>; onAdd(memo: MemoListing): void;
}) {
  const id = useId();
  const [filter, setFilter] = useState('');
  const [active, setActive] = useState(0);
  const matches = useMemo(() => matchMemos(memos ?? [], filter), [memos, filter]);
  const addable = matches.filter((m) => !placed.has(m.id));
  const current = addable[Math.min(active, addable.length - 1)];

  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      setActive((i) => Math.max(0, Math.min(addable.length - 1, i + (e.key === 'ArrowDown' ? 1 : -1))));
    } else if (e.key === 'Enter' && current) {
      onAdd(current);
      setFilter('');
      setActive(0);
    } else return;
    e.preventDefault();
  };

  if (!memos) return <p className="status" role="status">Loading…</p>;
  return (
    <div className="code-palette memo-palette">
      <label htmlFor={`${id}-filter`}>Add a memo</label>
      <input id={`${id}-filter`} type="search" value={filter} placeholder="Words of its title, then Enter" autoComplete="off"
        aria-describedby={`${id}-hint`} aria-controls={`${id}-list`}
        aria-activedescendant={current ? `${id}-${current.id}` : undefined}
        onChange={(e) => {
          setFilter(e.target.value);
          setActive(0);
        }} onKeyDown={onKey} />
      <p id={`${id}-hint`} className="hint">Or drag a memo onto the canvas.</p>
      {matches.length === 0
        ? <p className="hint">{memos.length === 0 ? 'The project has no memos yet; write them in the Memos tab.' : 'No memo matches.'}</p>
        : (
          <ul id={`${id}-list`} className="palette-list" aria-label="Memos">
            {matches.map((m) => {
              const on = placed.has(m.id);
              const title = m.title || 'Untitled memo';
              return (
                <li key={m.id} id={`${id}-${m.id}`} className={m === current && filter ? 'active' : undefined} draggable={!on}
                  onDragStart={(e) => {
                    e.dataTransfer.setData(MEMO_DRAG_TYPE, m.id);
                    e.dataTransfer.effectAllowed = 'copy';
                  }}>
                  <button type="button" disabled={on} title={on ? `${title} is on the model` : `Add the memo ${title} to the model`}
                    aria-label={on ? `Memo ${title} (on the model)` : `Add the memo ${title}`} onClick={() => onAdd(m)}>
                    <span className="palette-swatch palette-memo" aria-hidden="true" />
                    <span className="palette-name">{title}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        )}
    </div>
  );
}
