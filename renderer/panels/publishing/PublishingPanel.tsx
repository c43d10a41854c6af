import { useCallback, useEffect, useState } from 'react';
import { canPublish, type Publication } from '../../../shared/domain/publishing';
import { useAuth } from '../../auth/AuthContext';
import { errorMessage } from '../../platform/api';
import { useApi } from '../../platform/ApiContext';
import { useToasts } from '../../ui/toasts';
import { dateTime } from '../../ui/format';
import { SYNC_LABELS, canRetry } from '../../views/publishing/syncWords';
import { usePublishingReload } from '../../views/publishing/usePublishingReload';
import type { PanelProps } from '../panelTypes';
import { ConflictDialog } from './ConflictDialog';
import '../../views/publishing/publishing.css';

type Load = { kind: 'loading' } | { kind: 'ready'; items: Publication[] } | { kind: 'failed'; message: string };

/** Where a target stands, in words: "Live", "Taken down", "Not published here". Only what the target reported. */
function where(publication: Publication): string {
  if (publication.remote === 'live') return 'Live';
  if (publication.remote === 'down') return 'Taken down';
  return 'Not published here';
}

/** Where the open article is published, with links and sync state, “Retry now”, and conflicts to settle. */
export function PublishingPanel({ session }: PanelProps) {
  const api = useApi();
  const toasts = useToasts();
  const { session: me } = useAuth();
  const articleId = session?.articleId ?? null;
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [conflict, setConflict] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const reload = useCallback(() => {
    if (articleId === null) return;
    api.call('publishing.forArticle', { articleId }).then(
      (items) => setLoad({ kind: 'ready', items }),
      (error: unknown) => setLoad({ kind: 'failed', message: errorMessage(error) }),
    );
  }, [api, articleId]);
  useEffect(reload, [reload]);
  const underWay = load.kind === 'ready' && load.items.some((p) => p.job !== null && ['pending', 'sending', 'retrying'].includes(p.job.state));
  usePublishingReload(reload, articleId ?? undefined, underWay);

  if (session === null) return <p className="panel-empty">Open an article to see where it is published.</p>;

  const act = async (work: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try {
      await work();
      toasts.showInfo(done);
      setConflict(null);
      reload();
    } catch (error) {
      toasts.showError(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="publishing-panel">
      {load.kind === 'loading' ? <p role="status">Loading…</p> : null}
      {load.kind === 'failed' ? (
        <p className="field-error" role="alert">
          Couldn't load where this is published: {load.message}
        </p>
      ) : null}
      {load.kind === 'ready' && load.items.length === 0 ? <p className="panel-empty">No publishing target is set up. An admin adds one in Settings.</p> : null}
      {load.kind === 'ready' ? (
        <ul className="publication-list" aria-label="Publishing targets">
          {load.items.map((publication) => {
            const job = publication.job;
            return (
              <li key={publication.targetId} className="publication" data-testid={`publication-${publication.targetName}`}>
                <div className="publication__head">
                  <p className="publication__name">{publication.targetName}</p>
                  {job !== null ? <span className={`sync-badge sync-badge--${job.state}`}>{SYNC_LABELS[job.state]}</span> : null}
                </div>
                <p className="publication__detail">
                  {where(publication)}
                  {publication.syncedAt !== null ? ` · last synced ${dateTime(publication.syncedAt)}` : ''}
                </p>
                {publication.url !== null ? (
                  <p className="publication__detail">
                    <a href={publication.url} target="_blank" rel="noopener noreferrer">
                      {publication.url}
                    </a>
                  </p>
                ) : null}
                {job !== null && job.state !== 'done' && job.lastError !== null ? <p className="publication__detail">{job.lastError}</p> : null}
                {job !== null && job.state === 'retrying' && job.nextAttemptAt !== null ? (
                  <p className="publication__detail">Next attempt {dateTime(job.nextAttemptAt)} (attempt {job.attempts + 1}).</p>
                ) : null}
                {job !== null && canPublish(me.role) ? (
                  <div className="publication__actions">
                    {canRetry(job) ? (
                      <button type="button" className="button button--small" disabled={busy} onClick={() => void act(() => api.call('publishing.retry', { jobId: job.id }), `Sending to ${publication.targetName} again.`)}>
                        Retry now
                      </button>
                    ) : null}
                    {job.state === 'conflict' ? (
                      <button type="button" className="button button--small button--primary" disabled={busy} onClick={() => setConflict(job.id)}>
                        Compare and choose…
                      </button>
                    ) : null}
                  </div>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
      {conflict !== null ? (
        <ConflictDialog
          jobId={conflict}
          busy={busy}
          onCancel={() => setConflict(null)}
          onChoose={(keep) =>
            void act(
              () => api.call('publishing.resolveConflict', { jobId: conflict, keep }),
              keep === 'galley' ? 'Sending Galley’s version.' : 'Kept the version on the target.',
            )
          }
        />
      ) : null}
    </div>
  );
}
