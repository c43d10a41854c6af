/**
 * Where publishing credentials are kept: never in SQLite, never in a log. In the app,
 * Electron's safeStorage (the OS keychain) seals them; the web host and the command line
 * use a file encrypted with a key they are given (see ./encrypted-file).
 */
export interface SecretStore {
  /** What this store is, in plain words (for messages: "the system keychain"). */
  readonly description: string;
  get(ref: string): Promise<string | null>;
  set(ref: string, value: string): Promise<void>;
  delete(ref: string): Promise<void>;
}

/** Seals one secret into bytes and opens them again (AES-256-GCM, or the OS keychain, which answers asynchronously). */
export interface Sealer {
  readonly kind: string;
  seal(plain: string): Buffer | Promise<Buffer>;
  open(sealed: Buffer): string | Promise<string>;
}

/** The key for a target's secret field: `target:<id>:<field>`. */
export const secretRef = (targetId: string, field: string): string => `target:${targetId}:${field}`;
