import { useEffect, useId, useState, type FormEvent } from 'react';
import type { Session } from '../../shared/domain/session';
import { useFormAction } from '../ui/useFormAction';
import { useApi } from '../platform/ApiContext';
import { AuthScreen } from './AuthScreen';
import { NewUserNameInput } from '../common/NewUserNameInput';

const MIN_PASSWORD = 8;

/** First run: nobody exists yet, so the first person creates the admin account. */
export function SetupScreen({ onSignedIn }: { onSignedIn: (session: Session) => void }) {
  const api = useApi();
  const ids = { displayName: useId(), name: useId(), nameHelp: useId(), password: useId(), passwordHelp: useId(), repeat: useId() };
  const [displayName, setDisplayName] = useState('');
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const { busy, error, setError, run } = useFormAction();

  useEffect(() => {
    document.title = 'Set up Galley';
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (password !== repeat) {
      setError('The two passwords are not the same. Type the password again in both boxes.');
      return;
    }
    await run(async () => {
      const grant = await api.call('auth.setup', { name, displayName, password });
      onSignedIn(grant.session);
    });
  };

  return (
    <AuthScreen
      title="Set up Galley"
      intro="Create the first admin account. As admin you add writers, editors and desk chiefs, and give them their roles."
    >
      <form className="auth-form" onSubmit={(event) => void submit(event)}>
        <div className="field">
          <label className="field__label" htmlFor={ids.displayName}>
            Your name
          </label>
          <input
            id={ids.displayName}
            className="input"
            autoComplete="name"
            required
            maxLength={100}
            autoFocus
            value={displayName}
            onChange={(event) => setDisplayName(event.target.value)}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={ids.name}>
            User name
          </label>
          <NewUserNameInput
            id={ids.name}
            autoComplete="username"
            aria-describedby={ids.nameHelp}
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
          <p id={ids.nameHelp} className="field__help">
            What you sign in with: letters, digits, dots, hyphens or underscores.
          </p>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={ids.password}>
            Password
          </label>
          <input
            id={ids.password}
            className="input"
            type="password"
            autoComplete="new-password"
            required
            minLength={MIN_PASSWORD}
            maxLength={1024}
            aria-describedby={ids.passwordHelp}
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
          <p id={ids.passwordHelp} className="field__help">
            At least {MIN_PASSWORD} characters; a few words together make a strong one.
          </p>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={ids.repeat}>
            Repeat the password
          </label>
          <input
            id={ids.repeat}
            className="input"
            type="password"
            autoComplete="new-password"
            required
            maxLength={1024}
            value={repeat}
            onChange={(event) => setRepeat(event.target.value)}
          />
        </div>
        {error !== null ? (
          <p className="field-error" role="alert">
            {error}
          </p>
        ) : null}
        <button type="submit" className="button button--primary button--block" disabled={busy}>
          {busy ? 'Creating the account…' : 'Create admin account'}
        </button>
      </form>
    </AuthScreen>
  );
}
