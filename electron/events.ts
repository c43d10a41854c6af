import type { GalleyEvent } from '../shared/contract/events';

export type EventListener = (event: GalleyEvent) => void;

/** Fan-out of events to every open window (IPC) or browser tab (SSE). */
export class EventBus {
  private readonly listeners = new Set<EventListener>();

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event: GalleyEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (error) {
        // One broken window must not stop the others from hearing about a save.
        console.error('galley: an event listener failed', error);
      }
    }
  }
}
