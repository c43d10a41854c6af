import type { CollabOpen } from '../../../shared/contract/channels/collab';
import type { GalleyEvent } from '../../../shared/contract/events';
import type { Api } from '../../platform/api';

type CollabEvent = Extract<GalleyEvent, { type: 'collab.update' | 'collab.awareness' }>;

/** A shared article as one window opened it: the document's state, and the changes heard since. */
export interface LiveText {
  readonly articleId: string;
  /** This window's name for the relay (it never sends a window its own changes back). */
  readonly peer: string;
  readonly opened: Extract<CollabOpen, { shared: true }>;
  /** Hands every change heard so far, then each as it comes, to `listener` (one listener). */
  follow(listener: (event: CollabEvent) => void): void;
  /** Stops listening and tells the relay this window left. */
  close(): void;
}

const newPeer = () => crypto.randomUUID().replaceAll('-', '');

/**
 * Opens an article's shared text, or answers null when the article is not shared (solo, or
 * not yet on the hub). Events are listened to *before* the state is asked for, and kept
 * until the editor follows them: a change made between the answer and the editor's binding
 * would otherwise be lost to this window.
 */
export async function openLiveText(api: Api, articleId: string): Promise<LiveText | null> {
  const peer = newPeer();
  let buffered: CollabEvent[] = [];
  let listener: ((event: CollabEvent) => void) | null = null;
  const stop = api.onEvent((event) => {
    if ((event.type !== 'collab.update' && event.type !== 'collab.awareness') || event.articleId !== articleId || event.from === peer) return;
    if (listener === null) buffered.push(event);
    else listener(event);
  });
  let opened: CollabOpen;
  try {
    opened = await api.call('collab.open', { articleId, peer });
  } catch (error) {
    stop();
    throw error;
  }
  if (!opened.shared) {
    stop();
    return null;
  }
  let closed = false;
  return {
    articleId,
    peer,
    opened,
    follow(next) {
      listener = next;
      const earlier = buffered;
      buffered = [];
      earlier.forEach(next);
    },
    close() {
      if (closed) return;
      closed = true;
      stop();
      void api.call('collab.close', { articleId, peer }).catch(() => undefined);
    },
  };
}
