/**
 * "Show only codes in set …" (code system) or "Show only memos in set …" (Memos view), offering the
 * sets that hold that kind; nothing at all for a project without such sets.
 */
import type { SetMemberType, SetView } from '../../../../src/contract/sets.js';
import { setsHolding } from './set-filter.js';
import { countOf, KIND_NOUNS } from './set-kinds.js';

export interface SetFilterProps {
  kind: SetMemberType;
  sets: readonly SetView[];
  /** The chosen set's id, '' for all. */
  value: string;
  onChange: (setId: string) => void;
}

export function SetFilter({ kind, sets, value, onChange }: SetFilterProps) {
  const choices = setsHolding(sets, kind);
  if (choices.length === 0) return null;
  const many = KIND_NOUNS[kind][1];
  const count = (s: SetView) => s.members.filter((m) => m.type === kind).length;
  return (
    <div className="field">
      <label htmlFor={`${kind}-set-filter`}>Show only {many} in set</label>
      <select id={`${kind}-set-filter`} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">(all {many})</option>
        {choices.map((s) => <option key={s.id} value={s.id}>{s.name} ({countOf(count(s), kind)})</option>)}
      </select>
    </div>
  );
}
