import { useCallback, useEffect, useRef, useState } from 'react';
import type { HomeSection } from '../../../shared/domain/workflow';
import { errorMessage } from '../../platform/api';
import { useApi, useGalleyEvent } from '../../platform/ApiContext';

export type HomeLoad = { kind: 'loading' } | { kind: 'ready'; sections: HomeSection[] } | { kind: 'failed'; message: string };

const REFRESH_COALESCE_MS = 300;

/** The start of today where the person is, in UTC: "published today" means their today. */
function localMidnight(): string {
  const now = new Date();
  return new Date(now.getFullYear(), now.getMonth(), now.getDate()).toISOString();
}

/** This person's desk, refreshed when articles move. */
export function useHome() {
  const api = useApi();
  const [load, setLoad] = useState<HomeLoad>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const timer = useRef<number | null>(null);

  useEffect(() => {
    let current = true;
    api
      .call('workflow.home', { todayStart: localMidnight() })
      .then((home) => current && setLoad({ kind: 'ready', sections: home.sections }))
      .catch((error: unknown) => current && setLoad({ kind: 'failed', message: errorMessage(error) }));
    return () => {
      current = false;
    };
  }, [api, attempt]);

  useEffect(
    () => () => {
      if (timer.current !== null) window.clearTimeout(timer.current);
    },
    [],
  );

  const refresh = useCallback(() => setAttempt((n) => n + 1), []);

  useGalleyEvent((event) => {
    if (event.type !== 'workflow.changed' && event.type !== 'articles.listChanged' && event.type !== 'article.saved') return;
    if (timer.current !== null) return;
    timer.current = window.setTimeout(() => {
      timer.current = null;
      refresh();
    }, REFRESH_COALESCE_MS);
  });

  return { load, refresh };
}
