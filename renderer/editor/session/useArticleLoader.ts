import { useCallback, useLayoutEffect, useState } from 'react';
import type { Article } from '../../../shared/domain/article';
import { isApiError } from '../../platform/api';
import { useApi } from '../../platform/ApiContext';
import { whenSaved } from '../../common/saveRegistry';
import { takePrefetched } from './articlePrefetch';
import { openLiveText, type LiveText } from '../collab/liveText';

export type ArticleLoad =
  | { kind: 'loading' }
  /** `live`: the article's shared text when the workstation shares it through a hub (null: solo). */
  | { kind: 'ready'; article: Article; loadId: number; live: LiveText | null }
  | { kind: 'notFound' }
  | { kind: 'failed'; message: string };

/**
 * Loads an article for the editor, after any save of it still on its way (from an editor
 * just closed), so the editor starts from what the writer last typed.
 */
export function useArticleLoader(articleId: string) {
  const api = useApi();
  const [load, setLoad] = useState<ArticleLoad>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);

  // A layout effect, so the request leaves before the browser paints the "Opening…" state
  // rather than after: opening a long article is that much sooner.
  useLayoutEffect(() => {
    let current = true;
    setLoad((previous) => (previous.kind === 'ready' ? previous : { kind: 'loading' }));
    // The first load takes what the click already asked for; a reload asks again.
    const prefetched = attempt === 0 ? takePrefetched('article', articleId) : null;
    (async () => {
      try {
        const get = () => prefetched ?? whenSaved(articleId).then(() => api.call('articles.get', { id: articleId }));
        const [{ article, adopted }, opened] = await Promise.all([getOrAdopt(api, articleId, get), openLiveText(api, articleId)]);
        // An article just brought from the hub was not here when the shared text was asked for.
        let live = opened;
        if (adopted) {
          opened?.close();
          live = await openLiveText(api, articleId);
        }
        if (current) setLoad((previous) => ({ kind: 'ready', article, loadId: loadIdAfter(previous), live }));
        else live?.close();
      } catch (error) {
        if (!current) return;
        if (isApiError(error) && (error.code === 'NOT_FOUND' || error.code === 'BAD_INPUT')) setLoad({ kind: 'notFound' });
        else setLoad({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
      }
    })();
    return () => {
      current = false;
    };
  }, [api, articleId, attempt]);

  /** Fetches the article again (after a conflict, or a change made elsewhere). */
  const reload = useCallback(() => setAttempt((n) => n + 1), []);

  /** Shows an article the server returned (after a restore) without asking again. */
  // A shared article's text is its document, which a restored row does not change: it is
  // opened afresh instead (the editor that held the shared text closes it as it goes).
  const shared = load.kind === 'ready' && load.live !== null;
  const replace = useCallback(
    (article: Article) => {
      if (shared) setAttempt((n) => n + 1);
      else setLoad((previous) => ({ kind: 'ready', article, loadId: loadIdAfter(previous), live: null }));
    },
    [shared],
  );

  return { load, reload, replace };
}

/**
 * The article from this workstation, or, when it has none of that id, another person's
 * article shared through the newsroom hub (opening it by id brings it here).
 */
async function getOrAdopt(api: ReturnType<typeof useApi>, articleId: string, get: () => Promise<Article>): Promise<{ article: Article; adopted: boolean }> {
  try {
    return { article: await get(), adopted: false };
  } catch (error) {
    if (!isApiError(error) || error.code !== 'NOT_FOUND') throw error;
    const { adopted } = await api.call('collab.adopt', { articleId });
    if (!adopted) throw error;
    return { article: await api.call('articles.get', { id: articleId }), adopted: true };
  }
}

function loadIdAfter(previous: ArticleLoad): number {
  return previous.kind === 'ready' ? previous.loadId + 1 : 1;
}
