import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, safeStorage, screen, session, shell, type WebContents } from 'electron';
import { openGalley } from '../services';
import { safeStorageSecrets } from './safe-storage-secrets';
import { keychainAuditKey } from './audit-key';
import { assetResponse } from '../assets/serve';
import { installContextMenu } from './context-menu';
import { forwardEventsToWindows, sendGalleyEvent } from './event-forwarding';
import { installNavigationGuards } from './guards';
import { createRpcHandler, registerRpcHandler, type SessionTokens } from './ipc';
import { createOpenPublishedHandler, registerOpenPublishedHandler } from './open-published';
import { buildMenuTemplate, type MenuCommand } from './menu';
import { applyDataDir, bundlePaths } from './paths';
import { installPermissionPolicy } from './permissions';
import { registerAppScheme, serveAppProtocol } from './protocol';
import { claimSingleInstance, focusWindow } from './single-instance';
import { createMainWindow } from './window';
import { confirmLeavingUnsavedWork } from './unsaved-work';
import {
  initialPlacement,
  readWindowState,
  trackWindowState,
  WINDOW_STATE_FILE_NAME,
} from './window-state';

/*
 * The Electron entry point: wiring only. Everything Galley does lives in the services
 * (openGalley); this file connects them to a window. Steps before `whenReady` must
 * happen before Chromium starts, so their order matters.
 */

// main.cjs is bundled into dist/electron, next to preload.cjs and beside dist/renderer.
const { rendererDir, preloadPath } = bundlePaths(__dirname);

function openWindow(): BrowserWindow {
  const stateFile = path.join(app.getPath('userData'), WINDOW_STATE_FILE_NAME);
  const placement = initialPlacement(readWindowState(stateFile), screen.getAllDisplays());
  const window = createMainWindow(BrowserWindow, preloadPath, placement);
  trackWindowState(window, stateFile);
  installContextMenu(window.webContents, Menu);
  confirmLeavingUnsavedWork(window, dialog);
  return window;
}

function sendMenuCommand(command: MenuCommand): void {
  const target = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  if (target === undefined) {
    // macOS keeps running with no window; a menu command then opens one to act in.
    openWindow();
    return;
  }
  sendGalleyEvent(target.webContents, { type: 'menu.command', command });
}

async function start(dataDir: string): Promise<void> {
  // Publishing credentials and the audit key are sealed by the OS keychain (safeStorage), never kept in SQLite.
  const secrets = safeStorageSecrets(safeStorage, dataDir, { platform: process.platform, env: process.env });
  // No keychain key: openGalley falls back to GALLEY_SECRET_KEY's, if the admin set one.
  const auditKey = (await keychainAuditKey(safeStorage, dataDir, process.platform)) ?? undefined;
  const galley = openGalley({ dataDir, auditKey, publishing: { secrets } });

  serveAppProtocol(protocol, rendererDir, (pathname) => assetResponse(galley.services.assets, pathname));
  installPermissionPolicy(session.defaultSession);
  const isOurWindow = (contents: WebContents) => BrowserWindow.fromWebContents(contents) !== null;
  // One session per window, shared by calls and by opening a published page.
  const tokens: SessionTokens = new WeakMap();
  registerRpcHandler(ipcMain, createRpcHandler(galley, isOurWindow, tokens));
  registerOpenPublishedHandler(ipcMain, createOpenPublishedHandler(galley, isOurWindow, tokens, shell));
  const stopForwarding = forwardEventsToWindows(galley.events, () =>
    BrowserWindow.getAllWindows().map((window) => window.webContents),
  );
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate({
        platform: process.platform,
        isDevelopment: !app.isPackaged,
        sendCommand: sendMenuCommand,
      }),
    ),
  );

  openWindow();
  // The outbox sends approved articles in the background and resumes what a restart interrupted.
  galley.services.publishing.start();

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => {
    stopForwarding();
    galley.close();
  });
}

function failToStart(error: unknown): void {
  console.error('galley: could not start', error);
  const detail = error instanceof Error ? error.message : String(error);
  dialog.showErrorBox('Galley could not start', detail);
  app.exit(1);
}

function main(): void {
  const dataDir = applyDataDir(app, process.env);
  if (!claimSingleInstance(app, () => focusWindow(BrowserWindow.getAllWindows()[0]))) return;

  registerAppScheme(protocol);
  app.enableSandbox();
  // Every webContents, including any we did not mean to create, gets the same guards.
  app.on('web-contents-created', (_event, contents) => {
    installNavigationGuards(contents, shell);
  });

  app
    .whenReady()
    .then(() => start(dataDir))
    .catch(failToStart);
}

main();
