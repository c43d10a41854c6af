import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { createPortal } from 'react-dom';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { LexicalEditor } from 'lexical';
import { useAuth } from '../../auth/AuthContext';
import { errorMessage } from '../../platform/api';
import { useApi } from '../../platform/ApiContext';
import { useToasts } from '../../ui/toasts';
import { addMark, readSelection, removeMark, type HeldSelection } from './reviewActions';
import { onCommand, type AppCommand } from '../../app/commands';
import { commandForKeyEvent } from '../commands/shortcuts';
import { useFloatingPlace } from '../../ui/floating/useFloatingPlace';
import { useHoldsFloatingLayer } from '../../ui/floating/floatingLayer';
import '../../css/review.css';

/**
 * Select words, then "Comment" or "Mark claim": from the small bar that appears by the
 * selection, the toolbar, the Format menu, or Ctrl+Alt+M / Ctrl+Alt+K (Cmd+Option on a Mac). Works in a read-only
 * editor too: reviewers annotate without taking the text (the marks go in through the
 * annotation-only save). The mark is added first and the record next; if the record is
 * refused, the mark is taken off again, so no mark points at nothing.
 */

const isReviewer = (role: string) => role === 'editor' || role === 'desk_chief';

function selectionInside(root: HTMLElement | null): Range | null {
  const selection = window.getSelection();
  if (root === null || selection === null || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.commonAncestorContainer)) return null;
  return selection.toString().trim() === '' ? null : range;
}

export function ReviewActionsPlugin({ articleId }: { articleId: string | null }) {
  const [editor] = useLexicalComposerContext();
  const { session } = useAuth();
  const reviewer = isReviewer(session.role);
  const canComment = session.role !== 'admin';
  // The selected words, as a range of their own (the selection's range changes with the selection).
  const [bar, setBar] = useState<Range | null>(null);
  const [composer, setComposer] = useState<{ held: HeldSelection; words: Range } | null>(null);
  const barPlace = useFloatingPlace<HTMLDivElement>(() => bar?.getBoundingClientRect() ?? null, [bar, composer]);
  const api = useApi();
  const toasts = useToasts();

  useEffect(() => {
    let frame = 0;
    let shown = false;
    const update = () => {
      // Typing moves a collapsed caret on every key: that needs nothing here (no frame callback
      // in the frame that shows the character) unless the bar is up and must go.
      if (!shown && window.getSelection()?.isCollapsed !== false) return;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const range = selectionInside(editor.getRootElement());
        shown = range !== null;
        setBar(range === null ? null : range.cloneRange());
      });
    };
    document.addEventListener('selectionchange', update);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('selectionchange', update);
    };
  }, [editor]);

  const startComment = useCallback(() => {
    const range = selectionInside(editor.getRootElement());
    const held = readSelection(editor);
    if (held === null || range === null) {
      toasts.showInfo('Select the words to comment on first.');
      return;
    }
    setComposer({ held, words: range.cloneRange() });
  }, [editor, toasts]);

  const markClaim = useCallback(async () => {
    if (articleId === null) return;
    const held = readSelection(editor);
    if (held === null) {
      toasts.showInfo('Select the words of the claim first.');
      return;
    }
    const id = crypto.randomUUID();
    if (!addMark(editor, held, 'claim', id)) return;
    try {
      await api.call('review.addClaim', { articleId, id, quote: held.quote });
      toasts.showInfo('Claim marked: record its verdict in the Claims panel.');
    } catch (error) {
      removeMark(editor, 'claim', id);
      toasts.showError(`Couldn't mark the claim: ${errorMessage(error)}`);
    }
  }, [api, articleId, editor, toasts]);

  // The same commands from the toolbar, the native menu and the shortcuts (which work on a
  // read-only text too, where the editor itself never sees the keys).
  useEffect(() => {
    const run = (command: AppCommand): boolean => {
      if (command === 'review.comment' && canComment) startComment();
      else if (command === 'review.claim' && reviewer) void markClaim();
      else return false;
      return true;
    };
    const onKey = (event: KeyboardEvent) => {
      const command = commandForKeyEvent(event);
      if ((command !== 'review.comment' && command !== 'review.claim') || selectionInside(editor.getRootElement()) === null) return;
      event.preventDefault();
      run(command);
    };
    window.addEventListener('keydown', onKey, true);
    const stop = onCommand(run);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      stop();
    };
  }, [editor, canComment, reviewer, startComment, markClaim]);

  if (articleId === null || !canComment) return null;
  return (
    <>
      {bar !== null && composer === null
        ? createPortal(
            <div ref={barPlace.ref} className="review-bar" role="toolbar" aria-label="Review the selected words" style={barPlace.style}>
              <button
                type="button"
                className="button button--small"
                // Keep the words selected: the click must not move the selection first.
                onMouseDown={(event) => event.preventDefault()}
                onClick={startComment}
                aria-keyshortcuts="Control+Alt+M"
                title="Comment (Ctrl+Alt+M)"
              >
                Comment
              </button>
              {reviewer ? (
                <button
                  type="button"
                  className="button button--small"
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => void markClaim()}
                  aria-keyshortcuts="Control+Alt+K"
                  title="Mark claim (Ctrl+Alt+K)"
                >
                  Mark claim
                </button>
              ) : null}
            </div>,
            document.body,
          )
        : null}
      {composer !== null ? (
        <CommentComposer
          editor={editor}
          articleId={articleId}
          held={composer.held}
          words={composer.words}
          canBlock={reviewer}
          onClose={() => setComposer(null)}
        />
      ) : null}
    </>
  );
}

function CommentComposer(props: {
  editor: LexicalEditor;
  articleId: string;
  held: HeldSelection;
  /** The words commented on: the box goes by them, never over them. */
  words: Range;
  canBlock: boolean;
  onClose: () => void;
}) {
  const { editor, articleId, held, words, canBlock, onClose } = props;
  const api = useApi();
  const toasts = useToasts();
  const [text, setText] = useState('');
  const [blocking, setBlocking] = useState(false);
  const [busy, setBusy] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);
  const place = useFloatingPlace<HTMLFormElement>(() => words.getBoundingClientRect(), [words]);
  useHoldsFloatingLayer();

  // Focus goes in once the box is placed: focusing it while still hidden would be refused.
  useEffect(() => {
    if (place.placed) field.current?.focus({ preventScroll: true });
  }, [place.placed]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '' || busy) return;
    setBusy(true);
    const id = crypto.randomUUID();
    if (!addMark(editor, held, 'comment', id)) {
      toasts.showError('Those words changed meanwhile: select them again.');
      onClose();
      return;
    }
    try {
      await api.call('review.addComment', { articleId, id, quote: held.quote, text: text.trim(), blocking });
      onClose();
    } catch (error) {
      removeMark(editor, 'comment', id);
      toasts.showError(`Couldn't add the comment: ${errorMessage(error)}`);
      setBusy(false);
    }
  };

  return createPortal(
    <form
      ref={place.ref}
      className="review-composer"
      role="dialog"
      aria-label="New comment"
      style={place.style}
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <p className="review-composer__quote">“{held.quote.length > 80 ? `${held.quote.slice(0, 79)}…` : held.quote}”</p>
      <textarea ref={field} aria-label="Comment" value={text} rows={3} onChange={(event) => setText(event.target.value)} />
      {canBlock ? (
        <label className="review-composer__check">
          <input type="checkbox" checked={blocking} onChange={(event) => setBlocking(event.target.checked)} /> Blocking (must be resolved before approval)
        </label>
      ) : null}
      <div className="review-composer__actions">
        <button type="button" className="button button--small" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="button button--small button--primary" disabled={busy || text.trim() === ''}>
          Add comment
        </button>
      </div>
    </form>,
    document.body,
  );
}
