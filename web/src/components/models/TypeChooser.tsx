/**
 * The question after a relation is drawn: which type is it? The paradigm roles come first, each
 * explained in a few words, with the resulting sentence read out; a memo may say why.
 */
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { RelationTypeView } from './models-api.js';
import { explain, groupTypes } from './relation-words.js';

export interface TypeChooserProps {
  types: readonly RelationTypeView[];
  /** The two nodes' names, as the sentence reads them: `from` type `to`. */
  from: string;
  to: string;
  onChoose(type: RelationTypeView, memo: string): void;
  onCancel(): void;
}

export function TypeChooser({ types, from, to, onChoose, onCancel }: TypeChooserProps) {
  const id = useId();
  const [chosen, setChosen] = useState<string | null>(null);
  const [memo, setMemo] = useState('');
  const box = useRef<HTMLFormElement>(null);
  const type = types.find((t) => t.id === chosen);
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    box.current?.querySelector<HTMLInputElement>('input[type=radio]')?.focus();
    return () => before?.focus();
  }, []);

  const submit = (e?: FormEvent) => {
    e?.preventDefault();
    if (type) onChoose(type, memo.trim());
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    onCancel();
  };

  return (
    <div className="overlay" onClick={onCancel}>
      <form className="dialog type-chooser" role="dialog" aria-modal="true" aria-labelledby={`${id}-title`} ref={box}
        onSubmit={submit} onKeyDown={onKey} onClick={(e) => e.stopPropagation()}>
        <h2 id={`${id}-title`}>New relation</h2>
        <p className="type-chooser-sentence" aria-live="polite">
          “{from}” <strong>{type ? type.name : '…'}</strong> “{to}”
        </p>
        {groupTypes(types).map((group) => (
          <fieldset key={group.title} className="type-group">
            <legend>{group.title}</legend>
            <p className="hint">{group.about}</p>
            {group.types.map((t) => {
              const about = explain(t);
              return (
                <label key={t.id} className="type-option" onDoubleClick={() => onChoose(t, memo.trim())}>
                  <input type="radio" name="relation-type" value={t.id} checked={chosen === t.id} onChange={() => setChosen(t.id)} />
                  <span className="type-name">{t.name}</span>
                  {about && <span className="hint"> — {about}</span>}
                </label>
              );
            })}
          </fieldset>
        ))}
        <label className="type-memo">
          Memo (optional): why these two are related
          <textarea rows={2} value={memo} onChange={(e) => setMemo(e.target.value)} />
        </label>
        <p className="dialog-choices">
          <button type="submit" className="primary" disabled={!type}>Add relation</button>
          <button type="button" onClick={onCancel}>Cancel</button>
        </p>
      </form>
    </div>
  );
}
