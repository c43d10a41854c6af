import type { Dispatch, FormEvent, SetStateAction } from 'react';
import { CLAIM_STATUSES, STATUSES_NEEDING_NOTE, type Claim, type ClaimStatus } from '../../../shared/domain/review';
import type { Source } from '../../../shared/domain/source';
import { errorMessage } from '../../platform/api';
import { useApi } from '../../platform/ApiContext';
import { useToasts } from '../../ui/toasts';
import { afterSent } from '../../ui/afterSent';
import { useFormAction } from '../../ui/useFormAction';
import { selectMark, when } from './reviewOrder';
import { ClaimAuthorForm, ClaimAuthorLine } from './ClaimAuthorForm';

export const STATUS_LABELS: Readonly<Record<ClaimStatus, string>> = {
  unchecked: 'Unchecked',
  verified: 'Verified',
  disputed: 'Disputed',
  false: 'False',
  unverifiable: 'Unverifiable',
};

const BADGE: Readonly<Record<ClaimStatus, string>> = {
  unchecked: 'review-badge review-badge--block',
  false: 'review-badge review-badge--block',
  disputed: 'review-badge review-badge--warn',
  unverifiable: 'review-badge review-badge--warn',
  verified: 'review-badge review-badge--ok',
};

interface Props {
  claim: Claim;
  /** The article's sources, to link the claim to. */
  sources: readonly Source[];
  /** May record verdicts and link sources (editors and desk chiefs). */
  canCheck: boolean;
  /** The verdict being chosen and its note: kept by the list, as the claim's words being deleted (or restored) moves it to another list (a new item). */
  draft: VerdictDraft;
  setDraft: Dispatch<SetStateAction<VerdictDraft>>;
}

/** A verdict being recorded: no verdict is preselected, so that one careless click does not verify a claim nobody checked. */
export interface VerdictDraft {
  status: ClaimStatus | '';
  note: string;
}

export const NO_VERDICT: VerdictDraft = { status: '', note: '' };

/** One claim: its words (choosing them selects them), its verdict, linked sources, and every verdict before. */
export function ClaimItem({ claim, sources, canCheck, draft, setDraft }: Props) {
  const api = useApi();
  const toasts = useToasts();
  const { status, note } = draft;
  const { busy, run } = useFormAction('toast');
  const needsNote = status !== '' && STATUSES_NEEDING_NOTE.includes(status);
  const noteId = `claim-note-${claim.id}`;

  const record = async (event: FormEvent) => {
    event.preventDefault();
    if (status === '' || (needsNote && note.trim() === '')) return;
    const sent = note;
    await run(async () => {
      await api.call('review.recordVerdict', { claimId: claim.id, status, note: sent.trim() });
      // What was typed while the verdict went out stays in the box.
      setDraft((current) => ({ status: '', note: afterSent(sent, '')(current.note) }));
    });
  };

  const toggleSource = async (sourceId: string, on: boolean) => {
    const next = on ? [...claim.sourceIds, sourceId] : claim.sourceIds.filter((id) => id !== sourceId);
    try {
      await api.call('review.setClaimSources', { claimId: claim.id, sourceIds: next });
    } catch (error) {
      toasts.showError(errorMessage(error));
    }
  };

  const linked = sources.filter((source) => claim.sourceIds.includes(source.id));
  return (
    <li className="review-thread" aria-label={`Claim: ${claim.quote}`}>
      {claim.detached ? (
        <p className="review-thread__quote">“{claim.quote}” (its words were deleted)</p>
      ) : (
        <button
          type="button"
          className="review-thread__jump review-thread__quote"
          onClick={() => {
            if (!selectMark('claim', claim.id)) toasts.showInfo('Those words are no longer in the text.');
          }}
          aria-label={`Show the claim “${claim.quote}” in the text`}
        >
          “{claim.quote}”
        </button>
      )}
      <p className="review-thread__meta">
        <span className={BADGE[claim.status]}>{STATUS_LABELS[claim.status]}</span>
        {claim.outdated ? <span className="review-badge review-badge--block">Out of date</span> : null}
        {claim.checked ? `${claim.checked.by.name} · ${when(claim.checked.at)}` : `Marked by ${claim.createdBy.name}`}
      </p>
      {claim.note !== '' ? <p className="review-thread__text">{claim.note}</p> : null}
      {canCheck ? <ClaimAuthorForm claim={claim} /> : <ClaimAuthorLine author={claim.author} />}
      {claim.outdated ? <p className="review-thread__meta">Its words changed after this verdict: check it again.</p> : null}
      {canCheck ? (
        <fieldset className="review-claim__sources">
          <legend className="review-thread__meta">Checked against</legend>
          {sources.length === 0 ? <p className="review-thread__meta">Attach sources in the Sources panel to link them here.</p> : null}
          {sources.map((source) => (
            <label key={source.id} className="review-composer__check">
              <input type="checkbox" checked={claim.sourceIds.includes(source.id)} onChange={(event) => void toggleSource(source.id, event.target.checked)} />{' '}
              {source.title}
            </label>
          ))}
        </fieldset>
      ) : linked.length > 0 ? (
        <p className="review-thread__meta">Checked against: {linked.map((source) => source.title).join('; ')}</p>
      ) : null}
      {canCheck ? (
        <form className="review-claim__verdict" onSubmit={(event) => void record(event)}>
          <label>
            Verdict{' '}
            <select className="input" value={status} required onChange={(event) => setDraft((current) => ({ ...current, status: event.target.value as ClaimStatus | '' }))}>
              <option value="" disabled>
                Choose…
              </option>
              {CLAIM_STATUSES.map((value) => (
                <option key={value} value={value}>
                  {STATUS_LABELS[value]}
                </option>
              ))}
            </select>
          </label>
          <label htmlFor={noteId} className="review-thread__meta">
            Note{needsNote ? ' (required: say why)' : ''}
          </label>
          <textarea id={noteId} rows={2} value={note} required={needsNote} onChange={(event) => setDraft((current) => ({ ...current, note: event.target.value }))} />
          <div className="review-thread__actions">
            <button type="submit" className="button button--small button--primary" disabled={busy || status === '' || (needsNote && note.trim() === '')}>
              Record verdict
            </button>
          </div>
        </form>
      ) : null}
      {claim.history.length > 0 ? (
        <details>
          <summary className="review-thread__meta">History ({claim.history.length})</summary>
          <ol className="review-history">
            {claim.history.map((check, index) => (
              <li key={index}>
                {STATUS_LABELS[check.status]} · {check.by.name} · {when(check.at)}
                {check.note !== '' ? ` — ${check.note}` : ''}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </li>
  );
}
