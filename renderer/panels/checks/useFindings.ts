import type { Finding } from '../../../shared/checks/finding';
import { sourcesChanged, useArticleData } from '../../platform/useArticleData';

/**
 * The findings for an article's saved working copy, run again after every save of it
 * (`article.saved`), when its sources change, and when its workflow or review moves.
 */
export function useFindings(articleId: string | null) {
  return useArticleData<Finding[]>(
    articleId,
    async (api, id) => (await api.call('checks.run', { articleId: id })).findings,
    (event, id) =>
      ((event.type === 'article.saved' || event.type === 'workflow.changed' || event.type === 'review.changed') && event.articleId === id) ||
      sourcesChanged(event, id),
  );
}
