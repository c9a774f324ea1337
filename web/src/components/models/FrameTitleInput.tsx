/** A frame's title being typed: Enter (or leaving the field) keeps it, Escape keeps the title as it was. */
import { useRef, useState, type KeyboardEvent } from 'react';

export function FrameTitleInput({ title, onDone }: { title: string; onDone(title: string | null): void }) {
  const [value, setValue] = useState(title);
  // Enter and Escape end the typing; the blur that follows must not end it twice.
  const ended = useRef(false);
  const end = (t: string | null) => {
    if (ended.current) return;
    ended.current = true;
    onDone(t);
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    // Keys typed here are the title's, not the canvas's (Delete, arrows).
    e.stopPropagation();
    if (e.key === 'Enter') end(value);
    else if (e.key === 'Escape') end(null);
    else return;
    e.preventDefault();
  };
  return (
    <input className="model-frame-input nodrag nopan" aria-label="Frame title" value={value} placeholder="Title of the frame" maxLength={200}
      autoFocus onFocus={(e) => e.currentTarget.select()} onChange={(e) => setValue(e.target.value)} onKeyDown={onKey} onBlur={() => end(value)} />
  );
}
