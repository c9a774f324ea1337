/** "New set": a name typed in place, then Enter; the set starts empty. */
import { useId, useState, type FormEvent } from 'react';
import { useProject } from '../../project.js';

export function NewSetForm({ onCreate }: { onCreate: (name: string) => Promise<boolean> }) {
  const { notify } = useProject();
  const id = useId();
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (!name.trim()) {
      notify('error', 'Type a name for the new set, then press Enter.');
      return;
    }
    setBusy(true);
    const created = await onCreate(name);
    setBusy(false);
    if (created) setName('');
  };
  return (
    <form className="new-set" onSubmit={(e) => void submit(e)}>
      <label htmlFor={id}>New set</label>
      <input id={id} type="text" value={name} placeholder="Name, then Enter" onChange={(e) => setName(e.target.value)} />
      <button type="submit" aria-disabled={busy}>Create set</button>
    </form>
  );
}
