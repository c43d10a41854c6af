import { join } from 'node:path';
import type { SafeStorage } from 'electron';
import { GalleyError } from '../../shared/contract/errors';
import type { Sealer, SecretStore } from '../publishing/credentials/secret-store';
import { sealedFileStore } from '../publishing/credentials/sealed-file-store';

export const SAFE_STORAGE_SECRETS_FILE = 'secrets.keychain.json';

/** The app's secret store: each secret sealed by the OS keychain through Electron's safeStorage. */
export function safeStorageSecrets(safeStorage: Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'>, dataDir: string): SecretStore {
  const sealer = (): Sealer => {
    if (!safeStorage.isEncryptionAvailable()) {
      throw new GalleyError('UNSUPPORTED', 'The system keychain is not available, so Galley cannot keep this credential safely. Unlock the keychain (or install one) and try again.');
    }
    return { kind: 'electron-safeStorage', seal: (plain) => safeStorage.encryptString(plain), open: (sealed) => safeStorage.decryptString(sealed) };
  };
  return sealedFileStore(join(dataDir, SAFE_STORAGE_SECRETS_FILE), sealer, 'the system keychain');
}
