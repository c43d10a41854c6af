import { useCallback, useEffect, useState, type CSSProperties } from 'react';
import type { ArticleSession } from '../editor/session/ArticleSession';
import { ArticleWorkspace } from './ArticleWorkspace';
import { PanelHost } from '../panels/PanelHost';
import { PANELS } from '../panels/registry';
import { errorMessage } from '../platform/api';
import { useApi, useGalleyEvent } from '../platform/ApiContext';
import { useToasts } from '../ui/toasts';
import { ArticleSidebar } from '../views/articles/ArticleSidebar';
import { isAppCommand, onCommand, runCommand } from '../common/commands';
import { openArticle, useRoute } from '../common/route';
import { prefetchArticle } from '../editor/session/articlePrefetch';
import { prepareSpareEditor } from '../editor/ArticleComposer';
import { useTheme } from './theme';
import { TopBar } from './TopBar';
import { usePanelVisibility } from './usePanelVisibility';
import { usePanelWidth } from './usePanelWidth';
import { PanelResizer } from '../panels/PanelResizer';
import { useWindowGuards } from './useWindowGuards';
import { DeskWorkspace } from './DeskWorkspace';

/** The window: top bar, article list (nav), editor (main) and side panels (complementary). */
export function App() {
  const api = useApi();
  const toasts = useToasts();
  const route = useRoute();
  const { theme, toggleTheme } = useTheme();
  const panel = usePanelVisibility();
  const panelWidth = usePanelWidth();
  const [session, setSession] = useState<ArticleSession | null>(null);
  const [creating, setCreating] = useState(false);

  useWindowGuards();
  // The first article opened finds its editor made.
  useEffect(() => prepareSpareEditor(), []);

  const newArticle = useCallback(async () => {
    setCreating(true);
    try {
      const article = await api.call('articles.create', {});
      openArticle(article.id);
    } catch (error) {
      toasts.showError(`Couldn't create an article: ${errorMessage(error)}`);
    } finally {
      setCreating(false);
    }
  }, [api, toasts]);

  useEffect(
    () =>
      onCommand((command) => {
        if (command === 'article.new') void newArticle();
        else if (command === 'view.toggleTheme') toggleTheme();
        else return false;
        return true;
      }),
    [newArticle, toggleTheme],
  );

  useGalleyEvent((event) => {
    if (event.type === 'menu.command' && isAppCommand(event.command)) runCommand(event.command);
  });

  useEffect(() => {
    if (route.kind === 'home') document.title = 'Galley';
  }, [route.kind]);

  const openArticleId = route.kind === 'article' ? route.articleId : null;
  // The panels are about the open article: elsewhere (desk, Users, Settings, Publishing) the screen has the whole width.
  const panelShown = openArticleId !== null && panel.visible;
  const openFromList = useCallback(
    (articleId: string) => {
      if (articleId !== openArticleId) prefetchArticle(api, articleId);
      openArticle(articleId);
    },
    [api, openArticleId],
  );

  return (
    <div className={panelShown ? 'app' : 'app app--panel-hidden'} style={{ '--panel-width': `${panelWidth.width}px` } as CSSProperties}>
      <a
        className="skip-link"
        href="#editor"
        onClick={(event) => {
          // The hash holds the route, so move focus by hand instead of following the link.
          event.preventDefault();
          (document.getElementById('article-body') ?? document.getElementById('editor'))?.focus();
        }}
      >
        Skip to the article
      </a>
      <TopBar
        theme={theme}
        onToggleTheme={toggleTheme}
        onNewArticle={() => void newArticle()}
        creating={creating}
        panelVisible={openArticleId === null ? null : panel.visible}
        onTogglePanel={panel.toggle}
      />
      <ArticleSidebar openArticleId={openArticleId} onOpen={openFromList} />
      {openArticleId !== null ? (
        <ArticleWorkspace
          key={openArticleId}
          articleId={openArticleId}
          onSession={setSession}
        />
      ) : (
        <DeskWorkspace route={route} onNewArticle={() => void newArticle()} />
      )}
      {openArticleId !== null ? (
        <PanelHost
          panels={PANELS}
          session={session}
          visible={panel.visible}
          onShow={panel.show}
          resizer={<PanelResizer width={panelWidth.width} min={panelWidth.min} max={panelWidth.max} onResize={panelWidth.resize} onReset={panelWidth.reset} />}
        />
      ) : null}
    </div>
  );
}
