import type { AsyncSafeStorage } from '../../../electron/app/safe-storage-secrets';

export type Backend = ReturnType<AsyncSafeStorage['getSelectedStorageBackend']>;

/**
 * A stand-in for Electron 45's safeStorage with only its asynchronous calls: reversible,
 * and visibly not the plain text. The synchronous ones (deprecated in 45, removed in 46)
 * are absent, so a store that still used them would fail here.
 */
export function fakeSafeStorage({ available = true, backend = 'gnome_libsecret' as Backend } = {}): AsyncSafeStorage {
  const flip = (bytes: Buffer) => Buffer.from(bytes.map((byte) => byte ^ 0x5a));
  return {
    isAsyncEncryptionAvailable: () => Promise.resolve(available),
    getSelectedStorageBackend: () => backend,
    encryptStringAsync: (text: string) => Promise.resolve(flip(Buffer.from(text, 'utf8'))),
    decryptStringAsync: (sealed: Buffer) => Promise.resolve({ result: flip(sealed).toString('utf8'), shouldReEncrypt: false }),
  };
}
