import type { App, BrowserWindow } from 'electron';

type FocusableWindow = Pick<BrowserWindow, 'isMinimized' | 'restore' | 'show' | 'focus'>;

/** Brings a window to the front, un-minimising it first (focus alone does not on Windows). */
export function focusWindow(window: FocusableWindow | undefined): void {
  if (window === undefined) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

/**
 * Two Galleys on one data folder would fight over the database and the autosave, so a
 * second launch hands over to the first (which comes to the front) and quits.
 * Returns whether this process is the one that carries on.
 */
export function claimSingleInstance(
  app: Pick<App, 'requestSingleInstanceLock' | 'quit' | 'on'>,
  focusExisting: () => void,
): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => focusExisting());
  return true;
}
