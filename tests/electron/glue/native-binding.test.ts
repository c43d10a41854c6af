import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SQLITE_BINDING_ENV, sqliteNativeBinding, type Runtime } from '../../../electron/db/native-binding';
import { useTempDirs } from '../../support/temp-dir';

const node: Runtime = { electron: undefined, abi: '115', defaultApp: false, env: {} };
const electronDev = (env: Runtime['env']): Runtime => ({ electron: '45.4.1', abi: '150', defaultApp: true, env });

describe('which better-sqlite3 build is loaded', () => {
  const tempDir = useTempDirs();

  it('under Node (CLI, web host, tests): the module’s own build', () => {
    expect(sqliteNativeBinding(node)).toBeUndefined();
    // The variable means nothing outside Electron.
    expect(sqliteNativeBinding({ ...node, env: { [SQLITE_BINDING_ENV]: '/elsewhere.node' } })).toBeUndefined();
  });

  it('in the packaged app: the module’s own copy, which packaging made for Electron', () => {
    expect(sqliteNativeBinding({ ...electronDev({ [SQLITE_BINDING_ENV]: '/ignored.node' }), defaultApp: false })).toBeUndefined();
  });

  it('in unpackaged Electron: the Electron build npm start made', () => {
    const file = join(tempDir(), 'better_sqlite3.node');
    writeFileSync(file, '');
    expect(sqliteNativeBinding(electronDev({ [SQLITE_BINDING_ENV]: file }))).toBe(file);
  });

  it('says what is missing and what to do when there is no Electron build', () => {
    expect(() => sqliteNativeBinding(electronDev({}))).toThrow(
      /no build for Electron 45\.4\.1 \(ABI 150\)\. Start the app with `npm start`.*`npm run start:web`/,
    );
    const missing = join(tempDir(), 'gone.node');
    expect(() => sqliteNativeBinding(electronDev({ [SQLITE_BINDING_ENV]: missing }))).toThrow(`${missing} is missing`);
  });
});
