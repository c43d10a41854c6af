import { useCallback, useEffect, useState } from 'react';
import type { OutboxJob } from '../../../shared/domain/publishing';
import { canPublish } from '../../../shared/domain/publishing';
import { useAuth } from '../../auth/AuthContext';
import { errorMessage } from '../../platform/api';
import { useApi } from '../../platform/ApiContext';
import { useToasts } from '../../ui/toasts';
import { dateTime } from '../../ui/format';
import { openArticle } from '../../app/route';
import { ACTION_LABELS, SYNC_LABELS, canRetry } from './syncWords';
import { usePublishingReload } from './usePublishingReload';
import './publishing.css';

type Load = { kind: 'loading' } | { kind: 'ready'; items: OutboxJob[]; total: number } | { kind: 'failed'; message: string };

/** The outbox: what is waiting, going out, failed or done, newest first, with “Retry now”. */
export function PublishingView() {
  const api = useApi();
  const toasts = useToasts();
  const { session } = useAuth();
  const [load, setLoad] = useState<Load>({ kind: 'loading' });

  const reload = useCallback(() => {
    api.call('publishing.queue', { offset: 0, limit: 200 }).then(
      (page) => setLoad({ kind: 'ready', items: page.items, total: page.total }),
      (error: unknown) => setLoad({ kind: 'failed', message: errorMessage(error) }),
    );
  }, [api]);

  useEffect(() => {
    document.title = 'Publishing · Galley';
    reload();
  }, [reload]);
  const underWay = load.kind === 'ready' && load.items.some((job) => job.state === 'pending' || job.state === 'sending' || job.state === 'retrying');
  usePublishingReload(reload, undefined, underWay);

  const retry = async (job: OutboxJob) => {
    try {
      await api.call('publishing.retry', { jobId: job.id });
      toasts.showInfo(`Sending “${job.headline || 'Untitled'}” to ${job.targetName} again.`);
      reload();
    } catch (error) {
      toasts.showError(`Couldn't retry: ${errorMessage(error)}`);
    }
  };

  return (
    <main className="workspace desk" id="editor" aria-label="Publishing">
      <div className="desk__scroll">
        <header className="desk__header">
          <h1 className="desk__title">Publishing</h1>
        </header>
        <p className="desk__who">
          Approved articles wait here until each target says it has them. Nothing is lost while a target is unreachable: Galley keeps trying, waiting longer each time.
        </p>
        {load.kind === 'loading' ? <p className="workspace__loading">Loading the queue…</p> : null}
        {load.kind === 'failed' ? (
          <p className="field-error" role="alert">
            Couldn't load the queue: {load.message}
          </p>
        ) : null}
        {load.kind === 'ready' && load.items.length === 0 ? <p className="desk-section__empty">Nothing has been sent yet.</p> : null}
        {load.kind === 'ready' && load.items.length > 0 ? (
          <table className="data-table data-table--dense publishing-queue" aria-label="Publishing queue">
            <thead>
              <tr>
                <th scope="col">Article</th>
                <th scope="col">Target</th>
                <th scope="col">Action</th>
                <th scope="col">State</th>
                <th scope="col">Attempts</th>
                <th scope="col">Next attempt</th>
                <th scope="col">Last error</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {load.items.map((job) => (
                <tr key={job.id} data-state={job.state}>
                  <th scope="row">
                    <button type="button" className="link-button" onClick={() => openArticle(job.articleId)}>
                      {job.headline || 'Untitled'}
                    </button>
                  </th>
                  <td>{job.targetName}</td>
                  <td>{ACTION_LABELS[job.action]}</td>
                  <td>
                    <span className={`sync-badge sync-badge--${job.state}`}>{SYNC_LABELS[job.state]}</span>
                  </td>
                  <td>{job.attempts}</td>
                  <td>{job.state === 'retrying' && job.nextAttemptAt !== null ? <time dateTime={job.nextAttemptAt}>{dateTime(job.nextAttemptAt)}</time> : ''}</td>
                  <td className="publishing-queue__error">{job.state === 'done' ? '' : (job.lastError ?? '')}</td>
                  <td className="data-table__actions">
                    {canRetry(job) && canPublish(session.role) ? (
                      <button type="button" className="button button--small" onClick={() => void retry(job)} aria-label={`Retry now: ${job.headline || 'Untitled'} to ${job.targetName}`}>
                        Retry now
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </div>
    </main>
  );
}
