/** A labelled choice and an Add button: the keyboard way to put something in a set. */
import { useId, useState, type FormEvent } from 'react';
import { useProject } from '../../project.js';

export interface PickOption { value: string; label: string }

export function PickToAdd({ label, placeholder, options, onAdd }: {
  label: string; placeholder: string; options: readonly PickOption[]; onAdd: (value: string) => Promise<boolean>;
}) {
  const id = useId();
  const { notify } = useProject();
  const [value, setValue] = useState('');
  if (options.length === 0) return null;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!options.some((o) => o.value === value)) {
      notify('error', `${placeholder} first, then choose Add.`);
      return;
    }
    if (await onAdd(value)) setValue('');
  };
  return (
    <form className="inline-form set-add" onSubmit={(e) => void submit(e)}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => setValue(e.target.value)}>
        <option value="">{placeholder}</option>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
      <button type="submit">Add</button>
    </form>
  );
}
