/** Conditions on the participants' case attributes (years of experience ≥ 10, orientation = humanista …). */
import type { AttributeCondition, AttributeOperator } from '../../../../src/contract/segments.js';
import type { CaseListing } from '../../api.js';

const OPERATORS: readonly { op: AttributeOperator; sign: string; words: string }[] = [
  { op: '=', sign: '=', words: 'is' }, { op: '!=', sign: '≠', words: 'is not' },
  { op: '<', sign: '<', words: 'is less than' }, { op: '<=', sign: '≤', words: 'is at most' },
  { op: '>', sign: '>', words: 'is more than' }, { op: '>=', sign: '≥', words: 'is at least' },
];

export function AttributeConditions({ cases, conditions, onChange }: {
  cases: readonly CaseListing[]; conditions: readonly AttributeCondition[]; onChange(next: AttributeCondition[]): void;
}) {
  const values = new Map<string, Set<string>>();
  for (const c of cases) for (const [k, v] of Object.entries(c.attributes)) values.set(k, (values.get(k) ?? new Set()).add(String(v)));
  const keys = [...values.keys()].sort((a, b) => a.localeCompare(b));
  const set = (i: number, change: Partial<AttributeCondition>) => onChange(conditions.map((c, j) => (j === i ? { ...c, ...change } : c)));
  return (
    <fieldset className="conditions">
      <legend>Participants (case attributes; all conditions must hold)</legend>
      {keys.length === 0 && conditions.length === 0 ? <p className="status">No case has attributes yet.</p> : (
        <>
          {conditions.map((c, i) => (
            <div className="condition" role="group" aria-label={`Condition ${i + 1}`} key={i}>
              <select aria-label="Attribute" value={c.key} onChange={(e) => set(i, { key: e.target.value })}>
                {!keys.includes(c.key) && <option value={c.key}>{c.key}</option>}
                {keys.map((k) => <option key={k} value={k}>{k}</option>)}
              </select>
              <select aria-label="Comparison" value={c.op} onChange={(e) => set(i, { op: e.target.value as AttributeOperator })}>
                {OPERATORS.map((o) => <option key={o.op} value={o.op} aria-label={o.words}>{o.sign} ({o.words})</option>)}
              </select>
              <input aria-label="Value" value={c.value} list={`values-${i}`} onChange={(e) => set(i, { value: e.target.value })} />
              <datalist id={`values-${i}`}>
                {[...(values.get(c.key) ?? [])].sort().map((v) => <option key={v} value={v} />)}
              </datalist>
              <button type="button" onClick={() => onChange(conditions.filter((_, j) => j !== i))}>Remove</button>
            </div>
          ))}
          {keys.length > 0 && (
            <button type="button" onClick={() => onChange([...conditions, { key: keys[0]!, op: '=', value: '' }])}>Add a condition</button>
          )}
        </>
      )}
    </fieldset>
  );
}
