import type { Source } from '../../../shared/domain/source';
import { sourcesChanged, useArticleData } from '../../platform/useArticleData';

/** The sources attached to an article, kept current by `sources.changed` events (from this window or another). */
export function useArticleSources(articleId: string | null) {
  return useArticleData<Source[]>(articleId, (api, id) => api.call('sources.list', { articleId: id, limit: 500 }), sourcesChanged);
}
