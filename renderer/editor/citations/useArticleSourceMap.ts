import { useMemo } from 'react';
import type { Source } from '../../../shared/domain/source';
import { useArticleSources } from '../../common/sources/useArticleSources';

/**
 * The open article's sources by id, for the hover cards and the Cite dialog; kept current
 * by `sources.changed`. If they cannot be fetched the hover card says the source could not
 * be looked up; nothing else depends on it.
 */
export function useArticleSourceMap(articleId: string | null): { sources: ReadonlyMap<string, Source>; refresh: () => void } {
  const { load, refresh } = useArticleSources(articleId);
  const sources = useMemo(
    () => new Map(load.kind === 'ready' ? load.value.map((source) => [source.id, source] as const) : []),
    [load],
  );
  return { sources, refresh };
}
