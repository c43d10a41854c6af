import type { BrowserWindow, Dialog, Event } from 'electron';

/**
 * The renderer cancels `beforeunload` while a save is pending. In Electron that would
 * silently keep the window open, so ask, as a browser would, and let the user decide.
 */
export function confirmLeavingUnsavedWork(window: BrowserWindow, dialog: Pick<Dialog, 'showMessageBoxSync'>): void {
  window.webContents.on('will-prevent-unload', (event: Event) => {
    const choice = dialog.showMessageBoxSync(window, {
      type: 'warning',
      buttons: ['Keep editing', 'Close anyway'],
      defaultId: 0,
      cancelId: 0,
      title: 'Unsaved changes',
      message: 'Some changes have not been saved yet.',
      detail: 'Galley is still saving. Keep editing for a moment, or close anyway and lose the last few seconds of typing.',
    });
    if (choice === 1) event.preventDefault();
  });
}
