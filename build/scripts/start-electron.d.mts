// Types for start-electron.mjs, so the Electron smoke suite can reuse its binary lookup.
export declare const PACKAGE_ROOT: string;
export declare const MISSING_BINARY_MESSAGE: string;
export declare const NOT_BUILT_MESSAGE: string;
export declare function findElectronBinary(options?: {
  env?: Readonly<Record<string, string | undefined>>;
  root?: string;
}): string | null;
