import { useCallback, useEffect, useState } from 'react';
import type { AuditEntry, AuditVerification } from '../../../shared/domain/audit';
import { errorMessage } from '../../platform/api';
import { useApi } from '../../platform/ApiContext';
import { dateTime } from '../../ui/format';

const PAGE = 100;

type Load = { kind: 'loading' } | { kind: 'ready'; items: AuditEntry[]; total: number } | { kind: 'failed'; message: string };
type Check = { kind: 'idle' } | { kind: 'checking' } | { kind: 'done'; result: AuditVerification } | { kind: 'failed'; message: string };

const ACTION_LABELS: Record<string, string> = {
  'auth.setup': 'Set up Galley',
  'auth.signIn': 'Signed in',
  'auth.signInFailed': 'Sign-in refused',
  'auth.signOut': 'Signed out',
  'user.create': 'Added a user',
  'user.update': 'Changed a user',
  'approval.acknowledge': 'Acknowledged a warning',
  'approval.voided': 'Approval voided',
  'publishing.target.add': 'Added a publishing target',
  'publishing.target.update': 'Changed a publishing target',
  'publishing.target.remove': 'Removed a publishing target',
  'newsroom.join': 'Joined a newsroom hub',
  'newsroom.leave': 'Left a newsroom hub',
  'publishing.conflict.keepGalley': 'Sent Galley’s version over a changed copy',
  'publishing.conflict.keepRemote': 'Kept a changed copy on the target',
};

function actionLabel(action: string): string {
  return ACTION_LABELS[action] ?? (action.startsWith('workflow.') ? `Workflow: ${action.slice('workflow.'.length)}` : action);
}

function Verdict({ check }: { check: Check }) {
  if (check.kind === 'checking') return <p role="status">Checking every entry…</p>;
  if (check.kind === 'failed') {
    return (
      <p className="field-error" role="alert">
        Couldn't verify the log: {check.message}
      </p>
    );
  }
  if (check.kind !== 'done') return null;
  const { result } = check;
  if (result.ok) {
    return (
      <p className="audit-verdict audit-verdict--ok" role="status">
        The audit log is intact: {result.checked} {result.checked === 1 ? 'entry' : 'entries'} checked, each linked to the one before.{' '}
        {result.anchor.message}
      </p>
    );
  }
  return (
    <div className="audit-verdict audit-verdict--broken" role="alert">
      <p>
        <strong>The audit log has been tampered with.</strong> The first broken link is entry {result.broken?.seq}
        {result.broken?.id ? (
          <>
            {' '}
            (<code>{result.broken.id}</code>)
          </>
        ) : null}
        : {result.broken?.reason}.
      </p>
      <p>The {result.checked} entries before it are intact. Keep a copy of the data folder and tell whoever looks after the workstation.</p>
    </div>
  );
}

/** The append-only log of every step, approval, acknowledgement, user change and sign-in, with a check of its chain. */
export function AuditLogSection() {
  const api = useApi();
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [check, setCheck] = useState<Check>({ kind: 'idle' });

  const loadPage = useCallback(
    async (offset: number) => {
      try {
        const page = await api.call('audit.list', { offset, limit: PAGE });
        setLoad((previous) => ({
          kind: 'ready',
          items: offset === 0 || previous.kind !== 'ready' ? page.items : [...previous.items, ...page.items],
          total: page.total,
        }));
      } catch (error) {
        setLoad({ kind: 'failed', message: errorMessage(error) });
      }
    },
    [api],
  );

  useEffect(() => {
    void loadPage(0);
  }, [loadPage]);

  const verify = async () => {
    setCheck({ kind: 'checking' });
    try {
      setCheck({ kind: 'done', result: await api.call('audit.verify', {}) });
    } catch (error) {
      setCheck({ kind: 'failed', message: errorMessage(error) });
    }
    void loadPage(0);
  };

  return (
    <section className="desk-section" aria-labelledby="audit-title">
      <div className="desk-section__head">
        <h2 id="audit-title" className="desk-section__title">
          Audit log
        </h2>
        <button type="button" className="button" onClick={() => void verify()} disabled={check.kind === 'checking'}>
          Verify
        </button>
      </div>
      <p className="desk__who">
        Every entry carries a hash of its content and of the entry before it, so an entry changed or removed outside Galley breaks the chain.
      </p>
      <Verdict check={check} />
      {load.kind === 'loading' ? <p className="workspace__loading">Loading the log…</p> : null}
      {load.kind === 'failed' ? (
        <p className="field-error" role="alert">
          Couldn't load the log: {load.message}
        </p>
      ) : null}
      {load.kind === 'ready' ? (
        <>
          <table className="data-table data-table--dense" aria-labelledby="audit-title">
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">What</th>
                <th scope="col">From → to</th>
                <th scope="col">Revision</th>
                <th scope="col">Note</th>
              </tr>
            </thead>
            <tbody>
              {load.items.map((entry) => (
                <tr key={entry.seq}>
                  <td>{entry.seq}</td>
                  <td>
                    <time dateTime={entry.at}>{dateTime(entry.at)}</time>
                  </td>
                  <td>{entry.actorName}</td>
                  <td>{actionLabel(entry.action)}</td>
                  <td>{entry.fromState !== null ? `${entry.fromState} → ${entry.toState ?? ''}` : ''}</td>
                  <td className="data-table__mono" title={entry.revisionHash ?? undefined}>
                    {entry.revisionHash?.slice(0, 12) ?? ''}
                  </td>
                  <td>{entry.note ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {load.items.length < load.total ? (
            <button type="button" className="button" onClick={() => void loadPage(load.items.length)}>
              Show older entries
            </button>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
