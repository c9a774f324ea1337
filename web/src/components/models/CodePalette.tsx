/**
 * The project's codes beside the canvas: type to filter, Enter or a click puts the highlighted
 * code on the model at a free spot, or drag a code onto the canvas where it should go.
 */
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { CodeListing } from '../../api.js';
import { rankCodes } from '../../lib/picker-filter.js';

/** The drag payload of a code dragged from the list: its id. */
export const CODE_DRAG_TYPE = 'application/x-sparks-code';

export function CodePalette({ codes, placed, onAdd }: {
  codes: readonly CodeListing[]; placed: ReadonlySet<string>; onAdd(code: CodeListing): void;
}) {
  const id = useId();
  const [filter, setFilter] = useState('');
  const [active, setActive] = useState(0);
  const matches = useMemo(() => rankCodes(codes, filter, []), [codes, filter]);
  const addable = matches.filter((c) => !placed.has(c.id));
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
    <div className="code-palette">
      <label htmlFor={`${id}-filter`}>Add a code</label>
      <input id={`${id}-filter`} type="search" value={filter} placeholder="Part of a name, then Enter" autoComplete="off"
        aria-describedby={`${id}-hint`} aria-controls={`${id}-list`}
        aria-activedescendant={current ? `${id}-${current.id}` : undefined}
        onChange={(e) => {
          setFilter(e.target.value);
          setActive(0);
        }} onKeyDown={onKey} />
      <p id={`${id}-hint`} className="hint">Or drag a code onto the canvas.</p>
      {matches.length === 0
        ? <p className="hint">{codes.length === 0 ? 'The project has no codes yet.' : 'No code matches.'}</p>
        : (
          <ul id={`${id}-list`} className="palette-list" aria-label="Codes">
            {matches.map((c) => {
              const on = placed.has(c.id);
              return (
                <li key={c.id} id={`${id}-${c.id}`} className={c === current && filter ? 'active' : undefined} draggable={!on}
                  style={{ paddingInlineStart: `${c.depth * 0.9 + 0.25}rem` }}
                  onDragStart={(e) => {
                    e.dataTransfer.setData(CODE_DRAG_TYPE, c.id);
                    e.dataTransfer.effectAllowed = 'copy';
                  }}>
                  <button type="button" disabled={on} title={on ? `${c.path} is on the model` : `Add ${c.path} to the model`}
                    aria-label={on ? `${c.name} (on the model)` : `Add ${c.name}`} onClick={() => onAdd(c)}>
                    <span className="palette-swatch" style={c.color ? { background: c.color } : undefined} aria-hidden="true" />
                    <span className="palette-name">{c.name}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        )}
    </div>
  );
}
