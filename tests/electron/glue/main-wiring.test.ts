import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import type { GalleyEvent } from '../../../shared/contract/events';
import type { RpcResult } from '../../../shared/contract/rpc';
import { useTempDirs } from '../../support/temp-dir';

/*
 * Loads electron/app/main.ts against a stand-in `electron` module and stand-in services,
 * and checks the wiring a user depends on: the order of start-up, the window it opens,
 * and that IPC, events and the menu reach the services and the window.
 */

function createFakeElectron(lockGranted: boolean) {
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  let userData = '/home/ada/.config/Galley';

  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    requestSingleInstanceLock: vi.fn(() => lockGranted),
    quit: vi.fn(),
    exit: vi.fn(),
    enableSandbox: vi.fn(),
    whenReady: vi.fn(() => ready),
    getPath: vi.fn((_name: string) => userData),
    setPath: vi.fn((_name: string, value: string) => {
      userData = value;
    }),
  });

  const windows: FakeWindow[] = [];
  class FakeWindow extends EventEmitter {
    static getAllWindows = (): FakeWindow[] => [...windows];
    static getFocusedWindow = (): FakeWindow | null => windows[0] ?? null;
    static fromWebContents = (contents: unknown): FakeWindow | null =>
      windows.find((window) => window.webContents === contents) ?? null;
    readonly webContents = Object.assign(new EventEmitter(), {
      send: vi.fn(),
      isDestroyed: () => false,
      setWindowOpenHandler: vi.fn(),
    });
    readonly loadURL = vi.fn((_url: string) => Promise.resolve());
    readonly getNormalBounds = () => ({ x: 10, y: 10, width: 1000, height: 700 });
    readonly isMaximized = () => false;
    readonly isMinimized = () => false;
    readonly restore = vi.fn();
    readonly show = vi.fn();
    readonly focus = vi.fn();
    readonly maximize = vi.fn();
    constructor(readonly options: Record<string, unknown>) {
      super();
      windows.push(this);
    }
  }

  return {
    markReady,
    windows,
    app,
    BrowserWindow: FakeWindow,
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    ipcMain: { handle: vi.fn() },
    Menu: {
      buildFromTemplate: vi.fn((template: MenuItemConstructorOptions[]) => ({ template, popup: vi.fn() })),
      setApplicationMenu: vi.fn(),
    },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    session: { defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn(), setDevicePermissionHandler: vi.fn() } },
    shell: { openExternal: vi.fn(() => Promise.resolve()) },
    dialog: { showErrorBox: vi.fn() },
  };
}
type FakeElectron = ReturnType<typeof createFakeElectron>;

function createFakeGalley() {
  const listeners = new Set<(event: GalleyEvent) => void>();
  return {
    dispatch: vi.fn(
      (_channel: unknown, _input: unknown, _sessionToken: string | null): Promise<RpcResult<unknown>> =>
        Promise.resolve({ ok: true, value: 'dispatched' }),
    ),
    events: {
      subscribe(listener: (event: GalleyEvent) => void) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    },
    emit(event: GalleyEvent) {
      for (const listener of listeners) listener(event);
    },
    close: vi.fn(),
    services: { publishing: { start: vi.fn() } },
  };
}

const stand = vi.hoisted(() => ({
  electron: undefined as unknown as FakeElectron,
  openGalley: undefined as unknown as (options: { dataDir: string }) => unknown,
}));

// Getters, so each test's fresh stand-ins are what main.ts sees after vi.resetModules().
vi.mock('electron', () => ({
  get app() { return stand.electron.app; },
  get BrowserWindow() { return stand.electron.BrowserWindow; },
  get protocol() { return stand.electron.protocol; },
  get ipcMain() { return stand.electron.ipcMain; },
  get Menu() { return stand.electron.Menu; },
  get screen() { return stand.electron.screen; },
  get session() { return stand.electron.session; },
  get shell() { return stand.electron.shell; },
  get dialog() { return stand.electron.dialog; },
  get safeStorage() {
    return {
      isAsyncEncryptionAvailable: () => Promise.resolve(true),
      getSelectedStorageBackend: () => 'gnome_libsecret',
      encryptStringAsync: (text: string) => Promise.resolve(Buffer.from(text)),
      decryptStringAsync: (bytes: Buffer) => Promise.resolve({ result: bytes.toString(), shouldReEncrypt: false }),
    };
  },
}));
vi.mock('../../../electron/services', () => ({
  openGalley: (options: { dataDir: string }) => stand.openGalley(options),
}));

describe('main process wiring', () => {
  const tempDir = useTempDirs();
  let galley: ReturnType<typeof createFakeGalley>;
  let openGalley: ReturnType<typeof vi.fn<(options: { dataDir: string }) => unknown>>;
  let dataDir: string;

  beforeEach(() => {
    vi.resetModules();
    galley = createFakeGalley();
    openGalley = vi.fn((_options: { dataDir: string }) => galley);
    stand.openGalley = openGalley;
    dataDir = tempDir();
    vi.stubEnv('GALLEY_DATA_DIR', dataDir);
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  async function launch(lockGranted = true): Promise<FakeElectron> {
    stand.electron = createFakeElectron(lockGranted);
    await import('../../../electron/app/main');
    return stand.electron;
  }

  async function launchAndWaitForWindow(): Promise<FakeElectron> {
    const electron = await launch();
    electron.markReady();
    await vi.waitFor(() => expect(electron.windows).toHaveLength(1));
    return electron;
  }

  function theWindow(electron: FakeElectron) {
    const window = electron.windows[0];
    if (window === undefined) throw new Error('no window');
    return window;
  }

  it('a second launch quits without opening the database or a window', async () => {
    const electron = await launch(false);
    electron.markReady();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(electron.app.quit).toHaveBeenCalled();
    expect(openGalley).not.toHaveBeenCalled();
    expect(electron.windows).toHaveLength(0);
  });

  it('before Chromium starts: data folder, scheme and sandbox are set, and nothing is opened yet', async () => {
    const electron = await launch();
    expect(electron.app.setPath).toHaveBeenCalledWith('userData', dataDir);
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledTimes(1);
    expect(electron.app.enableSandbox).toHaveBeenCalledTimes(1);
    expect(openGalley).not.toHaveBeenCalled();
    expect(electron.protocol.handle).not.toHaveBeenCalled();
  });

  it('once ready: opens the services on the data folder and a secure window on app://', async () => {
    const electron = await launchAndWaitForWindow();
    expect(openGalley).toHaveBeenCalledExactlyOnceWith({ dataDir, auditKey: expect.any(Buffer), publishing: { secrets: expect.objectContaining({ description: 'the system keychain' }) } });
    // The publishing outbox runs in the main process, resuming what a restart interrupted.
    expect(galley.services.publishing.start).toHaveBeenCalledTimes(1);
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledTimes(1);

    const window = theWindow(electron);
    expect(window.options['webPreferences']).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      preload: expect.stringMatching(/preload\.cjs$/),
    });
    expect(window.loadURL).toHaveBeenCalledWith('app://galley/index.html');
    // Spelling suggestions need a context menu; Electron has none of its own.
    expect(window.webContents.listenerCount('context-menu')).toBe(1);
  });

  it('answers IPC from its window through the services, and refuses other pages', async () => {
    const electron = await launchAndWaitForWindow();
    const [channel, handler] = electron.ipcMain.handle.mock.calls[0] as [
      string,
      (event: unknown, request: unknown) => Promise<RpcResult<unknown>>,
    ];
    expect(channel).toBe('galley:rpc');
    const request = { channel: 'articles.list', input: {} };

    const fromOurWindow = {
      sender: theWindow(electron).webContents,
      senderFrame: { url: 'app://galley/index.html', parent: null },
    };
    await expect(handler(fromOurWindow, request)).resolves.toEqual({ ok: true, value: 'dispatched' });
    // No window has signed in yet: the services see no session, whatever the page sends.
    expect(galley.dispatch).toHaveBeenCalledExactlyOnceWith('articles.list', {}, null);

    const fromElsewhere = { sender: {}, senderFrame: { url: 'app://galley/index.html', parent: null } };
    await expect(handler(fromElsewhere, request)).resolves.toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(galley.dispatch).toHaveBeenCalledTimes(1);
  });

  it('passes service events to the window', async () => {
    const electron = await launchAndWaitForWindow();
    galley.emit({ type: 'articles.listChanged' });
    expect(theWindow(electron).webContents.send).toHaveBeenCalledWith('galley:event', {
      type: 'articles.listChanged',
    });
  });

  it('sends menu commands to the focused window', async () => {
    const electron = await launchAndWaitForWindow();
    const template = electron.Menu.buildFromTemplate.mock.calls[0]?.[0] ?? [];
    const bold = template
      .flatMap((menu) => (Array.isArray(menu.submenu) ? (menu.submenu as MenuItemConstructorOptions[]) : []))
      .find((item) => item.id === 'format.bold');
    (bold?.click as () => void)();
    expect(theWindow(electron).webContents.send).toHaveBeenCalledWith('galley:event', {
      type: 'menu.command',
      command: 'format.bold',
    });
  });

  it('guards every webContents that gets created', async () => {
    const electron = await launch();
    const contents = Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn() });
    electron.app.emit('web-contents-created', {}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalledTimes(1);
    expect(contents.listenerCount('will-navigate')).toBe(1);
    expect(contents.listenerCount('will-attach-webview')).toBe(1);
  });

  it('a second launch brings the existing window forward', async () => {
    const electron = await launchAndWaitForWindow();
    electron.app.emit('second-instance', {}, [], '/');
    expect(theWindow(electron).focus).toHaveBeenCalled();
  });

  it('closes the database when quitting', async () => {
    const electron = await launchAndWaitForWindow();
    electron.app.emit('will-quit');
    expect(galley.close).toHaveBeenCalledTimes(1);
  });

  it('explains a failure to start instead of vanishing', async () => {
    openGalley.mockImplementation(() => {
      throw new Error('The database was written by a newer Galley.');
    });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const electron = await launch();
    electron.markReady();
    await vi.waitFor(() => expect(electron.app.exit).toHaveBeenCalledWith(1));
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith(
      'Galley could not start',
      'The database was written by a newer Galley.',
    );
  });
});
