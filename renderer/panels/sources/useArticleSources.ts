import { useCallback, useEffect, useState } from 'react';
import type { Source } from '../../../shared/domain/source';
import { errorMessage } from '../../platform/api';
import { useApi, useGalleyEvent } from '../../platform/ApiContext';

export type SourcesLoad = { kind: 'loading' } | { kind: 'ready'; sources: Source[] } | { kind: 'failed'; message: string };

/** The sources attached to an article, kept current by `sources.changed` events (from this window or another). */
export function useArticleSources(articleId: string | null) {
  const api = useApi();
  const [load, setLoad] = useState<SourcesLoad>({ kind: 'loading' });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (articleId === null) return;
    let current = true;
    api.call('sources.list', { articleId, limit: 500 }).then(
      (sources) => {
        if (current) setLoad({ kind: 'ready', sources });
      },
      (error: unknown) => {
        if (current) setLoad({ kind: 'failed', message: errorMessage(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [api, articleId, generation]);

  const refresh = useCallback(() => setGeneration((n) => n + 1), []);

  useGalleyEvent((event) => {
    if (event.type === 'sources.changed' && (event.articleId === null || event.articleId === articleId)) refresh();
  });

  return { load, refresh };
}
