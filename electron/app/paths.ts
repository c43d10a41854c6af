import path from 'node:path';
import type { App } from 'electron';

/**
 * The data folder is Electron's userData folder (which respects app.setPath and the
 * platform's conventions). GALLEY_DATA_DIR replaces it, so that tests and people
 * trying things out get a separate, throwaway Galley with its own lock and window state.
 * Must run before the app is ready: Chromium's profile lives under userData too.
 */
export function applyDataDir(
  app: Pick<App, 'getPath' | 'setPath'>,
  env: Readonly<Record<string, string | undefined>>,
): string {
  const override = env['GALLEY_DATA_DIR'];
  if (override !== undefined && override.trim() !== '') {
    const dataDir = path.resolve(override);
    app.setPath('userData', dataDir);
    return dataDir;
  }
  return app.getPath('userData');
}

export interface BundlePaths {
  rendererDir: string;
  preloadPath: string;
}

/** Where the build puts things, relative to dist/electron (the folder main.cjs runs from). */
export function bundlePaths(mainDir: string): BundlePaths {
  return {
    rendererDir: path.resolve(mainDir, '..', 'renderer'),
    preloadPath: path.resolve(mainDir, 'preload.cjs'),
  };
}
