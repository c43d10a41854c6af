import { useEffect, useSyncExternalStore } from 'react';

/**
 * Which floating boxes are open over the text. A box one works in (the house-style fix, a
 * note, a new comment) takes the place: a hover card waits until it closes, so two boxes
 * never stack on the same words.
 */
let open = 0;
const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Held while a box one works in is open. */
export function useHoldsFloatingLayer(): void {
  useEffect(() => {
    open += 1;
    notify();
    return () => {
      open -= 1;
      notify();
    };
  }, []);
}

/** Whether such a box is open: hover cards stay hidden meanwhile. */
export function useFloatingLayerTaken(): boolean {
  return useSyncExternalStore(subscribe, () => open > 0);
}
