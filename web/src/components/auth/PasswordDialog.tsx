/** Changing one's password, as a modal dialog; Escape cancels, and the opener gets focus back. */
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { ApiError, changePassword } from '../../api.js';
import './auth.css';

const MIN = 10;

/** What is wrong with the new password before asking the server, in one sentence, or null. */
function problem(hasPassword: boolean, current: string, next: string, again: string): string | null {
  if (hasPassword && !current) return 'Type your current password first.';
  if ([...next].length < MIN) return `A new password needs at least ${MIN} characters (a short sentence is easy to remember).`;
  if (next !== again) return 'The two new passwords are not the same; type the new one twice.';
  return null;
}

export function PasswordDialog({ hasPassword, onChanged, onCancel }: {
  /** Without a password yet (logged in by the printed link), the server asks for no current one. */
  hasPassword: boolean; onChanged: () => void; onCancel: () => void;
}) {
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    box.current?.querySelector('input')?.focus();
  }, []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const wrong = problem(hasPassword, current, next, again);
    if (wrong) {
      setError(wrong);
      return;
    }
    setBusy(true);
    try {
      await changePassword(hasPassword ? current : '', next);
      onChanged();
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err));
      setBusy(false);
    }
  };

  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      onCancel();
    } else if (e.key === 'Tab') {
      // Keep focus inside the dialog while it is open.
      const items = [...(box.current?.querySelectorAll<HTMLElement>('input, button:not(:disabled)') ?? [])];
      const first = items[0];
      const last = items[items.length - 1];
      if (e.shiftKey && document.activeElement === first) last?.focus();
      else if (!e.shiftKey && document.activeElement === last) first?.focus();
      else return;
      e.preventDefault();
    }
  };

  const field = (key: string, label: string, value: string, set: (v: string) => void, autoComplete: string) => (
    <>
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input id={`${id}-${key}`} type="password" autoComplete={autoComplete} value={value} maxLength={1000}
        onChange={(e) => { set(e.target.value); setError(null); }} aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`} />
    </>
  );

  return (
    <div className="overlay">
      <div className="dialog auth-dialog" role="dialog" aria-modal="true" aria-labelledby={`${id}-title`} ref={box} onKeyDown={onKey}>
        <h2 id={`${id}-title`}>Change password</h2>
        <form className="auth-form" onSubmit={(e) => void submit(e)} noValidate>
          {hasPassword && field('current', 'Current password', current, setCurrent, 'current-password')}
          {field('next', 'New password', next, setNext, 'new-password')}
          {field('again', 'New password again', again, setAgain, 'new-password')}
          <p id={`${id}-hint`} className="meta">
            At least {MIN} characters; a short sentence is easy to remember. Your other sessions will be logged out.
          </p>
          {error && <p id={`${id}-error`} className="status error" role="alert">{error}</p>}
          <p className="dialog-choices">
            <button type="submit" className="primary" disabled={busy}>Save new password</button>{' '}
            <button type="button" onClick={onCancel}>Cancel</button>
          </p>
        </form>
      </div>
    </div>
  );
}
