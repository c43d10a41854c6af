import { useEffect, type KeyboardEvent, type RefObject } from 'react';

const ITEMS = 'button:not(:disabled)';

/**
 * One tab stop for a whole toolbar (WAI-ARIA toolbar pattern): Tab enters at the last used
 * button, arrow keys, Home and End move within. Tab indexes are kept on the DOM, outside
 * React, because which button is "current" changes with focus, not with state.
 */
export function useRovingFocus(ref: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const container = ref.current;
    if (container === null) return;
    const sync = (current: Element | null) => {
      const items = [...container.querySelectorAll<HTMLElement>(ITEMS)];
      const active = items.find((item) => item === current) ?? items[0];
      for (const item of container.querySelectorAll<HTMLElement>('button')) item.tabIndex = item === active ? 0 : -1;
    };
    sync(null);
    const onFocusIn = (event: FocusEvent) => sync(event.target instanceof Element ? event.target : null);
    // Buttons become disabled and enabled (undo, redo, unlink): keep exactly one reachable.
    const observer = new MutationObserver(() => {
      const reachable = container.querySelector<HTMLElement>(`${ITEMS}[tabindex="0"]`);
      if (reachable === null) sync(null);
    });
    observer.observe(container, { subtree: true, attributes: true, attributeFilter: ['disabled'], childList: true });
    container.addEventListener('focusin', onFocusIn);
    return () => {
      observer.disconnect();
      container.removeEventListener('focusin', onFocusIn);
    };
  }, [ref]);

  return (event: KeyboardEvent<HTMLElement>) => {
    const container = ref.current;
    if (container === null || !(event.target instanceof HTMLButtonElement)) return;
    const items = [...container.querySelectorAll<HTMLElement>(ITEMS)];
    const index = items.indexOf(event.target);
    if (index < 0) return;
    let next: HTMLElement | undefined;
    if (event.key === 'ArrowRight') next = items[(index + 1) % items.length];
    else if (event.key === 'ArrowLeft') next = items[(index - 1 + items.length) % items.length];
    else if (event.key === 'Home') next = items[0];
    else if (event.key === 'End') next = items[items.length - 1];
    if (next === undefined) return;
    event.preventDefault();
    next.focus();
  };
}
