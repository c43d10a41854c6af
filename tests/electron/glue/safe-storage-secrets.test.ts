import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useTempDirs } from '../../support/temp-dir';
import { safeStorageSecrets, SAFE_STORAGE_SECRETS_FILE } from '../../../electron/app/safe-storage-secrets';
import { fakeSafeStorage } from './fake-safe-storage';

describe('the app’s secret store (Electron safeStorage)', () => {
  const tempDir = useTempDirs();

  it('keeps each secret sealed by the keychain, reads it back, and forgets it on delete', async () => {
    const dataDir = tempDir();
    const store = safeStorageSecrets(fakeSafeStorage(), dataDir);
    await store.set('target:a:adminApiKey', 'abc123:deadbeef');
    expect(readFileSync(join(dataDir, SAFE_STORAGE_SECRETS_FILE), 'utf8')).not.toContain('abc123');
    expect(await store.get('target:a:adminApiKey')).toBe('abc123:deadbeef');
    await store.delete('target:a:adminApiKey');
    expect(await store.get('target:a:adminApiKey')).toBeNull();
  });

  it('refuses an entry copied under another target’s name', async () => {
    const dataDir = tempDir();
    const store = safeStorageSecrets(fakeSafeStorage(), dataDir);
    await store.set('target:a:adminApiKey', 'for a');
    const path = join(dataDir, SAFE_STORAGE_SECRETS_FILE);
    const file = JSON.parse(readFileSync(path, 'utf8')) as { entries: Record<string, string> };
    const { writeFileSync } = await import('node:fs');
    writeFileSync(path, JSON.stringify({ ...file, entries: { ...file.entries, 'target:b:adminApiKey': file.entries['target:a:adminApiKey'] } }));
    await expect(store.get('target:b:adminApiKey')).rejects.toThrow(/belongs to another target/);
  });

  it('says so plainly when the keychain is not available', async () => {
    const store = safeStorageSecrets(fakeSafeStorage(false), tempDir());
    await expect(store.set('target:a:x', 'v')).rejects.toThrow(/system keychain is not available/);
  });
});
