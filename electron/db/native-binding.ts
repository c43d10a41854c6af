import { existsSync } from 'node:fs';
import { GalleyError } from '../../shared/contract/errors';

/**
 * better-sqlite3 is not an N-API module: one build loads in one ABI only. `npm ci` builds
 * it for Node (the CLI, the web host and the tests keep that one); `npm start` builds a
 * second copy for Electron's ABI in its own folder and names it in this variable. The
 * packaged app needs neither: its own copy of the module is the Electron build.
 */
export const SQLITE_BINDING_ENV = 'GALLEY_SQLITE_BINDING';

export interface Runtime {
  /** process.versions.electron: set only inside Electron. */
  electron: string | undefined;
  /** process.versions.modules: the ABI native modules must be built for. */
  abi: string;
  /** process.defaultApp: true when Electron runs an unpackaged folder (`electron .`). */
  defaultApp: boolean;
  env: Readonly<Record<string, string | undefined>>;
}

const currentRuntime = (): Runtime => ({
  electron: process.versions.electron,
  abi: process.versions.modules,
  defaultApp: (process as { defaultApp?: boolean }).defaultApp === true,
  env: process.env,
});

/** The nativeBinding option for better-sqlite3: undefined keeps the module's own build. */
export function sqliteNativeBinding(runtime: Runtime = currentRuntime()): string | undefined {
  if (runtime.electron === undefined || !runtime.defaultApp) return undefined;
  const file = runtime.env[SQLITE_BINDING_ENV];
  const what = `Galley's database module (better-sqlite3) has no build for Electron ${runtime.electron} (ABI ${runtime.abi})`;
  const fix = 'Start the app with `npm start`, which builds one on a machine with internet access, or use `npm run start:web`.';
  if (file === undefined || file === '') throw new GalleyError('UNSUPPORTED', `${what}. ${fix}`);
  if (!existsSync(file)) throw new GalleyError('UNSUPPORTED', `${what}: ${file} is missing. ${fix}`);
  return file;
}
