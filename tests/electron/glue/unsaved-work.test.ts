import { describe, expect, it, vi } from 'vitest';
import { EventEmitter } from 'node:events';
import type { BrowserWindow } from 'electron';
import { confirmLeavingUnsavedWork } from '../../../electron/app/unsaved-work';

function fakeWindow() {
  const webContents = new EventEmitter();
  return { window: { webContents } as unknown as BrowserWindow, webContents };
}

describe('closing a window with unsaved work', () => {
  it.each([
    [0, false, 'keeps the window when the user chooses to keep editing'],
    [1, true, 'closes it when the user chooses to close anyway'],
  ])('answer %i → close %s: %s', (answer, closes) => {
    const { window, webContents } = fakeWindow();
    const dialog = { showMessageBoxSync: vi.fn(() => answer) };
    confirmLeavingUnsavedWork(window, dialog);
    const event = { preventDefault: vi.fn() };
    webContents.emit('will-prevent-unload', event);
    expect(dialog.showMessageBoxSync).toHaveBeenCalledWith(window, expect.objectContaining({ message: expect.stringMatching(/not been saved/) }));
    // In Electron, preventDefault on will-prevent-unload is what lets the unload go ahead.
    expect(event.preventDefault).toHaveBeenCalledTimes(closes ? 1 : 0);
  });
});
