import { useEffect, useRef } from 'react';
import { useGalleyEvent } from '../../platform/ApiContext';

/**
 * Calls `reload` when publishing changes (for this article, or anywhere when `articleId` is
 * undefined), and every few seconds while a job is still under way, so that "Will retry at…"
 * turns into "Done" without anyone pressing anything.
 */
export function usePublishingReload(reload: () => void, articleId: string | undefined, busy: boolean): void {
  const latest = useRef(reload);
  latest.current = reload;
  useGalleyEvent((event) => {
    if (event.type !== 'publishing.changed') return;
    if (articleId === undefined || event.articleId === null || event.articleId === articleId) latest.current();
  });
  useEffect(() => {
    if (!busy) return;
    const timer = window.setInterval(() => latest.current(), 5_000);
    return () => window.clearInterval(timer);
  }, [busy]);
}
