/** Choosing the code and the unit for auto-coding every hit of a search, then confirming. */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { AutocodeUnit } from '../../../../src/contract/search.js';
import { api } from '../../api.js';
import { useProjectResource } from '../../project.js';

const UNITS: readonly { unit: AutocodeUnit; label: string }[] = [
  { unit: 'match', label: 'The matching words' },
  { unit: 'sentence', label: 'The sentence around each match' },
  { unit: 'turn', label: 'The whole speaker turn' },
];

export function AutocodeDialog({ projectId, q, total, busy, onConfirm, onClose }: {
  projectId: string; q: string; total: number; busy: boolean;
  onConfirm(code: string, unit: AutocodeUnit): void; onClose(): void;
}) {
  const codes = useProjectResource(() => api.codes(projectId), [projectId]);
  const [filter, setFilter] = useState('');
  const [code, setCode] = useState('');
  const [unit, setUnit] = useState<AutocodeUnit>('sentence');
  const titleId = useId();
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const paths = useMemo(() => {
    const all = codes.state === 'ready' ? codes.data.map((c) => c.path) : [];
    const f = filter.trim().toLowerCase();
    return f ? all.filter((p) => p.toLowerCase().includes(f)) : all;
  }, [codes, filter]);
  const chosen = code || (paths.length === 1 ? paths[0]! : '');

  return (
    <div className="overlay" onKeyDown={(e) => { if (e.key === 'Escape') { e.stopPropagation(); onClose(); } }}>
      <div className="dialog search-autocode" role="dialog" aria-modal="true" aria-labelledby={titleId}>
        <h2 id={titleId}>Auto-code all {total} passages matching “{q}”</h2>
        <form onSubmit={(e) => { e.preventDefault(); if (chosen) onConfirm(chosen, unit); }}>
          <label>Find a code <input ref={first} type="search" value={filter} onChange={(e) => { setFilter(e.target.value); setCode(''); }} /></label>
          <label>Code
            <select size={Math.min(8, Math.max(2, paths.length))} value={chosen} onChange={(e) => setCode(e.target.value)} required>
              {paths.map((p) => <option key={p} value={p}>{p}</option>)}
            </select>
          </label>
          {paths.length === 0 && <p className="status">No code matches “{filter}”; create it in the Code system first.</p>}
          <fieldset>
            <legend>What to code around each match</legend>
            {UNITS.map((u) => (
              <label key={u.unit} className="search-unit">
                <input type="radio" name="unit" value={u.unit} checked={unit === u.unit} onChange={() => setUnit(u.unit)} /> {u.label}
              </label>
            ))}
          </fieldset>
          <p className="meta">One change for all of them: Ctrl+Z undoes it.</p>
          <div className="search-actions">
            <button type="submit" disabled={!chosen || busy}>{busy ? 'Coding…' : chosen ? `Code with ${chosen}` : 'Choose a code'}</button>
            <button type="button" onClick={onClose}>Cancel</button>
          </div>
        </form>
      </div>
    </div>
  );
}
