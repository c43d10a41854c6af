import type { Dispatch, FormEvent, SetStateAction } from 'react';
import type { CommentThread } from '../../../shared/domain/review';
import { useApi } from '../../platform/ApiContext';
import { useToasts } from '../../ui/toasts';
import { afterSent } from '../../ui/afterSent';
import { useFormAction } from '../../ui/useFormAction';
import { selectMark, when } from './reviewOrder';

interface Props {
  thread: CommentThread;
  /** May mark it blocking (editors and desk chiefs). */
  canBlock: boolean;
  canReply: boolean;
  /** The reply being typed: kept by the list, as resolving or reopening moves the thread to another list (a new item). */
  reply: string;
  setReply: Dispatch<SetStateAction<string>>;
}

/** One thread: the quoted words (choosing them selects them in the text), the comment, replies, and its actions. */
export function CommentThreadItem({ thread, canBlock, canReply, reply, setReply }: Props) {
  const api = useApi();
  const toasts = useToasts();
  const { busy, run } = useFormAction('toast');

  const sendReply = async (event: FormEvent) => {
    event.preventDefault();
    if (reply.trim() === '') return;
    const sent = reply;
    // What was typed while the reply went out stays in the box.
    if (await run(() => api.call('review.reply', { commentId: thread.id, text: sent.trim() }))) setReply(afterSent(sent, ''));
  };

  const jump = () => {
    if (!selectMark('comment', thread.id)) toasts.showInfo('Those words are no longer in the text.');
  };

  const classes = ['review-thread', thread.resolved ? 'review-thread--resolved' : '', thread.blocking && !thread.resolved ? 'review-thread--blocking' : '']
    .filter(Boolean)
    .join(' ');

  return (
    <li className={classes} aria-label={`Comment by ${thread.author.name}`}>
      {thread.detached ? (
        <p className="review-thread__quote">“{thread.quote}” (its words were deleted)</p>
      ) : (
        <button type="button" className="review-thread__jump review-thread__quote" onClick={jump} aria-label={`Show “${thread.quote}” in the text`}>
          “{thread.quote}”
        </button>
      )}
      <p className="review-thread__meta">
        {thread.blocking ? <span className="review-badge review-badge--block">Blocking</span> : null}
        {thread.resolved ? <span className="review-badge">Resolved by {thread.resolved.by.name}</span> : null}
        {thread.author.name} · {when(thread.createdAt)}
      </p>
      <p className="review-thread__text">{thread.text}</p>
      {thread.replies.length > 0 ? (
        <ul className="review-replies" aria-label="Replies">
          {thread.replies.map((r) => (
            <li key={r.id}>
              <p className="review-thread__meta">
                {r.author.name} · {when(r.createdAt)}
              </p>
              <p className="review-thread__text">{r.text}</p>
            </li>
          ))}
        </ul>
      ) : null}
      {canReply ? (
        <form className="review-thread__reply" onSubmit={(event) => void sendReply(event)}>
          <textarea aria-label={`Reply to ${thread.author.name}`} rows={2} value={reply} onChange={(event) => setReply(event.target.value)} />
          <div className="review-thread__actions">
            {canBlock ? (
              <label>
                <input
                  type="checkbox"
                  checked={thread.blocking}
                  disabled={busy}
                  onChange={(event) => void run(() => api.call('review.setBlocking', { commentId: thread.id, blocking: event.target.checked }))}
                />{' '}
                Blocking
              </label>
            ) : null}
            <button
              type="button"
              className="button button--small"
              disabled={busy}
              onClick={() => void run(() => api.call('review.resolve', { commentId: thread.id, resolved: thread.resolved === null }))}
            >
              {thread.resolved === null ? 'Resolve' : 'Reopen'}
            </button>
            <button type="submit" className="button button--small button--primary" disabled={busy || reply.trim() === ''}>
              Reply
            </button>
          </div>
        </form>
      ) : null}
    </li>
  );
}
