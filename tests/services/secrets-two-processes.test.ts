import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { encryptedFileStore } from '../../electron/publishing/credentials/encrypted-file';
import { useTempDirs } from '../support/temp-dir';

const STORE_MODULE = fileURLToPath(new URL('../../electron/publishing/credentials/encrypted-file.ts', import.meta.url));
const ENV = { GALLEY_SECRET_KEY: 'two processes, one file' };
const PER_PROCESS = 6;

/** A separate Node process adding secrets one after another, as the CLI adding targets does. */
function addSecretsInAnotherProcess(dataDir: string, tag: string): Promise<number | null> {
  const script = `
    const { encryptedFileStore } = await import(${JSON.stringify(STORE_MODULE)});
    const store = encryptedFileStore(${JSON.stringify(dataDir)}, ${JSON.stringify(ENV)});
    for (let i = 0; i < ${PER_PROCESS}; i++) await store.set('target:${tag}' + i + ':apiKey', 'secret ${tag}' + i);
  `;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['ignore', 'inherit', 'inherit'] });
  return new Promise((resolve) => child.on('exit', (code) => resolve(code)));
}

describe('the secrets file shared by two processes', () => {
  const tempDir = useTempDirs();

  it('keeps every secret both processes acknowledged', async () => {
    const dataDir = tempDir();
    const codes = await Promise.all([addSecretsInAnotherProcess(dataDir, 'a'), addSecretsInAnotherProcess(dataDir, 'b')]);
    expect(codes).toEqual([0, 0]);

    const store = encryptedFileStore(dataDir, ENV);
    const missing: string[] = [];
    for (const tag of ['a', 'b']) {
      for (let i = 0; i < PER_PROCESS; i++) {
        if ((await store.get(`target:${tag}${i}:apiKey`)) !== `secret ${tag}${i}`) missing.push(`${tag}${i}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
