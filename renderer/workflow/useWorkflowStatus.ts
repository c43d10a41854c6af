import { useCallback, useEffect, useState } from 'react';
import type { WorkflowStatus } from '../../shared/domain/workflow';
import { errorMessage } from '../platform/api';
import { useApi, useGalleyEvent } from '../platform/ApiContext';
import { takePrefetched } from '../editor/session/articlePrefetch';

export type WorkflowLoad = { kind: 'loading' } | { kind: 'ready'; status: WorkflowStatus } | { kind: 'failed'; message: string };

/** Where the open article stands in the workflow, kept current as anyone moves it. */
export function useWorkflowStatus(articleId: string) {
  const api = useApi();
  const [load, setLoad] = useState<WorkflowLoad>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    // The first load takes what the click already asked for; a refresh asks again.
    const prefetched = attempt === 0 ? takePrefetched('workflow', articleId) : null;
    (prefetched ?? api.call('workflow.status', { articleId }))
      .then((status) => current && setLoad({ kind: 'ready', status }))
      .catch((error: unknown) => current && setLoad((previous) => (previous.kind === 'ready' ? previous : { kind: 'failed', message: errorMessage(error) })));
    return () => {
      current = false;
    };
  }, [api, articleId, attempt]);

  const refresh = useCallback(() => setAttempt((n) => n + 1), []);
  /** A step's answer carries the new status: show it without asking again. */
  const replace = useCallback((status: WorkflowStatus) => setLoad({ kind: 'ready', status }), []);

  useGalleyEvent((event) => {
    if (event.type === 'workflow.changed' && event.articleId === articleId) refresh();
  });

  return { load, refresh, replace };
}
