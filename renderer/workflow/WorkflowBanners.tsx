import type { WorkflowStatus } from '../../shared/domain/workflow';
import { dateTime } from '../ui/format';
import { STATE_LABELS } from '../common/stateLabels';

interface Props {
  status: WorkflowStatus;
  /** This person may change the article now. */
  editable: boolean;
  /** The signed-in person's id. */
  me: string;
}

const LIVE_APPROVAL = new Set(['approved', 'scheduled', 'published']);
const UNDER_EDIT = new Set(['submitted', 'in_edit', 'ready']);

/** What someone opening the article must know first: who has it, a voided approval, the notes it came with. */
export function WorkflowBanners({ status, editable, me }: Props) {
  const banners = [];
  const { approval } = status;

  if (approval?.voided && !LIVE_APPROVAL.has(status.state)) {
    const { voided } = approval;
    // Reopening for changes may say why; its step was written in the same instant as the void. (A return's note has a banner of its own.)
    const why = status.history.find((step) => step.action === 'reopen' && step.at === voided.at)?.note ?? null;
    banners.push(
      <div key="voided" className="banner banner--danger" role="alert" data-testid="approval-voided">
        <p className="banner__text">
          <strong>Approval voided.</strong> {voided.reason} ({dateTime(voided.at)}){why === null ? '' : `: “${why}”`}. {approval.approvedBy.name} had
          approved revision #{approval.revisionNumber} on {dateTime(approval.approvedAt)}; the article needs approval again.
        </p>
      </div>,
    );
  }

  if (status.state === 'returned' && status.lastReturn !== null) {
    banners.push(
      <div key="returned" className="banner" role="note" data-testid="return-note">
        <p className="banner__text">
          <strong>Returned by {status.lastReturn.by.name}:</strong> “{status.lastReturn.note}”
        </p>
      </div>,
    );
  }

  // The writer's note on submitting, for whoever edits it next (until it goes back to the writer).
  if (UNDER_EDIT.has(status.state) && status.lastSubmit?.note) {
    banners.push(
      <div key="submit-note" className="banner" role="note" data-testid="submit-note">
        <p className="banner__text">
          <strong>Note from {status.lastSubmit.by.name} on submitting ({dateTime(status.lastSubmit.at)}):</strong> “{status.lastSubmit.note}”
        </p>
      </div>,
    );
  }

  if (status.state === 'approved' || status.state === 'scheduled') {
    banners.push(
      <div key="approved" className="banner banner--info" role="status" data-testid="read-only-banner">
        <p className="banner__text">
          <strong>Approved: read only.</strong> The text, details, footnotes, sources and image rights are locked to what{' '}
          {status.approval?.approvedBy.name ?? 'the desk'} approved, so nothing changes what goes out. To change anything, an editor
          or desk chief uses “Reopen for changes…”, which voids the approval.
        </p>
      </div>,
    );
  } else if (!editable) {
    const holder = status.state === 'draft' || status.state === 'returned' ? status.author : status.holder;
    const text =
      holder !== null && holder.id !== me ? (
        <>
          <strong>Read only: {holder.name} has this article</strong>
          {status.state === 'in_edit' || status.state === 'correction' ? ' in edit' : ' as its writer'}. You see their changes as
          they save them.
        </>
      ) : (
        <>
          <strong>Read only.</strong> The article is {STATE_LABELS[status.state].toLowerCase()}: you can read it and follow it
          here, but not change it.
        </>
      );
    banners.push(
      <div key="readonly" className="banner banner--info" role="status" data-testid="read-only-banner">
        <p className="banner__text">{text}</p>
      </div>,
    );
  }

  return <>{banners}</>;
}
