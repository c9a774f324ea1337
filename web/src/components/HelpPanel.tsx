/** The keyboard shortcuts, as a modal dialog. */
import { useEffect, useRef } from 'react';
import { SHORTCUTS } from '../lib/shortcuts.js';

/** `canChange` false (a viewer): the shortcuts that would change the project are left out. */
export function HelpPanel({ onClose, canChange = true }: { onClose: () => void; canChange?: boolean }) {
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
            {SHORTCUTS.filter((s) => canChange || !s.changes).map((s) => (
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
