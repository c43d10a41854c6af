import { useCallback, useEffect, useState } from 'react';
import type { ArticleReview } from '../../../shared/domain/review';
import { errorMessage } from '../../platform/api';
import { useApi, useGalleyEvent } from '../../platform/ApiContext';

export type ReviewLoad = { kind: 'loading' } | { kind: 'ready'; review: ArticleReview } | { kind: 'failed'; message: string };

/**
 * An article's comments and claims, fetched again whenever they change anywhere (another
 * window, another person: `review.changed`, which an annotation-only save sends too).
 */
export function useReview(articleId: string | null) {
  const api = useApi();
  const [load, setLoad] = useState<ReviewLoad>({ kind: 'loading' });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (articleId === null) return;
    let current = true;
    api.call('review.get', { articleId }).then(
      (review) => {
        if (current) setLoad({ kind: 'ready', review });
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
    if (articleId === null) return;
    // Not on every save: whether a mark is in the text is read from the live editor (markRegistry), not from here.
    if (event.type === 'review.changed' && event.articleId === articleId) refresh();
  });

  return { load, refresh };
}
