import { useEffect, useId, useState, type FormEvent } from 'react';
import type { Session } from '../../shared/domain/session';
import { OFFLINE_SIGN_IN_TRUST_DAYS } from '../../shared/domain/user';
import { useFormAction } from '../ui/useFormAction';
import { useApi } from '../platform/ApiContext';
import { AuthScreen } from './AuthScreen';

interface Props {
  /** Why the window is locked, when it was not the person's own doing (a session that ended). */
  notice: string | null;
  /** The newsroom hub that checks passwords, when this workstation is joined to one. */
  hub: { url: string; name: string } | null;
  onSignedIn: (session: Session) => void;
}

export function SignInScreen({ notice, hub, onSignedIn }: Props) {
  const api = useApi();
  const ids = { name: useId(), password: useId(), message: useId() };
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [noticeStands, setNoticeStands] = useState(true);
  const { busy, error, run } = useFormAction();
  // One message at a time, in one place: a try at signing in makes the notice old news, and
  // its outcome (an error, say) is what the screen says now.
  const message = error !== null ? { text: error, role: 'alert' } : notice !== null && noticeStands ? { text: notice, role: 'status' } : null;

  useEffect(() => {
    document.title = 'Sign in · Galley';
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setNoticeStands(false);
    await run(
      async () => {
        const grant = await api.call('auth.signIn', { name, password });
        onSignedIn(grant.session);
      },
      { onError: () => setPassword('') },
    );
  };

  return (
    <AuthScreen
      title="Sign in"
      intro={
        hub === null
          ? 'Sign in with the user name and password your admin gave you.'
          : `Sign in with your account on the newsroom hub (${hub.name}, ${hub.url}). If the hub cannot be reached, you can still sign in here when you have signed in through it on this computer in the last ${OFFLINE_SIGN_IN_TRUST_DAYS} days.`
      }
    >
      {message !== null ? (
        <p id={ids.message} className={`auth-card__message auth-card__message--${message.role}`} role={message.role}>
          {message.text}
        </p>
      ) : null}
      <form className="auth-form" onSubmit={(event) => void submit(event)} aria-describedby={error === null ? undefined : ids.message}>
        <div className="field">
          <label className="field__label" htmlFor={ids.name}>
            User name
          </label>
          <input
            id={ids.name}
            className="input"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
            maxLength={100}
            autoFocus
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={ids.password}>
            Password
          </label>
          <input
            id={ids.password}
            className="input"
            type="password"
            autoComplete="current-password"
            required
            maxLength={1024}
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </div>
        <button type="submit" className="button button--primary button--block" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </AuthScreen>
  );
}
