/** The clicked relation: its sentence, and (for those who may change it) its type, memo, direction and deletion. */
import { useState } from 'react';
import type { RelationTypeView, RelationView } from './models-api.js';
import { explain, groupTypes } from './relation-words.js';

export interface RelationPanelProps {
  relation: RelationView;
  types: readonly RelationTypeView[];
  editable: boolean;
  onType(type: RelationTypeView): void;
  onMemo(memo: string): void;
  onReverse(): void;
  onDelete(): void;
  onClose(): void;
}

export function RelationPanel({ relation: r, types, editable, onType, onMemo, onReverse, onDelete, onClose }: RelationPanelProps) {
  // Keyed by version: a change from elsewhere replaces the draft with what is stored now.
  const [memo, setMemo] = useState({ version: r.version, text: r.memo });
  const draft = memo.version === r.version ? memo.text : r.memo;
  const evidence = r.evidence.length;
  return (
    <aside className="relation-panel" aria-label="Relation">
      <h2>Relation</h2>
      <p className="relation-sentence">“{r.source.label}” <strong>{r.type}</strong> “{r.target.label}”</p>
      {evidence > 0 && <p className="hint">{evidence} {evidence === 1 ? 'segment' : 'segments'} cited as evidence.</p>}
      {editable ? (
        <>
          <label className="relation-field">
            Type
            <select value={r.typeId} onChange={(e) => {
              const t = types.find((x) => x.id === e.target.value);
              if (t) onType(t);
            }}>
              {groupTypes(types).map((g) => (
                <optgroup key={g.title} label={g.title}>
                  {g.types.map((t) => <option key={t.id} value={t.id} title={explain(t)}>{t.name}</option>)}
                </optgroup>
              ))}
            </select>
          </label>
          <label className="relation-field">
            Memo
            <textarea rows={3} value={draft} onChange={(e) => setMemo({ version: r.version, text: e.target.value })} />
          </label>
          <p className="relation-actions">
            <button type="button" disabled={draft.trim() === r.memo} onClick={() => onMemo(draft)}>Save memo</button>
            {!r.symmetric && <button type="button" onClick={onReverse}>Reverse direction</button>}
            <button type="button" className="danger" onClick={onDelete}>Delete relation</button>
            <button type="button" onClick={onClose}>Close</button>
          </p>
        </>
      ) : (
        <>
          {r.memo && <p className="relation-memo">{r.memo}</p>}
          <p className="relation-actions"><button type="button" onClick={onClose}>Close</button></p>
        </>
      )}
    </aside>
  );
}
