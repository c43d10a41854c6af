import type { BrowserWindow, BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import { APP_ENTRY_URL } from './app-url';
import { MIN_WINDOW_SIZE, type InitialWindowPlacement } from './window-state';

/**
 * The page gets no Node, runs in Chromium's sandbox, and sees the main side only
 * through the preload's one small bridge in an isolated world.
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: true,
  };
}

export function mainWindowOptions(
  preloadPath: string,
  placement: InitialWindowPlacement,
): BrowserWindowConstructorOptions {
  return {
    ...placement.bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: 'Galley',
    // Shown once painted, so the user never sees an empty white frame.
    show: false,
    webPreferences: secureWebPreferences(preloadPath),
  };
}

export type BrowserWindowConstructor = new (options: BrowserWindowConstructorOptions) => BrowserWindow;

export function createMainWindow(
  BrowserWindowClass: BrowserWindowConstructor,
  preloadPath: string,
  placement: InitialWindowPlacement,
): BrowserWindow {
  const window = new BrowserWindowClass(mainWindowOptions(preloadPath, placement));
  window.once('ready-to-show', () => {
    if (placement.maximize) window.maximize();
    window.show();
  });
  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => {
    console.error('galley: the window could not load its page', error);
  });
  return window;
}
