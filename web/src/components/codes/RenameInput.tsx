/** The name of a code as an input, in place in the tree: Enter or leaving the field renames, Escape cancels. */
import { useEffect, useRef, useState } from 'react';

export function RenameInput({ name, onDone }: { name: string; onDone: (name: string | null) => void }) {
  const [value, setValue] = useState(name);
  const input = useRef<HTMLInputElement>(null);
  const done = useRef(false);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);
  const finish = (result: string | null) => {
    if (done.current) return;
    done.current = true;
    onDone(result !== null && result.trim() !== name ? result : null);
  };
  return (
    <input ref={input} className="code-rename" type="text" value={value} aria-label={`New name for ${name}`}
      onChange={(e) => setValue(e.target.value)}
      onBlur={() => finish(value)}
      onClick={(e) => e.stopPropagation()}
      onKeyDown={(e) => {
        // The tree's own keys (arrows, Home, End, letters) must not act while typing a name.
        e.stopPropagation();
        if (e.key === 'Enter') {
          e.preventDefault();
          finish(value);
        } else if (e.key === 'Escape') {
          e.preventDefault();
          finish(null);
        }
      }} />
  );
}
