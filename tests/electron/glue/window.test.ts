import { EventEmitter } from 'node:events';
import type { BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createMainWindow, secureWebPreferences, type BrowserWindowConstructor } from '../../../electron/app/window';

class FakeBrowserWindow extends EventEmitter {
  static created: FakeBrowserWindow[] = [];
  readonly loadURL = vi.fn((_url: string) => Promise.resolve());
  readonly show = vi.fn();
  readonly maximize = vi.fn();
  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
    FakeBrowserWindow.created.push(this);
  }
}
const FakeWindowClass = FakeBrowserWindow as unknown as BrowserWindowConstructor;

function openFakeWindow(maximize = false): FakeBrowserWindow {
  FakeBrowserWindow.created = [];
  createMainWindow(FakeWindowClass, '/app/dist/electron/preload.cjs', {
    bounds: { width: 1000, height: 700 },
    maximize,
  });
  const window = FakeBrowserWindow.created[0];
  if (window === undefined) throw new Error('no window was created');
  return window;
}

describe('the main window', () => {
  it('isolates the page: no Node, sandboxed, context-isolated, web security on, spell-check on', () => {
    expect(secureWebPreferences('/p.cjs')).toEqual({
      preload: '/p.cjs',
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
    });
  });

  it('is created with those preferences and the bundled preload', () => {
    const window = openFakeWindow();
    expect(window.options.webPreferences).toEqual(secureWebPreferences('/app/dist/electron/preload.cjs'));
    expect(window.options).toMatchObject({ width: 1000, height: 700, title: 'Galley' });
  });

  it('loads the renderer from app://, never from file://', () => {
    const window = openFakeWindow();
    expect(window.loadURL).toHaveBeenCalledExactlyOnceWith('app://galley/index.html');
  });

  it('stays hidden until its first paint, then shows', () => {
    const window = openFakeWindow();
    expect(window.options.show).toBe(false);
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledTimes(1);
    expect(window.maximize).not.toHaveBeenCalled();
  });

  it('comes back maximised when it was closed maximised', () => {
    const window = openFakeWindow(true);
    window.emit('ready-to-show');
    expect(window.maximize).toHaveBeenCalledTimes(1);
  });
});
