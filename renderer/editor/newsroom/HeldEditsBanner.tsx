import { useCallback, useEffect, useState } from 'react';
import type { HeldEditsSummary } from '../../../shared/contract/channels/newsroom';
import { useApi, useGalleyEvent } from '../../platform/ApiContext';
import { useToasts } from '../../ui/toasts';

const changesOf = (n: number) => (n === 1 ? '1 change was' : `${n} changes were`);

/**
 * Edits the hub refused on this article (the article was approved meanwhile, or the person
 * lost the right): held apart on this workstation, never merged into the article. The
 * person keeps them as a new draft of their own, or discards them.
 */
export function HeldEditsBanner({ articleId }: { articleId: string }) {
  const api = useApi();
  const toasts = useToasts();
  const [held, setHeld] = useState<HeldEditsSummary[]>([]);
  const reload = useCallback(() => {
    api.call('newsroom.held.list', { articleId }).then(setHeld, () => setHeld([]));
  }, [api, articleId]);
  useEffect(reload, [reload]);
  useGalleyEvent((event) => {
    if (event.type === 'newsroom.heldChanged' && event.articleId === articleId) reload();
  });

  const act = (entry: HeldEditsSummary, channel: 'newsroom.held.keepAsDraft' | 'newsroom.held.discard') => {
    api.call(channel, { articleId, id: entry.id }).then(
      () => {
        if (channel === 'newsroom.held.keepAsDraft') toasts.showInfo(`Kept as a new draft: “${entry.headline || 'Untitled'}” is in your articles.`);
        reload();
      },
      (error: unknown) => toasts.showError(error instanceof Error ? error.message : String(error)),
    );
  };

  if (held.length === 0) return null;
  return (
    <>
      {held.map((entry) => (
        <div key={entry.id} className="banner banner--warning" role="alert">
          <p className="banner__text">
            <strong>{changesOf(entry.changes)} not accepted by the hub</strong> because {entry.reason}. They are not in the article; keep them as a
            new draft of your own, or discard them.
          </p>
          <div className="banner__actions">
            <button type="button" className="button button--primary" onClick={() => act(entry, 'newsroom.held.keepAsDraft')}>
              Keep as new draft
            </button>
            <button type="button" className="button" onClick={() => act(entry, 'newsroom.held.discard')}>
              Discard
            </button>
          </div>
        </div>
      ))}
    </>
  );
}
