import { join } from 'node:path';
import type { SafeStorage } from 'electron';
import { GalleyError } from '../../shared/contract/errors';
import type { Sealer, SecretStore } from '../publishing/credentials/secret-store';
import { sealedFileStore } from '../publishing/credentials/sealed-file-store';
import { encryptedFileStore, SECRET_KEY_ENV, SECRET_KEY_FILE_ENV, secretKeyFrom } from '../publishing/credentials/encrypted-file';

export const SAFE_STORAGE_SECRETS_FILE = 'secrets.keychain.json';

const KEYCHAIN = 'the system keychain';

const UNAVAILABLE =
  'The system keychain is not available, so Galley cannot keep this credential safely. Unlock the keychain (or install one) and try again.';

// Electron's fallback on a Linux desktop without GNOME Keyring or KWallet seals with a
// password written into Chromium itself: anyone who can read the file can open it.
export const NO_KEYRING =
  'This computer has no keyring (GNOME Keyring or KWallet), so the system keychain would keep credentials ' +
  'under a password built into Electron, which anyone who can read your files can undo. Galley will not keep ' +
  `them that way. Install and unlock a keyring, or start Galley with ${SECRET_KEY_ENV} set to a passphrase ` +
  `(or ${SECRET_KEY_FILE_ENV} naming a file holding one) to keep them in a file encrypted with it.`;

export type AsyncSafeStorage = Pick<
  SafeStorage,
  'isAsyncEncryptionAvailable' | 'encryptStringAsync' | 'decryptStringAsync' | 'getSelectedStorageBackend'
>;

export interface AppSecretsOptions {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
}

/** Seals through safeStorage's asynchronous calls (the synchronous ones are gone in Electron 46). */
function keychainSealer(safeStorage: AsyncSafeStorage): Sealer {
  const usable = async () => {
    if (!(await safeStorage.isAsyncEncryptionAvailable())) throw new GalleyError('UNSUPPORTED', UNAVAILABLE);
  };
  return {
    kind: 'electron-safeStorage',
    async seal(plain) {
      await usable();
      return safeStorage.encryptStringAsync(plain);
    },
    async open(sealed) {
      await usable();
      return (await safeStorage.decryptStringAsync(sealed)).result;
    },
  };
}

/**
 * The app's secret store: each secret sealed by the OS keychain through Electron's
 * safeStorage. Must be made after the app is ready (the Linux backend is known only then).
 * Where the keychain would be Electron's hard-coded `basic_text` fallback, credentials are
 * refused, unless the admin chose a passphrase: then they go to the same encrypted file
 * the web host uses.
 */
export function safeStorageSecrets(safeStorage: AsyncSafeStorage, dataDir: string, options: AppSecretsOptions): SecretStore {
  if (options.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') {
    if (secretKeyFrom(options.env) !== null) return encryptedFileStore(dataDir, options.env);
    return sealedFileStore(
      join(dataDir, SAFE_STORAGE_SECRETS_FILE),
      () => {
        throw new GalleyError('UNSUPPORTED', NO_KEYRING);
      },
      KEYCHAIN,
    );
  }
  const sealer = keychainSealer(safeStorage);
  return sealedFileStore(join(dataDir, SAFE_STORAGE_SECRETS_FILE), sealer, KEYCHAIN);
}
