import type { LexicalEditor } from 'lexical';
import { useAuth } from '../../auth/AuthContext';
import { useReview } from '../../editor/review/useReview';
import type { PanelProps } from '../panelTypes';
import { CommentThreadItem } from './CommentThreadItem';
import { inTextOrder, useLiveMarks } from './reviewOrder';
import { useDrafts } from './useDrafts';
import '../../css/review.css';

/**
 * The open article's comment threads: open ones in the order of their words in the text,
 * then resolved ones, then detached ones (their words were deleted) with the words they
 * were made on. Kept current from other windows and people by `review.changed`.
 */
export function CommentsPanel({ session }: PanelProps) {
  if (session === null) return <p className="panel-empty">Open an article to see its comments.</p>;
  return <CommentList articleId={session.articleId} editor={session.editor} />;
}

function CommentList({ articleId, editor }: { articleId: string; editor: LexicalEditor }) {
  const { session } = useAuth();
  // The replies being typed, by thread.
  const { draftOf, setDraft } = useDrafts('');
  const { load } = useReview(articleId);
  const live = useLiveMarks(editor);
  if (load.kind === 'loading') return <p className="panel-empty">Loading comments…</p>;
  if (load.kind === 'failed') return <p className="field-error" role="alert">Couldn't load the comments: {load.message}</p>;

  const comments = load.value.comments.map((thread) => ({ ...thread, detached: !live.includes(`comment:${thread.id}`) }));
  const { attached, detached } = inTextOrder(comments, 'comment', live);
  const open = attached.filter((thread) => thread.resolved === null);
  const resolved = attached.filter((thread) => thread.resolved !== null);
  const canBlock = session.role === 'editor' || session.role === 'desk_chief';
  const canReply = session.role !== 'admin';
  const item = (thread: (typeof comments)[number]) => (
    <CommentThreadItem key={thread.id} thread={thread} canBlock={canBlock} canReply={canReply} reply={draftOf(thread.id)} setReply={setDraft(thread.id)} />
  );

  if (comments.length === 0) {
    return <p className="panel-empty">No comments yet. Select words in the text and choose Comment (Ctrl+Alt+M).</p>;
  }
  return (
    <section className="review-panel" aria-label="Comments">
      <p role="status" className="review-thread__meta">
        {open.length} open · {resolved.length} resolved{detached.length > 0 ? ` · ${detached.length} detached` : ''}
      </p>
      {open.length > 0 ? (
        <ul className="review-list" aria-label="Open comments">
          {open.map(item)}
        </ul>
      ) : null}
      {resolved.length > 0 ? (
        <>
          <h3>Resolved</h3>
          <ul className="review-list" aria-label="Resolved comments">
            {resolved.map(item)}
          </ul>
        </>
      ) : null}
      {detached.length > 0 ? (
        <>
          <h3>Detached (their words were deleted)</h3>
          <ul className="review-list" aria-label="Detached comments">
            {detached.map(item)}
          </ul>
        </>
      ) : null}
    </section>
  );
}
