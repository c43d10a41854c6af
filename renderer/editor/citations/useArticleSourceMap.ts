import { useCallback, useEffect, useState } from 'react';
import type { Source } from '../../../shared/domain/source';
import { useApi, useGalleyEvent } from '../../platform/ApiContext';

/**
 * The open article's sources by id, for the hover cards and the Cite dialog; kept current
 * by `sources.changed` (a source added here, in the Sources panel or in another window).
 */
export function useArticleSourceMap(articleId: string | null): { sources: ReadonlyMap<string, Source>; refresh: () => void } {
  const api = useApi();
  const [sources, setSources] = useState<ReadonlyMap<string, Source>>(new Map());
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (articleId === null) return;
    let current = true;
    api.call('sources.list', { articleId, limit: 500 }).then(
      (list) => {
        if (current) setSources(new Map(list.map((source) => [source.id, source])));
      },
      // The hover card then says the source could not be looked up; nothing else depends on it.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [api, articleId, generation]);

  const refresh = useCallback(() => setGeneration((n) => n + 1), []);
  useGalleyEvent((event) => {
    if (event.type === 'sources.changed' && (event.articleId === null || event.articleId === articleId)) refresh();
  });
  return { sources, refresh };
}
