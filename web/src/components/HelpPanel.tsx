/** The keyboard shortcuts, as a modal dialog. */
import { useEffect, useRef } from 'react';
import { SHORTCUTS } from '../lib/shortcuts.js';

export function HelpPanel({ onClose }: { onClose: () => void }) {
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    close.current?.focus();
    return () => before?.focus();
  }, []);
  return (
    <div className="overlay" onClick={onClose}>
      <div className="dialog" role="dialog" aria-modal="true" aria-labelledby="help-title" onClick={(e) => e.stopPropagation()}>
        <h2 id="help-title">Keyboard shortcuts</h2>
        <table className="listing">
          <tbody>
            {SHORTCUTS.map((s) => (
              <tr key={s.keys}><th scope="row"><kbd>{s.keys}</kbd></th><td>{s.does}</td></tr>
            ))}
          </tbody>
        </table>
        <p className="meta">Every change is saved as you make it; there is no save button.</p>
        <button type="button" ref={close} onClick={onClose}>Close</button>
      </div>
    </div>
  );
}
