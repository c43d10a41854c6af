import type { WebContents } from 'electron';
import type { GalleyEvent } from '../../shared/contract/events';
import { IPC_EVENT } from '../../shared/contract/rpc';

export interface EventSource {
  subscribe(listener: (event: GalleyEvent) => void): () => void;
}

type EventTarget = Pick<WebContents, 'send' | 'isDestroyed'>;

export function sendGalleyEvent(contents: EventTarget, event: GalleyEvent): void {
  // A window closing while an event is in flight is normal, not an error.
  if (!contents.isDestroyed()) contents.send(IPC_EVENT, event);
}

/** Sends every service event to every open window; returns a function that stops it. */
export function forwardEventsToWindows(
  source: EventSource,
  listWindowContents: () => readonly EventTarget[],
): () => void {
  return source.subscribe((event) => {
    for (const contents of listWindowContents()) sendGalleyEvent(contents, event);
  });
}
