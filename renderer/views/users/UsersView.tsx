import { useCallback, useEffect, useState } from 'react';
import { ROLES, type Role } from '../../../shared/domain/session';
import type { User } from '../../../shared/domain/user';
import { canManageUsers } from '../../../shared/workflow/policy';
import { ROLE_LABELS, useAuth } from '../../common/AuthContext';
import { errorMessage } from '../../platform/api';
import { useApi, useGalleyEvent } from '../../platform/ApiContext';
import { useToasts } from '../../ui/toasts';
import { useNewsroomStatus } from '../../common/newsroom/useNewsroomStatus';
import { AddUserForm } from './AddUserForm';
import { PasswordDialog } from './PasswordDialog';

type Load = { kind: 'loading' } | { kind: 'ready'; users: User[] } | { kind: 'failed'; message: string };

/** The admin's screen: people, their roles, and whether they may sign in. */
export function UsersView() {
  const { session } = useAuth();
  const api = useApi();
  const toasts = useToasts();
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [resetting, setResetting] = useState<User | null>(null);
  const refresh = useCallback(() => setAttempt((n) => n + 1), []);
  const allowed = canManageUsers(session.role);
  // Joined to a hub, the people are the hub's: the same screen manages them there.
  const hub = useNewsroomStatus().status?.membership?.hub ?? null;

  useEffect(() => {
    document.title = 'Users · Galley';
  }, []);

  useEffect(() => {
    if (!allowed) return;
    let current = true;
    api
      .call('users.list', {})
      .then((users) => current && setLoad({ kind: 'ready', users }))
      .catch((error: unknown) => current && setLoad({ kind: 'failed', message: errorMessage(error) }));
    return () => {
      current = false;
    };
  }, [api, attempt, allowed]);

  useGalleyEvent((event) => {
    if (event.type === 'users.changed' && allowed) refresh();
  });

  const update = async (user: User, changes: { role?: Role; disabled?: boolean }, done: string) => {
    try {
      await api.call('users.update', { id: user.id, ...changes });
      toasts.showInfo(done);
      refresh();
    } catch (error) {
      toasts.showError(`Couldn't change ${user.displayName}: ${errorMessage(error)}`);
      refresh();
    }
  };

  if (!allowed) {
    return (
      <main className="workspace workspace--message" id="editor" aria-label="Users">
        <div className="empty-state">
          <h1 className="empty-state__title">Users</h1>
          <p className="empty-state__text">Only an admin manages users and roles.</p>
        </div>
      </main>
    );
  }

  return (
    <main className="workspace desk" id="editor" aria-label="Users">
      <div className="desk__scroll">
        <header className="desk__header">
          <div>
            <h1 className="desk__title">Users</h1>
            <p className="desk__who">
              {hub === null
                ? 'Add people, give them a role, and disable accounts that should no longer sign in.'
                : `The people of the newsroom hub (${hub.name}, ${hub.url}): add them, give them a role, and disable accounts that should no longer sign in, on any workstation.`}
            </p>
          </div>
        </header>
        <section className="desk-section" aria-labelledby="add-user-title">
          <h2 id="add-user-title" className="desk-section__title">
            Add a user
          </h2>
          <AddUserForm
            onAdded={(name) => {
              toasts.showInfo(`Added ${name}.`);
              refresh();
            }}
          />
        </section>
        <section className="desk-section" aria-labelledby="people-title">
          <h2 id="people-title" className="desk-section__title">
            People
          </h2>
          {load.kind === 'loading' ? <p className="workspace__loading">Loading users…</p> : null}
          {load.kind === 'failed' ? (
            <p className="field-error" role="alert">
              Couldn't load users: {load.message}
            </p>
          ) : null}
          {load.kind === 'ready' ? (
            <div className="data-table-frame">
              <table className="data-table people-table" aria-labelledby="people-title">
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Role</th>
                    <th scope="col">Status</th>
                    <th scope="col">
                      <span className="visually-hidden">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {load.users.map((user) => (
                    <tr key={user.id} className={user.disabled ? 'is-disabled' : undefined}>
                      {/* The user name under the person's name, not in a column of its own: the table keeps its room for the controls. */}
                      <th scope="row">
                        {user.displayName}
                        <span className="people-table__login">
                          <span className="visually-hidden">user name </span>
                          {user.name}
                        </span>
                      </th>
                      <td>
                        <select
                          className="input input--compact"
                          aria-label={`Role of ${user.displayName}`}
                          value={user.role}
                          onChange={(event) => {
                            const role = event.target.value as Role;
                            void update(user, { role }, `${user.displayName} is now ${ROLE_LABELS[role].toLowerCase()}.`);
                          }}
                        >
                          {ROLES.map((r) => (
                            <option key={r} value={r}>
                              {ROLE_LABELS[r]}
                            </option>
                          ))}
                        </select>
                      </td>
                      <td>{user.disabled ? 'Disabled' : 'Active'}</td>
                      <td>
                        <div className="data-table__actions">
                          <button type="button" className="button button--small" onClick={() => setResetting(user)}>
                            Set password…
                          </button>
                          {user.id === session.userId ? null : (
                            <button
                              type="button"
                              className="button button--small"
                              // The row names the person; the button's name does too, for a screen reader's list of buttons.
                              aria-label={`${user.disabled ? 'Enable' : 'Disable'} ${user.displayName}`}
                              onClick={() =>
                                void update(
                                  user,
                                  { disabled: !user.disabled },
                                  user.disabled ? `${user.displayName} can sign in again.` : `${user.displayName} is disabled and signed out.`,
                                )
                              }
                            >
                              {user.disabled ? 'Enable' : 'Disable'}
                            </button>
                          )}
                        </div>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
        </section>
      </div>
      {resetting !== null ? <PasswordDialog user={resetting} onClose={() => setResetting(null)} /> : null}
    </main>
  );
}
