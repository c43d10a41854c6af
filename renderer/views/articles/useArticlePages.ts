import { useEffect, useMemo, useReducer, useRef } from 'react';
import { useApi, useGalleyEvent } from '../../platform/ApiContext';
import { ArticlePageCache } from './articlePageCache';

/** How long to gather list-changing events (a writer's autosaves) into one refresh. */
const REFRESH_COALESCE_MS = 400;

/** The paged article list for a query, refreshed when articles are saved or the list changes. */
export function useArticlePages(query: string): ArticlePageCache {
  const api = useApi();
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const cache = useMemo(
    () =>
      new ArticlePageCache(
        (q, offset, limit) => api.call('articles.list', { query: q, offset, limit }),
        rerender,
      ),
    [api],
  );

  useEffect(() => cache.setQuery(query), [cache, query]);

  const refreshTimer = useRef<number | null>(null);
  useEffect(
    () => () => {
      if (refreshTimer.current !== null) window.clearTimeout(refreshTimer.current);
    },
    [],
  );

  useGalleyEvent((event) => {
    if (event.type !== 'articles.listChanged' && event.type !== 'article.saved') return;
    if (refreshTimer.current !== null) return;
    refreshTimer.current = window.setTimeout(() => {
      refreshTimer.current = null;
      cache.refresh();
    }, REFRESH_COALESCE_MS);
  });

  return cache;
}
