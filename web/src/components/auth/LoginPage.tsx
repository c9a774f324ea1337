/** The login form, shown instead of any view while nobody is logged in. */
import { useId, useRef, useState, type FormEvent } from 'react';
import { ApiError, login, type Me } from '../../api.js';
import './auth.css';

export function LoginPage({ onLoggedIn }: { onLoggedIn: (me: Me) => void }) {
  const id = useId();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const nameInput = useRef<HTMLInputElement>(null);
  const passwordInput = useRef<HTMLInputElement>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim() || !password) {
      setError('Type your name or e-mail and your password, then choose Log in.');
      (name.trim() ? passwordInput : nameInput).current?.focus();
      return;
    }
    setBusy(true);
    try {
      onLoggedIn(await login(name.trim(), password));
    } catch (err) {
      // The name stays so a mistyped password is quick to retry; the password is never kept.
      setError(err instanceof ApiError ? err.message : String(err));
      setPassword('');
      setBusy(false);
      passwordInput.current?.focus();
    }
  };

  const describedBy = error ? `${id}-error` : undefined;
  return (
    <section className="login" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>Log in to Sparks</h1>
      <form className="auth-form" aria-labelledby={`${id}-title`} onSubmit={(e) => void submit(e)} noValidate>
        <label htmlFor={`${id}-name`}>Name or e-mail</label>
        <input id={`${id}-name`} ref={nameInput} name="username" autoComplete="username" autoCapitalize="none" spellCheck={false}
          value={name} onChange={(e) => { setName(e.target.value); setError(null); }} maxLength={320} autoFocus
          aria-invalid={error ? true : undefined} aria-describedby={describedBy} />
        <label htmlFor={`${id}-password`}>Password</label>
        <input id={`${id}-password`} ref={passwordInput} name="password" type="password" autoComplete="current-password"
          value={password} onChange={(e) => { setPassword(e.target.value); setError(null); }} maxLength={1000}
          aria-invalid={error ? true : undefined} aria-describedby={describedBy} />
        {error && <p id={`${id}-error`} className="status error" role="alert">{error}</p>}
        <p><button type="submit" className="primary" disabled={busy}>Log in</button></p>
      </form>
      <p className="meta">
        Working alone on this computer? Open the address <code>sparks start</code> printed; it logs you in without a password.
      </p>
    </section>
  );
}
