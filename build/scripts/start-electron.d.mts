// Types for start-electron.mjs, so the Electron smoke suite can reuse its binary lookup.
export declare const PACKAGE_ROOT: string;
export declare const NOT_BUILT_MESSAGE: string;
export declare const SQLITE_BINDING_ENV: string;
export declare function missingBinaryMessage(reason: string): string;
export declare function findElectronBinary(options?: {
  env?: Readonly<Record<string, string | undefined>>;
  root?: string;
}): string | null;
