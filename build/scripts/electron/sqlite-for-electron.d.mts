// Types for sqlite-for-electron.mjs, so the Electron smoke suite can start the app as `npm start` does.
export declare const ELECTRON_NATIVE_DIR: string;
export declare class NativeBuildError extends Error {}
export declare function electronVersion(root: string): string | null;
export declare function electronSqlitePath(options: { root: string; version: string; platform?: string; arch?: string }): string;
export declare function ensureElectronSqlite(options: {
  root: string;
  env?: Readonly<Record<string, string | undefined>>;
  version?: string | null;
  platform?: string;
  arch?: string;
}): string;
