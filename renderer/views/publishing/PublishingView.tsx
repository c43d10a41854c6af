import { useCallback, useEffect, useState } from 'react';
import type { OutboxJob } from '../../../shared/domain/publishing';
import { canPublish } from '../../../shared/domain/publishing';
import { useAuth } from '../../common/AuthContext';
import { errorMessage } from '../../platform/api';
import { useApi } from '../../platform/ApiContext';
import { useFormAction } from '../../ui/useFormAction';
import { SendAgainDialog } from '../../common/publishing/PublishConfirmDialog';
import { QueueTable } from './QueueTable';
import { usePublishingReload } from '../../common/publishing/usePublishingReload';
import '../../css/publishing.css';

type Load = { kind: 'loading' } | { kind: 'ready'; items: OutboxJob[]; total: number } | { kind: 'failed'; message: string };

/** The outbox: what is waiting, going out, failed or done, newest first, with “Retry now”. */
export function PublishingView() {
  const api = useApi();
  const { session } = useAuth();
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  /** A job to send again, while its confirmation is open. */
  const [confirming, setConfirming] = useState<OutboxJob | null>(null);
  const { busy, run } = useFormAction('toast');

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
    await run(
      async () => {
        await api.call('publishing.retry', { jobId: job.id });
        reload();
      },
      { done: `Sending “${job.headline || 'Untitled'}” to ${job.targetName} again.`, failed: "Couldn't retry" },
    );
    setConfirming(null);
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
          <QueueTable jobs={load.items} mayRetry={canPublish(session.role)} onRetry={(job) => (job.action === 'unpublish' ? void retry(job) : setConfirming(job))} />
        ) : null}
      </div>
      {confirming !== null ? (
<SendAgainDialog job={confirming} busy={busy} onConfirm={() => void retry(confirming)} onCancel={() => setConfirming(null)} />
      ) : null}
    </main>
  );
}
