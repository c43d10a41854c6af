import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Session } from '../../shared/domain/session';
import { goHome } from '../common/route';
import { flushEverything } from '../common/saveRegistry';
import { errorMessage } from '../platform/api';
import { useApi } from '../platform/ApiContext';
import { AuthContext, type Auth } from '../common/AuthContext';
import { SetupScreen } from './SetupScreen';
import { SignInScreen } from './SignInScreen';

/** The newsroom hub people sign in through, when the workstation is joined to one. */
type Hub = { url: string; name: string };

type Phase =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | { kind: 'setup' }
  | { kind: 'signIn'; notice: string | null; hub: Hub | null }
  | { kind: 'signedIn'; session: Session };

/**
 * Nothing of Galley shows until someone signs in: on first run the setup screen, then the
 * sign-in screen. Signing out, or a session that ends, locks the window again: the whole
 * app below is unmounted, so no article stays on screen.
 */
export function AuthGate({ children }: { children: ReactNode }) {
  const api = useApi();
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    api
      .call('auth.status', {})
      .then((status) => {
        if (!current) return;
        if (status.session !== null) setPhase({ kind: 'signedIn', session: status.session });
        else if (!status.hasUsers) setPhase({ kind: 'setup' });
        // A notice the sign-in screen already shows (signed out, session ended) stays.
        else setPhase((previous) => ({ kind: 'signIn', notice: previous.kind === 'signIn' ? previous.notice : null, hub: status.hub ?? null }));
      })
      .catch((error: unknown) => {
        if (current) setPhase({ kind: 'failed', message: errorMessage(error) });
      });
    return () => {
      current = false;
    };
  }, [api, attempt]);

  useEffect(
    () =>
      api.onSessionLost(() => {
        setPhase((previous) =>
          previous.kind === 'signedIn' ? { kind: 'signIn', notice: 'Your session has ended. Sign in again to carry on.', hub: null } : previous,
        );
        setAttempt((n) => n + 1);
      }),
    [api],
  );

  const signOut = useCallback(async () => {
    // What was typed goes out under the session that typed it, before the session ends.
    await flushEverything();
    try {
      await api.call('auth.signOut', {});
    } finally {
      goHome();
      setPhase({ kind: 'signIn', notice: 'You have signed out.', hub: null });
      // Whether people sign in through a hub may have changed meanwhile (joined, left): ask again.
      setAttempt((n) => n + 1);
    }
  }, [api]);

  const onSignedIn = useCallback((session: Session) => setPhase({ kind: 'signedIn', session }), []);
  const auth = useMemo<Auth | null>(() => (phase.kind === 'signedIn' ? { session: phase.session, signOut } : null), [phase, signOut]);

  switch (phase.kind) {
    case 'loading':
      return (
        <main className="auth-screen" aria-busy="true">
          <p className="workspace__loading">Opening Galley…</p>
        </main>
      );
    case 'failed':
      return (
        <main className="auth-screen">
          <div className="empty-state" role="alert">
            <h1 className="empty-state__title">Galley can't be reached</h1>
            <p className="empty-state__text">{phase.message}</p>
            <button type="button" className="button button--primary" onClick={() => setAttempt((n) => n + 1)}>
              Try again
            </button>
          </div>
        </main>
      );
    case 'setup':
      return <SetupScreen onSignedIn={onSignedIn} />;
    case 'signIn':
      return <SignInScreen notice={phase.notice} hub={phase.hub} onSignedIn={onSignedIn} />;
    case 'signedIn':
      // Keyed by person: a different sign-in starts from a clean window.
      return (
        <AuthContext.Provider key={phase.session.userId} value={auth}>
          {children}
        </AuthContext.Provider>
      );
  }
}
