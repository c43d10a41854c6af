import { useCallback, useEffect, useState } from 'react';
import type { RevisionSummary } from '../../../shared/domain/revision';
import { errorMessage } from '../../platform/api';
import { useApi, useGalleyEvent } from '../../platform/ApiContext';

export type RevisionsLoad =
  | { kind: 'loading' }
  | { kind: 'ready'; revisions: RevisionSummary[] }
  | { kind: 'failed'; message: string };

/** An article's revisions, newest first, kept current by `revisions.changed` events. */
export function useRevisions(articleId: string | null) {
  const api = useApi();
  const [load, setLoad] = useState<RevisionsLoad>({ kind: 'loading' });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (articleId === null) return;
    let current = true;
    api.call('revisions.list', { articleId }).then(
      (revisions) => {
        if (current) setLoad({ kind: 'ready', revisions: [...revisions].sort((a, b) => b.number - a.number) });
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
    if (event.type === 'revisions.changed' && event.articleId === articleId) refresh();
  });

  return { load, refresh };
}
