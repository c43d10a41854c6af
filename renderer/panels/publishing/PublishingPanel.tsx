import { useCallback, useEffect, useState } from 'react';
import { canPublish, type OutboxJob, type Publication } from '../../../shared/domain/publishing';
import { useAuth } from '../../common/AuthContext';
import { errorMessage } from '../../platform/api';
import { useApi } from '../../platform/ApiContext';
import { useToasts } from '../../ui/toasts';
import { dateTime } from '../../ui/format';
import { useFormAction } from '../../ui/useFormAction';
import { SYNC_LABELS, canRetry, retryLabel } from '../../common/publishing/syncWords';
import { usePublishingReload } from '../../common/publishing/usePublishingReload';
import type { PanelProps } from '../panelTypes';
import { ConflictDialog } from './ConflictDialog';
import { SendAgainDialog } from '../../common/publishing/PublishConfirmDialog';
import { publishedFileName } from '../../common/publishing/targetWords';
import '../../css/publishing.css';

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
  /** A job to send again, while its confirmation is open. */
  const [confirming, setConfirming] = useState<OutboxJob | null>(null);
  const { busy, run } = useFormAction('toast');

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

  /** Once done, the open dialog closes and the list is read again. */
  const act = (work: () => Promise<unknown>, done: string) =>
    run(
      async () => {
        await work();
        setConflict(null);
        setConfirming(null);
        reload();
      },
      { done },
    );

  // A folder's page is a file: the app opens it with the system, a browser tab at the address the host gives (file:// links open nothing there).
  const openPage = async (publication: Publication) => {
    try {
      const { url } = await api.openPublished({ articleId: session.articleId, targetId: publication.targetId });
      if (url !== null) window.open(url, '_blank', 'noopener,noreferrer');
    } catch (error) {
      toasts.showError(`Couldn't open the page: ${errorMessage(error)}`);
    }
  };

  const retry = (job: OutboxJob) => act(() => api.call('publishing.retry', { jobId: job.id }), `Sending to ${job.targetName} again.`);

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
                {publication.url !== null && publication.kind === 'folder' ? (
                  <p className="publication__detail">
                    <button type="button" className="link-button" onClick={() => void openPage(publication)}>
                      Open the published page
                    </button>
                    <span className="publication__path">{publishedFileName(publication.url)}</span>
                  </p>
                ) : null}
                {publication.url !== null && publication.kind !== 'folder' ? (
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
                      <button type="button" className="button button--small" disabled={busy} onClick={() => (job.action === 'unpublish' ? void retry(job) : setConfirming(job))}>
                        {retryLabel(job)}
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
      {confirming !== null ? (
<SendAgainDialog job={confirming} busy={busy} onConfirm={() => void retry(confirming)} onCancel={() => setConfirming(null)} />
      ) : null}
    </div>
  );
}
