import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useTempDirs } from '../../support/temp-dir';
import { AUDIT_KEY_FILE, keychainAuditKey } from '../../../electron/app/audit-key';
import { openGalley } from '../../../electron/services';
import { TEST_PASSWORD_PARAMS } from '../../support/galley';
import { fakeSafeStorage } from './fake-safe-storage';

describe('the app’s audit key (Electron safeStorage)', () => {
  const tempDir = useTempDirs();

  it('is made once, kept only sealed by the keychain, and read back the same', async () => {
    const dataDir = tempDir();
    const key = await keychainAuditKey(fakeSafeStorage(), dataDir, 'linux');
    expect(key).toHaveLength(32);
    expect(readFileSync(join(dataDir, AUDIT_KEY_FILE), 'utf8')).not.toContain(key!.toString('base64'));
    expect(await keychainAuditKey(fakeSafeStorage(), dataDir, 'linux')).toEqual(key);
  });

  it('is none without a keychain, and the log is then checked by its chain alone', async () => {
    expect(await keychainAuditKey(fakeSafeStorage({ available: false }), tempDir(), 'linux')).toBeNull();
  });

  it('is none on Linux’s basic_text fallback, which seals with a password built into Electron', async () => {
    const dataDir = tempDir();
    expect(await keychainAuditKey(fakeSafeStorage({ backend: 'basic_text' }), dataDir, 'linux')).toBeNull();
    expect(existsSync(join(dataDir, AUDIT_KEY_FILE))).toBe(false);
  });

  it('anchors the app’s audit log', async () => {
    const dataDir = tempDir();
    const galley = openGalley({ dataDir, log: () => {}, passwordParams: TEST_PASSWORD_PARAMS, auditKey: await keychainAuditKey(fakeSafeStorage(), dataDir, 'linux') });
    try {
      await galley.dispatch('auth.setup', { name: 'ada', displayName: 'Ada Admin', password: 'correct horse battery staple' }, null);
      await new Promise((resolve) => setImmediate(resolve));
      expect(galley.services.audit.verifyFile()).toMatchObject({ ok: true, checked: 2, anchor: { checked: true } });
    } finally {
      galley.close();
    }
  });
});
