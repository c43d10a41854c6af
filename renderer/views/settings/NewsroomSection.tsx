import { useId, useState, type FormEvent } from 'react';
import type { Role } from '../../../shared/domain/session';
import { ROLE_LABELS } from '../../common/AuthContext';
import { useNewsroomStatus } from '../../common/newsroom/useNewsroomStatus';
import { syncDetail } from '../../common/newsroom/syncWords';
import { useApi } from '../../platform/ApiContext';
import { Dialog } from '../../ui/Dialog';
import { dateTime } from '../../ui/format';
import { useFormAction } from '../../ui/useFormAction';
import '../../css/assets.css';

/**
 * Settings → Newsroom: join this workstation to a newsroom hub with a hub account, see
 * which hub and account it belongs to, and leave. Admins join and leave; everyone sees it.
 */
export function NewsroomSection({ role }: { role: Role }) {
  const { status, set } = useNewsroomStatus();
  const canChange = role === 'admin';
  const titleId = useId();

  return (
    <section className="desk-section" aria-labelledby={titleId}>
      <h2 id={titleId} className="desk-section__title">
        Newsroom
      </h2>
      {status === null ? (
        <p className="workspace__loading">Loading…</p>
      ) : status.membership === null ? (
        canChange ? (
          <JoinForm onJoined={set} />
        ) : (
          <p className="desk__who">This workstation works on its own. An admin can join it to your newsroom’s hub here.</p>
        )
      ) : (
        <Membership status={status} canLeave={canChange} onLeft={set} />
      )}
    </section>
  );
}

type Status = NonNullable<ReturnType<typeof useNewsroomStatus>['status']>;

function JoinForm({ onJoined }: { onJoined: (status: Status) => void }) {
  const api = useApi();
  const ids = { hub: useId(), name: useId(), password: useId(), error: useId() };
  const [hub, setHub] = useState('');
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const { busy, error, run } = useFormAction('inline');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // The password is sent once and not kept here: on a refusal it is typed again.
    const typed = password;
    setPassword('');
    await run(async () => onJoined(await api.call('newsroom.join', { hub, name, password: typed })), { done: 'This workstation joined the newsroom.' });
  };

  return (
    <form className="policy" onSubmit={(event) => void submit(event)} aria-describedby={error === null ? undefined : ids.error}>
      <p className="desk__who">
        This workstation works on its own. To share articles with your newsroom, join its hub with the hub account its admin gave you. Only the hub’s session is kept (in the system keychain in the app), never the password.
      </p>
      <div className="field">
        <label className="field__label" htmlFor={ids.hub}>
          Hub address
        </label>
        <input
          id={ids.hub}
          className="input"
          inputMode="url"
          autoCapitalize="none"
          spellCheck={false}
          placeholder="http://hub.newsroom.local:4470"
          required
          maxLength={2048}
          value={hub}
          onChange={(event) => setHub(event.target.value)}
        />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={ids.name}>
          Hub account name
        </label>
        <input
          id={ids.name}
          className="input"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          required
          maxLength={100}
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={ids.password}>
          Hub account password
        </label>
        <input
          id={ids.password}
          className="input"
          type="password"
          autoComplete="off"
          required
          maxLength={1024}
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
      </div>
      {error !== null ? (
        <p id={ids.error} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="rights-actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Joining…' : 'Join newsroom'}
        </button>
      </div>
    </form>
  );
}

function Membership({ status, canLeave, onLeft }: { status: Status; canLeave: boolean; onLeft: (status: Status) => void }) {
  const api = useApi();
  const [confirming, setConfirming] = useState(false);
  const { busy, run } = useFormAction('toast');
  const membership = status.membership!;
  const { hub, account } = membership;

  const leave = async () => {
    const left = await run(async () => onLeft(await api.call('newsroom.leave', {})), { done: `This workstation left ${hub.name}.`, failed: 'Couldn’t leave the newsroom' });
    if (left) setConfirming(false);
  };

  return (
    <>
      <dl className="newsroom-membership" aria-label="Newsroom membership">
        <dt>Hub</dt>
        <dd>
          {hub.name} <span className="publication__detail">{hub.url}</span>
        </dd>
        <dt>Account</dt>
        <dd>
          {account.displayName} ({account.name}) · {ROLE_LABELS[account.role]}
        </dd>
        <dt>Joined</dt>
        <dd>{dateTime(membership.joinedAt)}</dd>
        <dt>Hub session</dt>
        <dd>Until {dateTime(membership.tokenExpiresAt)}; then an admin leaves and joins again</dd>
        <dt>Sync</dt>
        <dd data-testid="newsroom-sync">{syncDetail(status.state, hub.name)}</dd>
      </dl>
      {canLeave ? (
        <div className="rights-actions">
          <button type="button" className="button button--danger-quiet" onClick={() => setConfirming(true)}>
            Leave this newsroom
          </button>
        </div>
      ) : null}
      {confirming ? (
        <Dialog
          role="alertdialog"
          title="Leave this newsroom?"
          onClose={() => setConfirming(false)}
          footer={
            <>
              <button type="button" className="button button--quiet" onClick={() => setConfirming(false)} data-autofocus>
                Cancel
              </button>
              <button type="button" className="button button--danger" disabled={busy} onClick={() => void leave()}>
                {busy ? 'Leaving…' : 'Leave newsroom'}
              </button>
            </>
          }
        >
          <p>
            This workstation will forget its session at {hub.name} and work on its own again. Articles on this computer stay here. To join again, an admin signs in with a hub account.
          </p>
        </Dialog>
      ) : null}
    </>
  );
}
