/** A set's description as a text box in place: Save keeps it, Cancel or Escape leaves it as it was. */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';

export function SetDescriptionForm({ setName, description, onDone }: {
  setName: string; description: string; onDone: (description: string | null) => void;
}) {
  const id = useId();
  const [value, setValue] = useState(description);
  const box = useRef<HTMLTextAreaElement>(null);
  useEffect(() => box.current?.focus(), []);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onDone(value.trim() === description.trim() ? null : value);
  };
  return (
    <form className="set-description-form" onSubmit={submit}
      onKeyDown={(e) => { if (e.key === 'Escape') { e.preventDefault(); onDone(null); } }}>
      <label htmlFor={id}>Description of {setName}</label>
      <textarea id={id} ref={box} rows={3} value={value} placeholder="What the set groups, and why" onChange={(e) => setValue(e.target.value)} />
      <p className="set-actions">
        <button type="submit" className="primary">Save</button>
        <button type="button" onClick={() => onDone(null)}>Cancel</button>
      </p>
    </form>
  );
}
