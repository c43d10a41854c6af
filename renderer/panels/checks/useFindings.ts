import { useCallback, useEffect, useState } from 'react';
import type { Finding } from '../../../shared/checks/finding';
import { errorMessage } from '../../platform/api';
import { useApi, useGalleyEvent } from '../../platform/ApiContext';

export type FindingsLoad =
  | { kind: 'loading' }
  | { kind: 'ready'; findings: Finding[]; checkedAt: Date }
  | { kind: 'failed'; message: string };

/**
 * The findings for an article's saved working copy, run again after every save of it
 * (`article.saved`), when its sources change, and when its workflow moves.
 */
export function useFindings(articleId: string | null) {
  const api = useApi();
  const [load, setLoad] = useState<FindingsLoad>({ kind: 'loading' });
  const [generation, setGeneration] = useState(0);
  const [running, setRunning] = useState(false);

  useEffect(() => {
    if (articleId === null) return;
    let current = true;
    setRunning(true);
    api.call('checks.run', { articleId }).then(
      ({ findings }) => {
        if (current) setLoad({ kind: 'ready', findings, checkedAt: new Date() });
      },
      (error: unknown) => {
        if (current) setLoad({ kind: 'failed', message: errorMessage(error) });
      },
    ).finally(() => {
      if (current) setRunning(false);
    });
    return () => {
      current = false;
    };
  }, [api, articleId, generation]);

  const refresh = useCallback(() => setGeneration((n) => n + 1), []);

  useGalleyEvent((event) => {
    if (articleId === null) return;
    if ((event.type === 'article.saved' || event.type === 'workflow.changed' || event.type === 'review.changed') && event.articleId === articleId) refresh();
    if (event.type === 'sources.changed' && (event.articleId === null || event.articleId === articleId)) refresh();
  });

  return { load, running, refresh };
}
