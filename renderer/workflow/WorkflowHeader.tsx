import { useState } from 'react';
import type { Finding } from '../../shared/checks/finding';
import type { TransitionInput, WorkflowStatus } from '../../shared/domain/workflow';
import { evaluateGate } from '../../shared/workflow/gate';
import type { WorkflowAction } from '../../shared/workflow/actions';
import { availableActions, type AvailableAction } from '../../shared/workflow/available';
import { useAuth } from '../common/AuthContext';
import { useApi } from '../platform/ApiContext';
import { useToasts } from '../ui/toasts';
import { useFormAction } from '../ui/useFormAction';
import { dateTime } from '../ui/format';
import { STATE_LABELS } from '../common/stateLabels';
import { PublishConfirmDialog } from '../common/publishing/PublishConfirmDialog';
import { ApproveDialog } from './ApproveDialog';
import { ConfirmStepDialog } from './ConfirmStepDialog';
import { CorrectionDialog } from './CorrectionDialog';
import { localDateTime } from '../ui/localTime';
import { PassWarningDialog } from './PassWarningDialog';
import { ReopenDialog } from './ReopenDialog';
import { ReturnDialog } from './ReturnDialog';
import { SubmitDialog } from './SubmitDialog';
import { ScheduleDialog } from './ScheduleDialog';
import { WorkflowBanners } from './WorkflowBanners';

interface Props {
  status: WorkflowStatus;
  headline: string;
  editable: boolean;
  /** Saves pending typing; a step is taken on what was saved. */
  saveNow: () => Promise<boolean>;
  onStatus: (status: WorkflowStatus) => void;
}

const DONE: Record<WorkflowAction, string> = {
  submit: 'Submitted for edit.',
  take: 'The article is yours to edit.',
  return: 'Returned to the writer with your note.',
  pass: 'Passed to the desk.',
  approve: 'Approved.',
  schedule: 'Scheduled.',
  unschedule: 'No longer scheduled; still approved.',
  publish: 'Sent to the outbox: the Publishing panel shows each target as it confirms.',
  correct: 'Open for a correction.',
  unpublish: 'Unpublished.',
  spike: 'Spiked.',
  reopen: 'Reopened as a draft.',
};

function summary(status: WorkflowStatus): string {
  switch (status.state) {
    case 'draft':
      return `Draft by ${status.author.name}`;
    case 'submitted':
      return `Submitted by ${status.author.name}, waiting for an editor`;
    case 'in_edit':
      return `In edit with ${status.holder?.name ?? 'an editor'}`;
    case 'returned':
      return `Returned to ${status.author.name}`;
    case 'ready':
      return 'Ready for the desk';
    case 'approved':
      return status.approval ? `Approved by ${status.approval.approvedBy.name} (revision #${status.approval.revisionNumber})` : 'Approved';
    case 'scheduled':
      return status.publishAt ? `Scheduled for ${localDateTime(status.publishAt)}` : 'Scheduled';
    case 'published':
      return status.publishedAt ? `Published ${dateTime(status.publishedAt)}` : 'Published';
    case 'correction':
      return `Being corrected by ${status.holder?.name ?? 'the desk'}`;
    case 'unpublished':
      return 'Unpublished';
    case 'spiked':
      return 'Spiked';
  }
}

type Asking =
  | { kind: 'none' }
  | { kind: 'submit' }
  | { kind: 'pass'; blocking: Finding[] }
  | { kind: 'return' }
  | { kind: 'approve'; refusal: string | null }
  | { kind: 'schedule' }
  | { kind: 'confirm'; step: AvailableAction }
  | { kind: 'correct' }
  /** Reopening approved text for changes voids the approval: confirmed first. */
  | { kind: 'reopen' }
  /** Going live is confirmed first, naming the targets; approving and publishing in one carries the approval's acknowledgements. */
  | { kind: 'publish'; acknowledgements: string[] | null };

/**
 * The workflow bar above the article: where it stands and who has it, and the steps this
 * person may take, drawn from the same policy the router enforces.
 */
const NOT_SAVED = 'The latest changes are not saved yet, so nothing was done. Try again when the status shows “Saved”.';

export function WorkflowHeader({ status, headline, editable, saveNow, onStatus }: Props) {
  const { session } = useAuth();
  const api = useApi();
  const toasts = useToasts();
  const [asking, setAsking] = useState<Asking>({ kind: 'none' });
  const { busy, run: act } = useFormAction('toast');
  const steps = availableActions(session, { state: status.state, authorId: status.author.id, holderId: status.holder?.id ?? null });

  const run = (input: TransitionInput, then?: TransitionInput): Promise<boolean> =>
    act(
      async () => {
        if (!(await saveNow())) {
          toasts.showError(NOT_SAVED);
          return;
        }
        const result = await api.call('workflow.transition', input);
        if (result.outcome === 'refused') {
          setAsking({ kind: 'approve', refusal: result.message });
          return;
        }
        onStatus(result.status);
        setAsking({ kind: 'none' });
        toasts.showInfo(result.status.state === 'in_edit' && input.action === 'reopen' ? 'Reopened for changes: the approval is void and the article is yours to edit.' : DONE[input.action]);
        if (then !== undefined) {
          const next = await api.call('workflow.transition', then);
          if (next.outcome === 'done') {
            onStatus(next.status);
            toasts.showInfo(DONE[then.action]);
          } else toasts.showError(next.message);
        }
      },
      { failed: `Couldn't ${input.action} the article` },
    );

  /** Passing to the desk: straight on when nothing blocks approval, else after a warning naming what blocks. */
  const pass = async (): Promise<void> => {
    let clear = false;
    await act(
      async () => {
        if (!(await saveNow())) {
          toasts.showError(NOT_SAVED);
          return;
        }
        const { findings } = await api.call('checks.run', { articleId: status.articleId });
        const { blocking } = evaluateGate(findings, []);
        if (blocking.length > 0) setAsking({ kind: 'pass', blocking });
        else clear = true;
      },
      { failed: "Couldn't check the article before passing it on" },
    );
    if (clear) await run({ articleId: status.articleId, action: 'pass' });
  };

  const start = (step: AvailableAction) => {
    const articleId = status.articleId;
    if (step.action === 'submit') setAsking({ kind: 'submit' });
    else if (step.action === 'pass') void pass();
    else if (step.input === 'note') setAsking({ kind: 'return' });
    else if (step.input === 'gate') setAsking({ kind: 'approve', refusal: null });
    else if (step.input === 'time') setAsking({ kind: 'schedule' });
    else if (step.action === 'correct') setAsking({ kind: 'correct' });
    else if (step.action === 'publish') setAsking({ kind: 'publish', acknowledgements: null });
    else if (step.action === 'reopen' && step.to === 'in_edit') setAsking({ kind: 'reopen' });
    else if (step.tone === 'danger') setAsking({ kind: 'confirm', step });
    else if (step.action !== 'return' && step.action !== 'approve' && step.action !== 'schedule') void run({ articleId, action: step.action });
  };

  const title = headline.trim() || 'Untitled';

  return (
    <section className="workflow" aria-label="Workflow">
      <div className="workflow__bar">
        <span className={`state-badge state-badge--${status.state}`} data-testid="workflow-state">
          {STATE_LABELS[status.state]}
        </span>
        <span className="workflow__summary">{summary(status)}</span>
        {steps.length > 0 ? (
          <div className="workflow__actions" role="group" aria-label="Workflow actions">
            {steps.map((step) => (
              <button
                key={step.action}
                type="button"
                className={`button button--small${step.tone === 'primary' ? ' button--primary' : step.tone === 'danger' ? ' button--danger-quiet' : ''}`}
                disabled={busy}
                onClick={() => start(step)}
              >
                {step.label}
              </button>
            ))}
          </div>
        ) : null}
      </div>
      <WorkflowBanners status={status} editable={editable} me={session.userId} />

      {asking.kind === 'submit' ? (
        <SubmitDialog
          title={title}
          busy={busy}
          onSubmit={(note) => void run({ articleId: status.articleId, action: 'submit', ...(note === '' ? {} : { note }) })}
          onCancel={() => setAsking({ kind: 'none' })}
        />
      ) : null}
      {asking.kind === 'pass' ? (
        <PassWarningDialog
          blocking={asking.blocking}
          busy={busy}
          onPass={() => void run({ articleId: status.articleId, action: 'pass' })}
          onCancel={() => setAsking({ kind: 'none' })}
        />
      ) : null}
      {asking.kind === 'return' ? (
        <ReturnDialog
          writer={status.author.name}
          busy={busy}
          onReturn={(note) => void run({ articleId: status.articleId, action: 'return', note })}
          onCancel={() => setAsking({ kind: 'none' })}
        />
      ) : null}
      {asking.kind === 'approve' ? (
        <ApproveDialog
          articleId={status.articleId}
          busy={busy}
          refusal={asking.refusal}
          saveNow={saveNow}
          onApprove={(acknowledgements) => void run({ articleId: status.articleId, action: 'approve', acknowledgements })}
          onApproveAndPublish={(acknowledgements) => setAsking({ kind: 'publish', acknowledgements })}
          onCancel={() => setAsking({ kind: 'none' })}
        />
      ) : null}
      {asking.kind === 'publish' ? (
        <PublishConfirmDialog
          headline={headline}
          scheduledFor={status.state === 'scheduled' ? status.publishAt : null}
          confirmLabel={asking.acknowledgements === null ? 'Publish now' : 'Approve and publish now'}
          busy={busy}
          onConfirm={() => {
            const publish = { articleId: status.articleId, action: 'publish' } as const;
            if (asking.acknowledgements === null) void run(publish);
            else void run({ articleId: status.articleId, action: 'approve', acknowledgements: asking.acknowledgements }, publish);
          }}
          onCancel={() => setAsking({ kind: 'none' })}
        />
      ) : null}
      {asking.kind === 'correct' ? (
        <CorrectionDialog
          busy={busy}
          onCorrect={(note) => void run({ articleId: status.articleId, action: 'correct', note })}
          onCancel={() => setAsking({ kind: 'none' })}
        />
      ) : null}
      {asking.kind === 'reopen' ? (
        <ReopenDialog
          title={title}
          approval={status.approval}
          publishAt={status.state === 'scheduled' ? status.publishAt : null}
          busy={busy}
          onReopen={(note) => void run({ articleId: status.articleId, action: 'reopen', ...(note === '' ? {} : { note }) })}
          onCancel={() => setAsking({ kind: 'none' })}
        />
      ) : null}
      {asking.kind === 'schedule' ? (
        <ScheduleDialog
          current={status.publishAt}
          busy={busy}
          onSchedule={(publishAt) => void run({ articleId: status.articleId, action: 'schedule', publishAt })}
          onCancel={() => setAsking({ kind: 'none' })}
        />
      ) : null}
      {asking.kind === 'confirm' ? (
        <ConfirmStepDialog
          title={`${asking.step.label} “${title}”?`}
          explanation={
            asking.step.action === 'spike'
              ? 'The article leaves the workflow and is kept in the archive; a desk chief can reopen it as a draft.'
              : 'The article is taken down from every publishing target (its page is removed from the folder); a desk chief can reopen it as a draft.'
          }
          confirmLabel={asking.step.label}
          busy={busy}
          onConfirm={() => {
            const action = asking.step.action;
            if (action !== 'return' && action !== 'approve' && action !== 'schedule') void run({ articleId: status.articleId, action });
          }}
          onCancel={() => setAsking({ kind: 'none' })}
        />
      ) : null}
    </section>
  );
}
