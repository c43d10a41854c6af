import type { ArticleReview } from '../../../shared/domain/review';
import { useArticleData } from '../../platform/useArticleData';

/**
 * An article's comments and claims, fetched again whenever they change anywhere (another
 * window, another person: `review.changed`, which an annotation-only save sends too) and
 * after each save of the text: a claim is quoted as the saved body reads, and its verdict
 * is out of date once its words changed. Whether a mark is in the text at all is read from
 * the live editor (markRegistry), not from here.
 */
export function useReview(articleId: string | null) {
  return useArticleData<ArticleReview>(
    articleId,
    (api, id) => api.call('review.get', { articleId: id }),
    (event, id) => (event.type === 'review.changed' || event.type === 'article.saved') && event.articleId === id,
  );
}
