import type { ArticleSession } from './session/ArticleSession';
import { useArticleLoader } from './session/useArticleLoader';
import { ArticleEditor } from './ArticleEditor';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { goHome } from '../app/route';

interface Props {
  articleId: string;
  onSession: (session: ArticleSession | null) => void;
}

/** The main area for one article: loading, "not found", a failure to load, or the editor. */
export function ArticleWorkspace({ articleId, onSession }: Props) {
  const { load, reload, replace } = useArticleLoader(articleId);

  switch (load.kind) {
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
            <p className="empty-state__text">{load.message}</p>
            <button type="button" className="button button--primary" onClick={reload}>
              Try again
            </button>
          </div>
        </main>
      );
    case 'ready':
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
            onReload={reload}
            onReplace={replace}
            onSession={onSession}
            // A blank article opens with the caret in its headline, where writing starts.
            autoFocusHeadline={load.loadId === 1 && load.article.meta.headline === '' && load.article.wordCount === 0}
          />
        </ErrorBoundary>
      );
  }
}
