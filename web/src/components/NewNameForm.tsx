/** A one-line form that creates something named when Enter is pressed; the name stays when creating fails, so nothing typed is lost. */
import { useId, useState, type FormEvent } from 'react';
import { useProject } from '../project.js';

export interface NewNameFormProps {
  label: string; placeholder: string;
  /** What is being made ("code", "set"), for the sentence asking for a name. */
  what: string;
  className: string;
  button?: string;
  onCreate: (name: string) => Promise<boolean>;
}

export function NewNameForm({ label, placeholder, what, className, button = 'Create', onCreate }: NewNameFormProps) {
  const { notify } = useProject();
  const id = useId();
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (!name.trim()) {
      notify('error', `Type a name for the new ${what}, then press Enter.`);
      return;
    }
    setBusy(true);
    const created = await onCreate(name);
    setBusy(false);
    if (created) setName('');
  };
  return (
    <form className={className} onSubmit={(e) => void submit(e)}>
      <label htmlFor={id}>{label}</label>
      <input id={id} type="text" value={name} placeholder={placeholder} onChange={(e) => setName(e.target.value)} />
      <button type="submit" aria-disabled={busy}>{button}</button>
    </form>
  );
}
