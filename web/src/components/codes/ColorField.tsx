/** A code's colour: a colour picker that saves when the picker closes, and a "No colour" button. */
import { useEffect, useId, useRef, useState } from 'react';
import { DEFAULT_COLOR } from '../../lib/color.js';

/** `onChange` resolves to whether the colour was saved; a refused one puts the stored colour back in the picker. */
export function ColorField({ color, onChange }: { color: string | null; onChange: (color: string | null) => Promise<boolean> }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState(color ?? DEFAULT_COLOR);
  const changeRef = useRef({ color, onChange });
  changeRef.current = { color, onChange };
  useEffect(() => setValue(color ?? DEFAULT_COLOR), [color]);

  // React's onChange fires on every move of the picker; the native change event fires once, when it closes.
  useEffect(() => {
    const el = input.current;
    if (!el) return;
    const commit = () => {
      const { color: now, onChange: send } = changeRef.current;
      if (el.value.toUpperCase() === now?.toUpperCase()) return;
      void send(el.value.toUpperCase()).then((ok) => ok || setValue(changeRef.current.color ?? DEFAULT_COLOR));
    };
    el.addEventListener('change', commit);
    return () => el.removeEventListener('change', commit);
  }, []);

  return (
    <div className="field color-field">
      <label htmlFor={id}>Colour</label>
      <input id={id} ref={input} type="color" value={value} onChange={(e) => setValue(e.target.value)} />
      <span className="meta">{color ?? 'No colour (shown in grey)'}</span>
      {color !== null && <button type="button" onClick={() => void onChange(null)}>No colour</button>}
    </div>
  );
}
