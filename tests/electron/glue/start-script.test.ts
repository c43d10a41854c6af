import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../support/temp-dir';

const START_SCRIPT = fileURLToPath(new URL('../../../build/scripts/start-electron.mjs', import.meta.url));

const MISSING_BINARY_SENTENCE =
  "Galley's desktop window needs the Electron binary, which is not installed on this machine " +
  '(it is downloaded on first run and needs internet); run `npm run start:web` to use Galley in your browser instead.\n';

function runStart(script: string, env: Record<string, string> = {}) {
  const started = Date.now();
  const result = spawnSync(process.execPath, [script], {
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '', ...env },
    timeout: 30_000,
  });
  return { ...result, seconds: (Date.now() - started) / 1000 };
}

describe('npm start (build/scripts/start-electron.mjs)', () => {
  const tempDir = useTempDirs();

  /** A copy of the project's layout: package.json, the start script and, optionally, a built main. */
  function fakeProject(built: boolean): { root: string; script: string } {
    const root = tempDir();
    mkdirSync(join(root, 'build', 'scripts'), { recursive: true });
    const script = join(root, 'build', 'scripts', 'start-electron.mjs');
    copyFileSync(START_SCRIPT, script);
    writeFileSync(join(root, 'package.json'), JSON.stringify({ type: 'module', main: 'dist/electron/main.cjs' }));
    if (built) {
      mkdirSync(join(root, 'dist', 'electron'), { recursive: true });
      writeFileSync(join(root, 'dist', 'electron', 'main.cjs'), '');
    }
    return { root, script };
  }

  it('says in one sentence what to do when the binary it is pointed at does not exist', () => {
    const result = runStart(START_SCRIPT, { GALLEY_ELECTRON_BINARY: join(tempDir(), 'no-such-electron') });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(MISSING_BINARY_SENTENCE);
    expect(result.stdout).toBe('');
  });

  it('says the same, without trying to download, when the electron package is absent', () => {
    const { script } = fakeProject(true);
    const result = runStart(script);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(MISSING_BINARY_SENTENCE);
    expect(result.stdout).not.toMatch(/download/i);
  });

  it('says the same when the electron package is installed but its binary never arrived', () => {
    const { root, script } = fakeProject(true);
    const electronDir = join(root, 'node_modules', 'electron');
    mkdirSync(electronDir, { recursive: true });
    writeFileSync(join(electronDir, 'package.json'), JSON.stringify({ name: 'electron', main: 'index.js' }));
    // Requiring this would mean the script went through the package's own lookup, which downloads.
    writeFileSync(join(electronDir, 'index.js'), 'console.log("Downloading Electron binary..."); process.exit(9);');
    const result = runStart(script);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(MISSING_BINARY_SENTENCE);
    expect(result.stdout).toBe('');
    expect(result.seconds).toBeLessThan(10);
  });

  describe.skipIf(process.platform === 'win32')('with an executable standing in for Electron (POSIX only: it is a shell script)', () => {
    function fakeElectron(dir: string, exitCode: number): { binary: string; argsFile: string } {
      const binary = join(dir, 'fake-electron');
      const argsFile = join(dir, 'args.txt');
      writeFileSync(binary, `#!/bin/sh\nprintf '%s\\n' "$@" > '${argsFile}'\nexit ${exitCode}\n`);
      chmodSync(binary, 0o755);
      return { binary, argsFile };
    }

    it('starts Electron on the package root and exits with its status', () => {
      const { root, script } = fakeProject(true);
      const { binary, argsFile } = fakeElectron(tempDir(), 7);
      const result = runStart(script, { GALLEY_ELECTRON_BINARY: binary });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(7);
      expect(readFileSync(argsFile, 'utf8').trim()).toBe(root);
    });

    it('asks for a build when dist/electron/main.cjs is missing', () => {
      const { script } = fakeProject(false);
      const { binary } = fakeElectron(tempDir(), 0);
      const result = runStart(script, { GALLEY_ELECTRON_BINARY: binary });
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/has not been built yet.*run `npm run build` first\.\n$/);
    });
  });
});
