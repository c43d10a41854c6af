import type { RevisionSummary } from '../../../shared/domain/revision';
import { useArticleData } from '../../platform/useArticleData';

/** An article's revisions, newest first, kept current by `revisions.changed` events. */
export function useRevisions(articleId: string | null) {
  return useArticleData<RevisionSummary[]>(
    articleId,
    async (api, id) => [...(await api.call('revisions.list', { articleId: id }))].sort((a, b) => b.number - a.number),
    (event, id) => event.type === 'revisions.changed' && event.articleId === id,
  );
}
