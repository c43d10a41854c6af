import { useState } from 'react';
import { ROLE_LABELS, useAuth } from '../auth/AuthContext';
import { useToasts } from '../ui/toasts';
import { errorMessage } from '../platform/api';

/** Who is signed in, and the way out: signing out locks the window. */
export function UserMenu() {
  const { session, signOut } = useAuth();
  const toasts = useToasts();
  const [busy, setBusy] = useState(false);
  return (
    <div className="user-menu">
      <p className="user-menu__who">
        <span className="user-menu__name">{session.displayName}</span>
        <span className="user-menu__role">{ROLE_LABELS[session.role]}</span>
      </p>
      <button
        type="button"
        className="button button--small"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          signOut().catch((error: unknown) => {
            setBusy(false);
            toasts.showError(`Couldn't sign out: ${errorMessage(error)}`);
          });
        }}
      >
        Sign out
      </button>
    </div>
  );
}
