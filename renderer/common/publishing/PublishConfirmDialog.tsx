import { useEffect, useState } from 'react';
import type { OutboxJob, Target } from '../../../shared/domain/publishing';
import { errorMessage } from '../../platform/api';
import { useApi } from '../../platform/ApiContext';
import { Dialog } from '../../ui/Dialog';
import { localDateTime } from '../../ui/localTime';
import { targetCaveat, targetDescription } from './targetWords';
import '../../css/publishing.css';

interface Props {
  /** What goes live, as the desk knows it. */
  headline: string;
  /** The targets it goes to; without them, every target that is switched on (what the publish step does). */
  targetIds?: readonly string[];
  /** The time it was scheduled for, when publishing now brings it forward. */
  scheduledFor?: string | null;
  /** The verb on the button: “Publish now”, “Send again”. */
  confirmLabel: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

type Load = { kind: 'loading' } | { kind: 'ready'; targets: Target[] } | { kind: 'failed'; message: string };

/**
 * The one question asked before anything goes live: which targets, and when. Nothing is
 * queued until it is answered; Cancel is the default (focused) answer and Escape gives it.
 */
export function PublishConfirmDialog({ headline, targetIds, scheduledFor = null, confirmLabel, busy, onConfirm, onCancel }: Props) {
  const api = useApi();
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const wanted = targetIds?.join(',');
  useEffect(() => {
    let current = true;
    const only = wanted === undefined ? null : new Set(wanted.split(','));
    api.call('publishing.targets.list', {}).then(
      (all) => current && setLoad({ kind: 'ready', targets: all.filter((target) => (only === null ? target.enabled : only.has(target.id))) }),
      (error: unknown) => current && setLoad({ kind: 'failed', message: errorMessage(error) }),
    );
    return () => {
      current = false;
    };
  }, [api, wanted]);

  const targets = load.kind === 'ready' ? load.targets : [];
  const title = headline.trim() || 'Untitled';
  const when =
    scheduledFor === null ? 'It goes live now on:' : `It goes live now, instead of at the scheduled time (${localDateTime(scheduledFor)}), on:`;

  return (
    <Dialog
      role="alertdialog"
      title={`Publish “${title}”?`}
      onClose={onCancel}
      footer={
        <>
          <button type="button" className="button button--quiet" onClick={onCancel} data-autofocus>
            Cancel
          </button>
          <button type="button" className="button button--primary" disabled={busy || targets.length === 0} onClick={onConfirm}>
            {confirmLabel}
          </button>
        </>
      }
    >
      {load.kind === 'loading' ? <p role="status">Looking up the publishing targets…</p> : null}
      {load.kind === 'failed' ? (
        <p className="field-error" role="alert">
          Couldn't look up the publishing targets, so nothing is sent: {load.message}
        </p>
      ) : null}
      {load.kind === 'ready' && targets.length === 0 ? <p>No publishing target is switched on, so there is nowhere to send it. An admin adds or switches one on in Settings.</p> : null}
      {targets.length > 0 ? (
        <>
          <p>{when}</p>
          <ul className="publish-targets" aria-label="Publishing targets">
            {targets.map((target) => (
              <li key={target.id} className="publish-targets__item">
                <strong>{target.name}</strong>
                <span className="publish-targets__place">{targetDescription(target)}</span>
                {targetCaveat(target) === null ? null : <span className="publish-targets__caveat">{targetCaveat(target)}</span>}
              </li>
            ))}
          </ul>
          <p>Readers see it there as soon as each target confirms.</p>
        </>
      ) : null}
    </Dialog>
  );
}

/** Sending a job again (“Retry now…”): the same question, for the job's one target. */
export function SendAgainDialog({ job, busy, onConfirm, onCancel }: { job: OutboxJob; busy: boolean; onConfirm: () => void; onCancel: () => void }) {
  return <PublishConfirmDialog headline={job.headline} targetIds={[job.targetId]} confirmLabel="Send again" busy={busy} onConfirm={onConfirm} onCancel={onCancel} />;
}
