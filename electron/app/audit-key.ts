import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AsyncSafeStorage } from './safe-storage-secrets';

export const AUDIT_KEY_FILE = 'audit-key.keychain';

/**
 * The app's audit key (electron/audit/anchor.ts): random, made on first run, kept in the
 * data folder only as sealed by the OS keychain (safeStorage's asynchronous calls), never in
 * the database. Null when the keychain cannot seal or open it, or is Linux's `basic_text`
 * fallback (a password built into Electron seals nothing): the app then uses the key of
 * `GALLEY_SECRET_KEY` if the admin set one, or checks the log by its chain alone, and
 * verify says so.
 */
export async function keychainAuditKey(safeStorage: AsyncSafeStorage, dataDir: string, platform: NodeJS.Platform): Promise<Buffer | null> {
  if (platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') return null;
  if (!(await safeStorage.isAsyncEncryptionAvailable())) return null;
  const path = join(dataDir, AUDIT_KEY_FILE);
  let sealed: Buffer | null = null;
  try {
    sealed = readFileSync(path);
  } catch {
    // none yet: made below
  }
  if (sealed !== null) {
    try {
      const key = Buffer.from((await safeStorage.decryptStringAsync(sealed)).result, 'base64');
      return key.length === 32 ? key : null;
    } catch {
      return null; // another keychain's (a copied folder): never replaced, or the old anchor could not be checked
    }
  }
  const key = randomBytes(32);
  mkdirSync(dataDir, { recursive: true });
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  writeFileSync(temporary, await safeStorage.encryptStringAsync(key.toString('base64')), { mode: 0o600 });
  renameSync(temporary, path);
  return key;
}
