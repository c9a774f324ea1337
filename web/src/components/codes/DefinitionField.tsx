/** A code's definition, saved by itself when the writer pauses or leaves the field (there is no save button). */
import { useEffect, useId, useRef, useState } from 'react';

/** How long a pause in typing must last before the definition is saved. */
export const DEFINITION_PAUSE_MS = 1500;

type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

const normal = (text: string) => text.normalize('NFC').trim();

/** Keyed by code id in the parent, so a new code starts from its own stored definition. */
export function DefinitionField({ definition, onSave }: { definition: string; onSave: (definition: string) => Promise<boolean> }) {
  const id = useId();
  const [draft, setDraft] = useState(definition);
  const [state, setState] = useState<SaveState>('idle');
  // What the server holds, and the latest draft, for the timer and the unmount flush.
  const stored = useRef(definition);
  const latest = useRef(definition);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saveRef = useRef(onSave);
  saveRef.current = onSave;

  const save = async () => {
    clearTimeout(timer.current);
    const text = latest.current;
    if (normal(text) === stored.current) return;
    setState('saving');
    const ok = await saveRef.current(text);
    if (ok) stored.current = normal(text);
    setState(ok ? 'saved' : 'failed');
  };

  // A change from elsewhere (another tab, the command line) shows at once, unless the writer has unsaved words.
  const [seen, setSeen] = useState(definition);
  if (seen !== definition) {
    setSeen(definition);
    // Our own save coming back (normalised) leaves the field alone, trailing space and all.
    if (normal(latest.current) === stored.current && normal(definition) !== stored.current) {
      setDraft(definition);
      latest.current = definition;
    }
    stored.current = definition;
  }

  // Leaving the code with unsaved words still saves them.
  useEffect(() => () => void save(), []); // eslint-disable-line react-hooks/exhaustive-deps

  return (
    <div className="field">
      <label htmlFor={id}>Definition</label>
      <textarea id={id} rows={5} value={draft} onBlur={() => void save()} onChange={(e) => {
        setDraft(e.target.value);
        latest.current = e.target.value;
        setState('idle');
        clearTimeout(timer.current);
        timer.current = setTimeout(() => void save(), DEFINITION_PAUSE_MS);
      }} />
      <span className="meta field-state" role="status">
        {state === 'saving' ? 'Saving…' : state === 'saved' ? 'Saved.' : state === 'failed' ? 'Not saved; see the message above.' : ''}
      </span>
    </div>
  );
}
