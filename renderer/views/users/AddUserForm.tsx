import { useId, useState, type FormEvent } from 'react';
import { ROLES, type Role } from '../../../shared/domain/session';
import { ROLE_LABELS } from '../../auth/AuthContext';
import { useFormAction } from '../../ui/useFormAction';
import { useApi } from '../../platform/ApiContext';
import { NewUserNameInput } from '../../auth/NewUserNameInput';

/** The admin adds a person with a role and a first password (which the person can be told in person). */
export function AddUserForm({ onAdded }: { onAdded: (name: string) => void }) {
  const api = useApi();
  const ids = { displayName: useId(), name: useId(), role: useId(), password: useId() };
  const [displayName, setDisplayName] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('writer');
  const [password, setPassword] = useState('');
  const { busy, error, run } = useFormAction();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await run(async () => {
      const user = await api.call('users.create', { name, displayName, role, password });
      setDisplayName('');
      setName('');
      setPassword('');
      onAdded(user.displayName);
    });
  };

  return (
    <form className="users-form" aria-label="Add a user" onSubmit={(event) => void submit(event)}>
      <div className="field">
        <label className="field__label" htmlFor={ids.displayName}>
          Name
        </label>
        <input id={ids.displayName} className="input" required maxLength={100} value={displayName} onChange={(e) => setDisplayName(e.target.value)} />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={ids.name}>
          User name
        </label>
        <NewUserNameInput id={ids.name} autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={ids.role}>
          Role
        </label>
        <select id={ids.role} className="input" value={role} onChange={(e) => setRole(e.target.value as Role)}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={ids.password}>
          First password
        </label>
        <input
          id={ids.password}
          className="input"
          type="password"
          autoComplete="new-password"
          required
          minLength={8}
          maxLength={1024}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </div>
      <button type="submit" className="button button--primary" disabled={busy}>
        {busy ? 'Adding…' : 'Add user'}
      </button>
      {error !== null ? (
        <p className="field-error users-form__error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
