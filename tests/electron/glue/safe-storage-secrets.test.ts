import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { useTempDirs } from '../../support/temp-dir';
import { safeStorageSecrets, SAFE_STORAGE_SECRETS_FILE } from '../../../electron/app/safe-storage-secrets';
import { ENCRYPTED_SECRETS_FILE } from '../../../electron/publishing/credentials/encrypted-file';
import { fakeSafeStorage, type Backend } from './fake-safe-storage';

const linux = { platform: 'linux' as const, env: {} };

describe('the app’s secret store (Electron safeStorage)', () => {
  const tempDir = useTempDirs();

  it('keeps each secret sealed by the keychain, reads it back, and forgets it on delete', async () => {
    const dataDir = tempDir();
    const store = safeStorageSecrets(fakeSafeStorage(), dataDir, linux);
    await store.set('target:a:adminApiKey', 'abc123:deadbeef');
    expect(readFileSync(join(dataDir, SAFE_STORAGE_SECRETS_FILE), 'utf8')).not.toContain('abc123');
    expect(await store.get('target:a:adminApiKey')).toBe('abc123:deadbeef');
    await store.delete('target:a:adminApiKey');
    expect(await store.get('target:a:adminApiKey')).toBeNull();
  });

  it('refuses an entry copied under another target’s name', async () => {
    const dataDir = tempDir();
    const store = safeStorageSecrets(fakeSafeStorage(), dataDir, linux);
    await store.set('target:a:adminApiKey', 'for a');
    const path = join(dataDir, SAFE_STORAGE_SECRETS_FILE);
    const file = JSON.parse(readFileSync(path, 'utf8')) as { entries: Record<string, string> };
    writeFileSync(path, JSON.stringify({ ...file, entries: { ...file.entries, 'target:b:adminApiKey': file.entries['target:a:adminApiKey'] } }));
    await expect(store.get('target:b:adminApiKey')).rejects.toThrow(/belongs to another target/);
  });

  it('says so plainly when the keychain is not available', async () => {
    const store = safeStorageSecrets(fakeSafeStorage({ available: false }), tempDir(), linux);
    await expect(store.set('target:a:x', 'v')).rejects.toThrow(/system keychain is not available/);
  });

  it('refuses Linux’s basic_text “keychain”, saying what it means and what to do, and writes nothing', async () => {
    const dataDir = tempDir();
    const store = safeStorageSecrets(fakeSafeStorage({ backend: 'basic_text' }), dataDir, linux);
    await expect(store.set('target:a:x', 'v')).rejects.toThrow(
      /no keyring .*password built into Electron.*Install and unlock a keyring, or start Galley with GALLEY_SECRET_KEY/,
    );
    expect(existsSync(join(dataDir, SAFE_STORAGE_SECRETS_FILE))).toBe(false);
  });

  it('keeps credentials in the passphrase-encrypted file when the admin gave a key on a Linux without a keyring', async () => {
    const dataDir = tempDir();
    const store = safeStorageSecrets(fakeSafeStorage({ backend: 'basic_text' }), dataDir, {
      platform: 'linux',
      env: { GALLEY_SECRET_KEY: 'the desk’s passphrase' },
    });
    expect(store.description).toBe('the key in GALLEY_SECRET_KEY');
    await store.set('target:a:x', 'v');
    expect(await store.get('target:a:x')).toBe('v');
    expect(existsSync(join(dataDir, ENCRYPTED_SECRETS_FILE))).toBe(true);
    expect(existsSync(join(dataDir, SAFE_STORAGE_SECRETS_FILE))).toBe(false);
  });

  it('does not ask for the Linux backend on other systems', async () => {
    const safeStorage = { ...fakeSafeStorage(), getSelectedStorageBackend: (): Backend => { throw new Error('Linux only'); } };
    const store = safeStorageSecrets(safeStorage, tempDir(), { platform: 'darwin', env: {} });
    await store.set('target:a:x', 'v');
    expect(await store.get('target:a:x')).toBe('v');
  });
});
