/**
 * Who is logged in, for the shell: checked once with /api/me, set by a login, and dropped by a
 * logout or by any request that answers 401 (an expired or ended session).
 */
import { useCallback, useEffect, useState } from 'react';
import { api, ApiError, onUnauthorized, type Me } from './api.js';

export type Auth =
  | { state: 'checking' }
  | { state: 'failed'; message: string }
  | { state: 'out' }
  | { state: 'in'; me: Me };

export interface AuthControls {
  auth: Auth;
  loggedIn(me: Me): void;
  loggedOut(): void;
  /** Asks the server again (after it could not be reached). */
  check(): void;
}

export function useAuth(): AuthControls {
  const [auth, setAuth] = useState<Auth>({ state: 'checking' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    api.me().then(
      (me) => live && setAuth({ state: 'in', me }),
      (err: unknown) => {
        if (!live) return;
        if (err instanceof ApiError && err.status === 401) setAuth({ state: 'out' });
        else setAuth({ state: 'failed', message: err instanceof Error ? err.message : String(err) });
      },
    );
    return () => {
      live = false;
    };
  }, [attempt]);
  useEffect(() => onUnauthorized(() => setAuth({ state: 'out' })), []);
  return {
    auth,
    loggedIn: useCallback((me: Me) => setAuth({ state: 'in', me }), []),
    loggedOut: useCallback(() => setAuth({ state: 'out' }), []),
    check: useCallback(() => {
      setAuth({ state: 'checking' });
      setAttempt((a) => a + 1);
    }, []),
  };
}
