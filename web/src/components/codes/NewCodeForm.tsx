/** A one-line form that creates a code when Enter is pressed: a top-level category, or a sub-code. */
import { useId, useState, type FormEvent } from 'react';
import { useProject } from '../../project.js';

export function NewCodeForm({ label, placeholder, onCreate }: {
  label: string; placeholder: string; onCreate: (name: string) => Promise<boolean>;
}) {
  const { notify } = useProject();
  const id = useId();
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (!name.trim()) {
      notify('error', 'Type a name for the new code, then press Enter.');
      return;
    }
    setBusy(true);
    const created = await onCreate(name);
    setBusy(false);
    if (created) setName('');
  };
  return (
    <form className="new-code" onSubmit={(e) => void submit(e)}>
      <label htmlFor={id}>{label}</label>
      <input id={id} type="text" value={name} placeholder={placeholder} onChange={(e) => setName(e.target.value)} />
      <button type="submit" aria-disabled={busy}>Create</button>
    </form>
  );
}
