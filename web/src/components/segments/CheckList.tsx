/** A searchable multiple choice: a filter box over a list of checkboxes, usable by keyboard alone. */
import { useId, useState } from 'react';

export interface Choice { value: string; label: string; color?: string | null; depth?: number }

export function CheckList({ legend, choices, selected, onChange, empty }: {
  legend: string; choices: readonly Choice[]; selected: readonly string[]; onChange(values: string[]): void; empty: string;
}) {
  const [search, setSearch] = useState('');
  const id = useId();
  const needle = search.trim().toLocaleLowerCase();
  const shown = needle ? choices.filter((c) => c.label.toLocaleLowerCase().includes(needle)) : choices;
  const chosen = new Set(selected);
  const toggle = (value: string) => onChange(chosen.has(value) ? selected.filter((v) => v !== value) : [...selected, value]);
  return (
    <fieldset className="checklist">
      <legend>{legend}{selected.length > 0 && <span className="badge">{selected.length} chosen</span>}</legend>
      {choices.length === 0 ? <p className="status">{empty}</p> : (
        <>
          {choices.length > 6 && (
            <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} aria-label={`Search ${legend.toLowerCase()}`}
              placeholder="Type to narrow the list" aria-controls={id} />
          )}
          <ul id={id} className="checklist-options">
            {shown.map((c) => (
              <li key={c.value} style={c.depth ? { paddingInlineStart: `${c.depth * 1.1}rem` } : undefined}>
                <label>
                  <input type="checkbox" checked={chosen.has(c.value)} onChange={() => toggle(c.value)} />
                  {c.color !== undefined && <span className="swatch" style={{ background: c.color ?? undefined }} aria-hidden="true" />}
                  {c.label}
                </label>
              </li>
            ))}
            {shown.length === 0 && <li className="status">Nothing matches “{search}”.</li>}
          </ul>
          {selected.length > 0 && <button type="button" className="link-button" onClick={() => onChange([])}>Clear {legend.toLowerCase()}</button>}
        </>
      )}
    </fieldset>
  );
}
