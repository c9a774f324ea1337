/** A searchable picker of the codes, documents or cases a memo can be linked to. */
import { useId, useState, type KeyboardEvent } from 'react';
import { api } from '../../api.js';
import { useProjectResource } from '../../project.js';
import { firstLine, fold } from './memo-text.js';

export type PickKind = 'code' | 'document' | 'case';
/** One object to pick: its id, how commands name it, and what the list shows. */
export interface PickOption { id: string; ref: string; label: string; detail: string }

const KINDS: readonly { kind: PickKind; label: string }[] = [
  { kind: 'code', label: 'Code' }, { kind: 'document', label: 'Document' }, { kind: 'case', label: 'Case' },
];
const SHOWN = 60;

async function optionsOf(projectId: string, kind: PickKind): Promise<PickOption[]> {
  if (kind === 'code') return (await api.codes(projectId)).map((c) => ({ id: c.id, ref: c.path, label: c.path, detail: firstLine(c.definition, 80) }));
  if (kind === 'document') return (await api.documents(projectId)).map((d) => ({ id: d.id, ref: d.name, label: d.name, detail: d.case ?? '' }));
  return (await api.cases(projectId)).map((c) => ({ id: c.id, ref: c.label, label: c.label, detail: `${c.documents} document(s)` }));
}

export interface LinkPickerProps {
  projectId: string;
  /** Objects already linked, as `type:id`: they are left out. */
  linked: ReadonlySet<string>;
  onPick(kind: PickKind, option: PickOption): void;
  onClose(): void;
}

export function LinkPicker({ projectId, linked, onPick, onClose }: LinkPickerProps) {
  const [kind, setKind] = useState<PickKind>('code');
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const id = useId();
  const options = useProjectResource(() => optionsOf(projectId, kind), [projectId, kind]);
  const all = options.state === 'ready' ? options.data.filter((o) => !linked.has(`${kind}:${o.id}`)) : [];
  const words = fold(query).split(/\s+/).filter(Boolean);
  const matches = all.filter((o) => words.every((w) => fold(o.label).includes(w))).slice(0, SHOWN);
  const current = Math.min(active, matches.length - 1);
  const noun = KINDS.find((k) => k.kind === kind)!.label.toLowerCase();

  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive(Math.max(0, Math.min(matches.length - 1, current + step)));
    } else if (e.key === 'Enter' && matches[current]) {
      e.preventDefault();
      onPick(kind, matches[current]);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
    }
  };

  return (
    <div className="link-picker" role="group" aria-label="Add a link">
      <div className="link-picker-bar">
        <label>
          Link to a{' '}
          <select value={kind} onChange={(e) => { setKind(e.target.value as PickKind); setActive(0); }}>
            {KINDS.map((k) => <option key={k.kind} value={k.kind}>{k.label.toLowerCase()}</option>)}
          </select>
        </label>
        <input
          type="search" role="combobox" autoFocus value={query} placeholder={`Search ${noun}s`}
          aria-label={`Search ${noun}s`} aria-expanded="true" aria-controls={`${id}-list`} aria-autocomplete="list"
          aria-activedescendant={matches[current] ? `${id}-${current}` : undefined}
          onChange={(e) => { setQuery(e.target.value); setActive(0); }} onKeyDown={onKey}
        />
        <button type="button" onClick={onClose}>Cancel</button>
      </div>
      {options.state === 'loading' && <p className="status" role="status">Loading…</p>}
      {options.state === 'error' && <p className="status error" role="alert">{options.message}</p>}
      <ul className="link-picker-list" role="listbox" id={`${id}-list`} aria-label={`${KINDS.find((k) => k.kind === kind)!.label}s`}>
        {matches.map((o, i) => (
          <li
            key={o.id} id={`${id}-${i}`} role="option" aria-selected={i === current}
            onMouseDown={(e) => e.preventDefault()} onClick={() => onPick(kind, o)}
          >
            <span>{o.label}</span>{o.detail && <span className="meta"> — {o.detail}</span>}
          </li>
        ))}
      </ul>
      {options.state === 'ready' && matches.length === 0 && (
        <p className="status">{all.length === 0 ? `There is no ${noun} left to link.` : `No ${noun} matches “${query}”.`}</p>
      )}
    </div>
  );
}
