import { useId, useRef, useState, type FormEvent } from 'react';
import { ROLES, type Role } from '../../../shared/domain/session';
import { ROLE_LABELS } from '../../common/AuthContext';
import { errorMessage } from '../../platform/api';
import { useApi } from '../../platform/ApiContext';
import { NewUserNameInput } from '../../common/NewUserNameInput';
import { sameValue } from '../../ui/afterSent';

interface NewUser {
  name: string;
  displayName: string;
  role: Role;
  password: string;
}

/**
 * The admin adds a person with a role and a first password (which the person can be told in
 * person). The fields stay open while a user is being added: the next person can be typed
 * meanwhile and is added after it (one at a time, in order), and a person who could not be
 * added is named with the reason, their fields kept.
 */
export function AddUserForm({ onAdded }: { onAdded: (name: string) => void }) {
  const api = useApi();
  const ids = { displayName: useId(), name: useId(), role: useId(), password: useId() };
  const [displayName, setDisplayName] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('writer');
  const [password, setPassword] = useState('');
  // Additions go in order, one at a time; `inQueue` is what is waiting or on its way.
  const [pending, setPending] = useState(0);
  const [failures, setFailures] = useState<readonly string[]>([]);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const inQueue = useRef<NewUser[]>([]);
  // Counts keys typed in the form, so that a reply clears only a form untouched since its submit.
  const edits = useRef(0);
  const edit = (set: (value: string) => void) => (event: { target: { value: string } }) => {
    edits.current += 1;
    set(event.target.value);
  };

  const add = async (user: NewUser, editsAtSubmit: number) => {
    try {
      const added = await api.call('users.create', user);
      // Keys typed for the next person while this one was added stay.
      if (edits.current === editsAtSubmit) {
        setDisplayName('');
        setName('');
        setPassword('');
      }
      onAdded(added.displayName);
    } catch (failure) {
      setFailures((shown) => [...shown, `${user.displayName} was not added: ${errorMessage(failure)}`]);
    } finally {
      inQueue.current = inQueue.current.filter((each) => each !== user);
      setPending(inQueue.current.length);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const user: NewUser = { name, displayName, role, password };
    // Pressing Add twice for the same person adds them once.
    if (inQueue.current.some((each) => sameValue(each, user))) return;
    setFailures([]);
    inQueue.current = [...inQueue.current, user];
    setPending(inQueue.current.length);
    const editsAtSubmit = edits.current;
    queue.current = queue.current.then(() => add(user, editsAtSubmit));
  };
  const busy = pending > 0;

  return (
    <form className="users-form" aria-label="Add a user" onSubmit={submit}>
      <div className="field">
        <label className="field__label" htmlFor={ids.displayName}>
          Name
        </label>
        <input id={ids.displayName} className="input" required maxLength={100} value={displayName} onChange={edit(setDisplayName)} />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={ids.name}>
          User name
        </label>
        <NewUserNameInput id={ids.name} autoComplete="off" value={name} onChange={edit(setName)} />
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
          onChange={edit(setPassword)}
        />
      </div>
      {/* Never disabled: a disabled default button makes Enter in a field do nothing, silently. */}
      <button type="submit" className="button button--primary" aria-busy={busy}>
        {busy ? 'Adding…' : 'Add user'}
      </button>
      {failures.length > 0 ? (
        <p className="field-error users-form__error" role="alert">
          {failures.join(' ')}
        </p>
      ) : null}
    </form>
  );
}
