import { useCallback, useEffect, useEffectEvent, useState } from 'react';
import type { GalleyEvent } from '../../shared/contract/events';
import { errorMessage, type Api } from './api';
import { useApi, useGalleyEvent } from './ApiContext';

export type DataLoad<T> = { kind: 'loading' } | { kind: 'ready'; value: T } | { kind: 'failed'; message: string };

/**
 * Something the host keeps about one article (its review, sources, revisions, findings),
 * fetched when the article is set and again whenever `changed` says an event touched it
 * or `refresh` is called. An answer for an article no longer shown is dropped. `running`
 * is true while a fetch is on its way (the last value stays shown meanwhile).
 */
export function useArticleData<T>(
  articleId: string | null,
  fetch: (api: Api, articleId: string) => Promise<T>,
  changed: (event: GalleyEvent, articleId: string) => boolean,
): { load: DataLoad<T>; running: boolean; refresh: () => void } {
  const api = useApi();
  const [load, setLoad] = useState<DataLoad<T>>({ kind: 'loading' });
  const [running, setRunning] = useState(false);
  const [generation, setGeneration] = useState(0);
  const fetchLatest = useEffectEvent((id: string) => fetch(api, id));

  useEffect(() => {
    if (articleId === null) return;
    let current = true;
    setRunning(true);
    fetchLatest(articleId)
      .then(
        (value) => {
          if (current) setLoad({ kind: 'ready', value });
        },
        (error: unknown) => {
          if (current) setLoad({ kind: 'failed', message: errorMessage(error) });
        },
      )
      .finally(() => {
        if (current) setRunning(false);
      });
    return () => {
      current = false;
    };
  }, [api, articleId, generation]);

  const refresh = useCallback(() => setGeneration((n) => n + 1), []);
  useGalleyEvent((event) => {
    if (articleId !== null && changed(event, articleId)) refresh();
  });
  return { load, running, refresh };
}

/** `sources.changed` for this article, or for the library (articleId null: a source every article may cite). */
export const sourcesChanged = (event: GalleyEvent, articleId: string) =>
  event.type === 'sources.changed' && (event.articleId === null || event.articleId === articleId);
