/** The header's account corner: who is logged in, changing the password, and logging out. */
import { useEffect, useRef, useState } from 'react';
import { ApiError, logout, type Me } from '../../api.js';
import { PasswordDialog } from './PasswordDialog.js';
import './auth.css';

const SHOW_MS = 8000;

export function AccountMenu({ me, onPasswordChanged, onLoggedOut }: {
  me: Me; onPasswordChanged: () => void; onLoggedOut: () => void;
}) {
  const [open, setOpen] = useState(false);
  const [notice, setNotice] = useState<{ kind: 'info' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (notice?.kind !== 'info') return;
    const timer = setTimeout(() => setNotice(null), SHOW_MS);
    return () => clearTimeout(timer);
  }, [notice]);

  const close = () => {
    setOpen(false);
    opener.current?.focus();
  };

  const out = async () => {
    setBusy(true);
    try {
      await logout();
      onLoggedOut();
    } catch (err) {
      // Still logged in (the server could not be reached): say so rather than pretend.
      setNotice({ kind: 'error', text: err instanceof ApiError ? err.message : String(err) });
      setBusy(false);
    }
  };

  return (
    <div className="account" role="group" aria-label="Account">
      <p className={notice?.kind === 'error' ? 'account-notice error' : 'account-notice'}
        role={notice?.kind === 'error' ? 'alert' : 'status'} aria-live="polite">{notice?.text ?? ''}</p>
      <span className="account-name" title={me.email ?? undefined}>{me.name}</span>
      <button type="button" ref={opener} onClick={() => { setNotice(null); setOpen(true); }} aria-haspopup="dialog">Change password</button>
      <button type="button" onClick={() => void out()} disabled={busy}>Log out</button>
      {open && (
        <PasswordDialog hasPassword={me.hasPassword} onCancel={close} onChanged={() => {
          close();
          onPasswordChanged();
          setNotice({ kind: 'info', text: 'Your password was changed; other sessions were logged out.' });
        }} />
      )}
    </div>
  );
}
