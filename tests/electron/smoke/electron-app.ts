import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron, type ElectronApplication, type Page } from '@playwright/test';
import type { Bridge } from '../../../shared/contract/bridge';
import { findElectronBinary, PACKAGE_ROOT, SQLITE_BINDING_ENV } from '../../../build/scripts/start-electron.mjs';
import { ensureElectronSqlite } from '../../../build/scripts/electron/sqlite-for-electron.mjs';

/** The same lookup `npm start` uses, so it never triggers the electron package's download. */
export const electronBinary = findElectronBinary();

export const NO_BINARY_REASON =
  'no Electron binary is installed on this machine (`npm start` fetches it on a machine with internet access); ' +
  'the Electron glue is still covered by tests/electron/glue with electron stubbed';

export function newDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'galley-electron-'));
}

export function removeDataDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Starts the built app on its own data folder (which also gives it its own single-instance lock). */
export async function launchGalley(dataDir: string): Promise<ElectronApplication> {
  if (electronBinary === null) throw new Error(NO_BINARY_REASON);
  if (!existsSync(join(PACKAGE_ROOT, 'dist', 'electron', 'main.cjs'))) {
    throw new Error('The app is not built: run `npm run build` before `npm run test:electron`.');
  }
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && key !== 'ELECTRON_RUN_AS_NODE') env[key] = value;
  }
  env['GALLEY_DATA_DIR'] = dataDir;
  // As `npm start` does: the app loads better-sqlite3's Electron build, made on first use.
  env[SQLITE_BINDING_ENV] = ensureElectronSqlite({ root: PACKAGE_ROOT, env });
  return _electron.launch({ executablePath: electronBinary, args: [PACKAGE_ROOT], cwd: PACKAGE_ROOT, env });
}

/** Calls a channel through the page's own bridge, exactly as the renderer does. */
export async function invokeInPage(page: Page, channel: string, input: unknown): Promise<unknown> {
  return page.evaluate(
    async ([name, payload]) => {
      const bridge = (window as unknown as { galley: Bridge }).galley;
      return bridge.invoke(name, payload);
    },
    [channel, input] as const,
  );
}

/** Clicks a native menu item by its command id, as a user choosing it from the menu bar would. */
export async function chooseMenuCommand(app: ElectronApplication, command: string): Promise<void> {
  await app.evaluate(({ Menu }, id) => {
    const item = Menu.getApplicationMenu()?.getMenuItemById(id);
    if (!item) throw new Error(`no menu item ${id}`);
    item.click();
  }, command);
}
