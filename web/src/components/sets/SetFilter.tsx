/** The code system's "Show only codes in set …" choice; nothing at all for a project without sets of codes. */
import type { SetView } from '../../../../src/contract/sets.js';
import { codeSets } from './set-filter.js';

export function SetFilter({ sets, value, onChange }: { sets: readonly SetView[]; value: string; onChange: (setId: string) => void }) {
  const choices = codeSets(sets);
  if (choices.length === 0) return null;
  const count = (s: SetView) => s.members.filter((m) => m.type === 'code').length;
  return (
    <div className="field">
      <label htmlFor="code-set-filter">Show only codes in set</label>
      <select id="code-set-filter" value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">(all codes)</option>
        {choices.map((s) => <option key={s.id} value={s.id}>{s.name} ({count(s)} {count(s) === 1 ? 'code' : 'codes'})</option>)}
      </select>
    </div>
  );
}
