import { useId, useState } from 'react';
import type { User } from '../../../shared/domain/user';
import { useApi } from '../../platform/ApiContext';
import { Dialog } from '../../ui/Dialog';
import { useFormAction } from '../../ui/useFormAction';

/** A new password for someone who forgot theirs; their open sessions end. */
export function PasswordDialog({ user, onClose }: { user: User; onClose: () => void }) {
  const api = useApi();
  const id = useId();
  const [password, setPassword] = useState('');
  const { busy, error, run } = useFormAction();

  const save = () =>
    run(
      async () => {
        await api.call('users.update', { id: user.id, password });
        onClose();
      },
      { done: `${user.displayName} has a new password and has been signed out everywhere.` },
    );

  return (
    <Dialog
      title={`New password for ${user.displayName}`}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button button--quiet" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="button button--primary" disabled={busy || password.length < 8} onClick={() => void save()}>
            Set password
          </button>
        </>
      }
    >
      <div className="field">
        <label className="field__label" htmlFor={id}>
          New password (at least 8 characters)
        </label>
        <input
          id={id}
          className="input"
          type="password"
          autoComplete="new-password"
          data-autofocus
          minLength={8}
          maxLength={1024}
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
      </div>
      {error !== null ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </Dialog>
  );
}
