/** Creating a model: a name and a layout, the paradigm layout explained in one line. */
import { useId, useState, type FormEvent } from 'react';
import type { ModelSummary } from './models-api.js';

export const PARADIGM_NOTE =
  'Paradigm: auto-layout puts codes in columns by their relations’ types — conditions, then the phenomenon, then strategies, then consequences.';

export function NewModelForm({ onCreate }: { onCreate(name: string, layout: ModelSummary['layout']): Promise<boolean> }) {
  const id = useId();
  const [name, setName] = useState('');
  const [layout, setLayout] = useState<ModelSummary['layout']>('free');
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim() || busy) return;
    setBusy(true);
    if (await onCreate(name, layout)) setName('');
    setBusy(false);
  };
  return (
    <form className="new-model" onSubmit={(e) => void submit(e)} aria-label="Create a model">
      <label htmlFor={`${id}-name`}>New model</label>
      <input id={`${id}-name`} value={name} placeholder="Name, e.g. Sparks of change" onChange={(e) => setName(e.target.value)} />
      <fieldset className="new-model-layout">
        <legend>Layout</legend>
        <label><input type="radio" name="layout" value="free" checked={layout === 'free'} onChange={() => setLayout('free')} /> Free</label>
        <label><input type="radio" name="layout" value="paradigm" checked={layout === 'paradigm'} onChange={() => setLayout('paradigm')} /> Paradigm</label>
      </fieldset>
      <button type="submit" className="primary" disabled={!name.trim() || busy}>Create model</button>
      <p className="hint new-model-note">
        Free: codes stay where you put them; auto-layout arranges them by their relations. {PARADIGM_NOTE}
      </p>
    </form>
  );
}
