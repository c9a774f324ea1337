/**
 * A searchable list beside the canvas, for codes and for memos alike: type to filter, arrows and
 * Enter (or a click) put the highlighted item on the model at a free spot, or drag an item onto
 * the canvas where it should go. Items already on the model stay listed, greyed.
 */
import { useId, useState, type CSSProperties, type KeyboardEvent, type ReactNode } from 'react';

export interface PickListWords {
  label: string; placeholder: string; hint: string; empty: string; noMatch: string; listLabel: string; className: string;
}

export function PickList<T extends { id: string }>({ all, match, placed, onAdd, dragType, words, render }: {
  all: readonly T[]; match(filter: string): T[]; placed: ReadonlySet<string>; onAdd(item: T): void; dragType: string; words: PickListWords;
  /** An item's button: what it reads, what it says when placed or not, and any indent. */
  render(item: T, on: boolean): { content: ReactNode; title: string; label: string; style?: CSSProperties };
}) {
  const id = useId();
  const [filter, setFilter] = useState('');
  const [active, setActive] = useState(0);
  const matches = match(filter);
  const addable = matches.filter((x) => !placed.has(x.id));
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

  return (
    <div className={words.className}>
      <label htmlFor={`${id}-filter`}>{words.label}</label>
      <input id={`${id}-filter`} type="search" value={filter} placeholder={words.placeholder} autoComplete="off"
        aria-describedby={`${id}-hint`} aria-controls={`${id}-list`}
        aria-activedescendant={current ? `${id}-${current.id}` : undefined}
        onChange={(e) => {
          setFilter(e.target.value);
          setActive(0);
        }} onKeyDown={onKey} />
      <p id={`${id}-hint`} className="hint">{words.hint}</p>
      {matches.length === 0
        ? <p className="hint">{all.length === 0 ? words.empty : words.noMatch}</p>
        : (
          <ul id={`${id}-list`} className="palette-list" aria-label={words.listLabel}>
            {matches.map((item) => {
              const on = placed.has(item.id);
              const shown = render(item, on);
              return (
                <li key={item.id} id={`${id}-${item.id}`} className={item === current && filter ? 'active' : undefined} draggable={!on}
                  style={shown.style}
                  onDragStart={(e) => {
                    e.dataTransfer.setData(dragType, item.id);
                    e.dataTransfer.effectAllowed = 'copy';
                  }}>
                  <button type="button" disabled={on} title={shown.title} aria-label={shown.label} onClick={() => onAdd(item)}>
                    {shown.content}
                  </button>
                </li>
              );
            })}
          </ul>
        )}
    </div>
  );
}
