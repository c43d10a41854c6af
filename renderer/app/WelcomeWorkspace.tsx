import { ArticleIcon } from '../ui/icons';

/** The main area with no article open. */
export function WelcomeWorkspace({ onNewArticle }: { onNewArticle: () => void }) {
  return (
    <main className="workspace workspace--message" id="editor" aria-label="Editor">
      <div className="empty-state">
        <span className="empty-state__icon">
          <ArticleIcon />
        </span>
        <h1 className="empty-state__title">No article open</h1>
        <p className="empty-state__text">Choose an article from the list, or start a new one.</p>
        <button type="button" className="button button--primary" onClick={onNewArticle}>
          New article
        </button>
      </div>
    </main>
  );
}
