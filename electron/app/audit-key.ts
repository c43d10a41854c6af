import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SafeStorage } from 'electron';

export const AUDIT_KEY_FILE = 'audit-key.keychain';

/**
 * The app's audit key (electron/audit/anchor.ts): random, made on first run, kept in the
 * data folder only as sealed by the OS keychain (safeStorage), never in the database. Null
 * when the keychain cannot seal or open it: the log is then checked by its chain alone, and
 * verify says so.
 */
export function keychainAuditKey(safeStorage: Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'>, dataDir: string): Buffer | null {
  if (!safeStorage.isEncryptionAvailable()) return null;
  const path = join(dataDir, AUDIT_KEY_FILE);
  let sealed: Buffer | null = null;
  try {
    sealed = readFileSync(path);
  } catch {
    // none yet: made below
  }
  if (sealed !== null) {
    try {
      const key = Buffer.from(safeStorage.decryptString(sealed), 'base64');
      return key.length === 32 ? key : null;
    } catch {
      return null; // another keychain's (a copied folder): never replaced, or the old anchor could not be checked
    }
  }
  const key = randomBytes(32);
  mkdirSync(dataDir, { recursive: true });
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  writeFileSync(temporary, safeStorage.encryptString(key.toString('base64')), { mode: 0o600 });
  renameSync(temporary, path);
  return key;
}
