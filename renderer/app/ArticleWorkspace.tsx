import { startTransition, useCallback, useRef } from 'react';
import type { ArticleSession } from '../editor/session/ArticleSession';
import { useArticleLoader } from '../editor/session/useArticleLoader';
import { ArticleEditor } from '../editor/ArticleEditor';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { goHome } from '../common/route';
import { useAuth } from '../common/AuthContext';
import { canEdit } from '../../shared/workflow/available';
import { useWorkflowStatus } from '../workflow/useWorkflowStatus';
import { WorkflowHeader } from '../workflow/WorkflowHeader';
import { useRecordLook } from '../review/changesSince';

interface Props {
  articleId: string;
  onSession: (session: ArticleSession | null) => void;
}

/** The main area for one article: loading, "not found", a failure to load, or the editor. */
export function ArticleWorkspace({ articleId, onSession }: Props) {
  const { load, reload, replace } = useArticleLoader(articleId);
  const workflow = useWorkflowStatus(articleId);
  const { session: me } = useAuth();
  const editorSession = useRef<ArticleSession | null>(null);
  const trackSession = useCallback(
    (session: ArticleSession | null) => {
      editorSession.current = session;
      // The side panels follow as a transition: the article is drawn first, its panels after.
      startTransition(() => onSession(session));
    },
    [onSession],
  );
  const saveNow = useCallback(async () => editorSession.current?.saveNow() ?? true, []);

  // The editor opens once it is known who may change the article: never editable first and locked after.
  const kind = load.kind === 'ready' && workflow.load.kind === 'loading' ? 'loading' : load.kind;
  useRecordLook(articleId, kind === 'ready');
  switch (kind) {
    case 'loading':
      return (
        <main className="workspace workspace--message" id="editor" aria-label="Editor" aria-busy="true">
          <p className="workspace__loading">Opening article…</p>
        </main>
      );
    case 'notFound':
      return (
        <main className="workspace workspace--message" id="editor" aria-label="Editor">
          <div className="empty-state">
            <h1 className="empty-state__title">Article not found</h1>
            <p className="empty-state__text">
              There is no article with this address. It may have been deleted, or the link is incomplete.
            </p>
            <button type="button" className="button" onClick={goHome}>
              Back to the article list
            </button>
          </div>
        </main>
      );
    case 'failed':
      return (
        <main className="workspace workspace--message" id="editor" aria-label="Editor">
          <div className="empty-state" role="alert">
            <h1 className="empty-state__title">This article couldn't be opened</h1>
            <p className="empty-state__text">{load.kind === 'failed' ? load.message : ''}</p>
            <button type="button" className="button button--primary" onClick={reload}>
              Try again
            </button>
          </div>
        </main>
      );
    case 'ready': {
      if (load.kind !== 'ready') return null;
      const status = workflow.load.kind === 'ready' ? workflow.load.status : null;
      const editable =
        status !== null && canEdit(me, { state: status.state, authorId: status.author.id, holderId: status.holder?.id ?? null });
      return (
        <ErrorBoundary
          key={load.loadId}
          fallback={(error) => (
            <main className="workspace workspace--message" id="editor" aria-label="Editor">
              <div className="empty-state" role="alert">
                <h1 className="empty-state__title">This article can't be shown</h1>
                <p className="empty-state__text">
                  Its text could not be displayed ({error.message}). Nothing has been changed; an earlier version may
                  be restored from Versions.
                </p>
              </div>
            </main>
          )}
        >
          <ArticleEditor
            article={load.article}
            live={load.live}
            onReload={reload}
            onReplace={replace}
            onSession={trackSession}
            readOnly={!editable}
            header={
              status !== null ? (
                <WorkflowHeader
                  status={status}
                  headline={load.article.meta.headline}
                  editable={editable}
                  saveNow={saveNow}
                  onStatus={workflow.replace}
                />
              ) : (
                <p className="field-error workflow" role="alert">
                  Couldn't load where this article stands in the workflow, so it is shown read-only.
                </p>
              )
            }
            // A blank article opens with the caret in its headline, where writing starts.
            autoFocusHeadline={load.loadId === 1 && load.article.meta.headline === '' && load.article.wordCount === 0}
          />
        </ErrorBoundary>
      );
    }
  }
}
