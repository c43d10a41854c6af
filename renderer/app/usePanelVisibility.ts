import { useCallback, useState } from 'react';

const STORAGE_KEY = 'galley.sidePanel';

function stored(): boolean {
  try {
    return window.localStorage.getItem(STORAGE_KEY) !== 'hidden';
  } catch {
    return true;
  }
}

/** Whether the side panel is shown; remembered, since a writer who hides it wants the room. */
export function usePanelVisibility() {
  const [visible, setVisible] = useState(stored);
  const remember = (next: boolean) => {
    try {
      window.localStorage.setItem(STORAGE_KEY, next ? 'shown' : 'hidden');
    } catch {
      // not remembered, still applied
    }
  };
  const toggle = useCallback(() => {
    setVisible((current) => {
      remember(!current);
      return !current;
    });
  }, []);
  const show = useCallback(() => {
    remember(true);
    setVisible(true);
  }, []);
  return { visible, toggle, show };
}
