import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The same folder Electron's `app.getPath('userData')` gives the desktop app (appData +
 * product name), so that the command line and the app share one data directory.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.GALLEY_DATA_DIR) return env.GALLEY_DATA_DIR;
  const home = homedir();
  switch (platform) {
    case 'darwin':
      return join(home, 'Library', 'Application Support', 'Galley');
    case 'win32':
      return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Galley');
    default:
      return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), 'Galley');
  }
}
