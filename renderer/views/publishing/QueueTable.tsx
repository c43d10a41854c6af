import { Fragment, useState } from 'react';
import type { OutboxJob } from '../../../shared/domain/publishing';
import { dateTime } from '../../ui/format';
import { openArticle } from '../../common/route';
import { ACTION_LABELS, SYNC_LABELS, canRetry, retryLabel } from '../../common/publishing/syncWords';

interface Props {
  jobs: OutboxJob[];
  /** Whether this person may send a job again (the service decides; this only hides the button). */
  mayRetry: boolean;
  onRetry: (job: OutboxJob) => void;
}

const COLUMNS = 4;
const titleOf = (job: OutboxJob) => job.headline || 'Untitled';
/** A job's failure, while it still matters: a done job's last error is history. */
const errorOf = (job: OutboxJob): string => (job.state === 'done' ? '' : (job.lastError ?? ''));

/**
 * The outbox as a table that fits the window: what (with the start of its last error), where,
 * and how it stands; attempts, the next attempt and the whole error are in each row's details,
 * opened by its own button, so nothing sits off to the side behind a scroll bar.
 */
export function QueueTable({ jobs, mayRetry, onRetry }: Props) {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((previous) => {
      const next = new Set(previous);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  return (
    <table className="data-table data-table--dense publishing-queue" aria-label="Publishing queue">
      <colgroup>
        <col />
        <col className="publishing-queue__target" />
        <col className="publishing-queue__state" />
        <col className="publishing-queue__buttons" />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">Article and last error</th>
          <th scope="col">Target</th>
          <th scope="col">State</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {jobs.map((job) => {
          const expanded = open.has(job.id);
          const detailsId = `job-details-${job.id}`;
          const error = errorOf(job);
          return (
            <Fragment key={job.id}>
              <tr data-state={job.state}>
                <th scope="row">
                  <button type="button" className="link-button publishing-queue__headline" onClick={() => openArticle(job.articleId)}>
                    {titleOf(job)}
                  </button>
                  {error !== '' ? (
                    <span className="publishing-queue__error" title={error}>
                      {error}
                    </span>
                  ) : null}
                </th>
                <td>{job.targetName}</td>
                <td>
                  <span className="publishing-queue__action">{ACTION_LABELS[job.action]}</span>{' '}
                  <span className={`sync-badge sync-badge--${job.state}`}>{SYNC_LABELS[job.state]}</span>
                </td>
                <td>
                  <div className="publishing-queue__row-actions">
                    <button
                      type="button"
                      className="button button--small button--quiet"
                      aria-expanded={expanded}
                      aria-controls={detailsId}
                      aria-label={`Details: ${titleOf(job)} to ${job.targetName}`}
                      onClick={() => toggle(job.id)}
                    >
                      <span aria-hidden="true">{expanded ? '▾ ' : '▸ '}</span>
                      Details
                    </button>
                    {canRetry(job) && mayRetry ? (
                      <button type="button" className="button button--small" onClick={() => onRetry(job)} aria-label={`${retryLabel(job)}: ${titleOf(job)} to ${job.targetName}`}>
                        {retryLabel(job)}
                      </button>
                    ) : null}
                  </div>
                </td>
              </tr>
              <tr id={detailsId} className="publishing-queue__details" hidden={!expanded}>
                <td colSpan={COLUMNS}>
                  <dl className="job-details" aria-label={`Details of ${titleOf(job)} to ${job.targetName}`}>
                    <div>
                      <dt>Attempts</dt>
                      <dd>{job.attempts}</dd>
                    </div>
                    <div>
                      <dt>Next attempt</dt>
                      <dd>{job.state === 'retrying' && job.nextAttemptAt !== null ? <time dateTime={job.nextAttemptAt}>{dateTime(job.nextAttemptAt)}</time> : 'None planned'}</dd>
                    </div>
                    <div>
                      <dt>Queued</dt>
                      <dd>
                        <time dateTime={job.createdAt}>{dateTime(job.createdAt)}</time>
                      </dd>
                    </div>
                    <div className="job-details__wide">
                      <dt>Last error</dt>
                      <dd>{error === '' ? 'None' : error}</dd>
                    </div>
                  </dl>
                </td>
              </tr>
            </Fragment>
          );
        })}
      </tbody>
    </table>
  );
}
