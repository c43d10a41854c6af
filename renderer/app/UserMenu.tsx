import { ROLE_LABELS, useAuth } from '../common/AuthContext';
import { useFormAction } from '../ui/useFormAction';

/** Who is signed in, and the way out: signing out locks the window. */
export function UserMenu() {
  const { session, signOut } = useAuth();
  const { busy, run } = useFormAction('toast');
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
        onClick={() => void run(signOut, { failed: "Couldn't sign out" })}
      >
        Sign out
      </button>
    </div>
  );
}
