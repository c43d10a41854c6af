import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../support/temp-dir';

const SCRIPTS = fileURLToPath(new URL('../../../build/scripts/', import.meta.url));
const START_SCRIPT = join(SCRIPTS, 'start-electron.mjs');
const REAL_MODULES = fileURLToPath(new URL('../../../node_modules/', import.meta.url));
const ELECTRON_VERSION = (JSON.parse(readFileSync(join(REAL_MODULES, 'electron', 'package.json'), 'utf8')) as { version: string }).version;

const missingBinary = (reason: string) =>
  "Galley's desktop window needs the Electron binary, which is not installed and could not be downloaded " +
  `(${reason}); run \`npm run start:web\` to use Galley in your browser instead.\n`;

function runStart(script: string, env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [script], {
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '', ...env },
    timeout: 60_000,
  });
}

const posix = process.platform !== 'win32';

describe('npm start (build/scripts/start-electron.mjs)', () => {
  const tempDir = useTempDirs();

  /** A copy of the project's layout: package.json, the start scripts and, optionally, a built main. */
  function fakeProject(built = true): { root: string; script: string } {
    const root = tempDir();
    mkdirSync(join(root, 'build', 'scripts'), { recursive: true });
    const script = join(root, 'build', 'scripts', 'start-electron.mjs');
    copyFileSync(START_SCRIPT, script);
    cpSync(join(SCRIPTS, 'electron'), join(root, 'build', 'scripts', 'electron'), { recursive: true });
    writeFileSync(join(root, 'package.json'), JSON.stringify({ type: 'module', main: 'dist/electron/main.cjs' }));
    if (built) {
      mkdirSync(join(root, 'dist', 'electron'), { recursive: true });
      writeFileSync(join(root, 'dist', 'electron', 'main.cjs'), '');
    }
    return { root, script };
  }

  /** An installed electron package whose binary has not arrived, with the given install.js. */
  function electronPackage(root: string, installer: string): string {
    const dir = join(root, 'node_modules', 'electron');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'electron', version: ELECTRON_VERSION, main: 'index.js' }));
    // Requiring this would mean the script went through the package's lookup instead of its own.
    writeFileSync(join(dir, 'index.js'), 'console.log("index.js was required"); process.exit(9);');
    writeFileSync(join(dir, 'install.js'), installer);
    return dir;
  }

  /** A shell script standing in for Electron: it records its arguments and the binding it was given. */
  function fakeElectronScript(dir: string, { exitCode = 0, stderr = '' } = {}): { body: string; argsFile: string; bindingFile: string } {
    const argsFile = join(dir, 'args.txt');
    const bindingFile = join(dir, 'binding.txt');
    const body =
      `#!/bin/sh\nprintf '%s\\n' "$@" > '${argsFile}'\nprintf '%s' "$GALLEY_SQLITE_BINDING" > '${bindingFile}'\n` +
      (stderr === '' ? '' : `printf '%s\\n' '${stderr}' >&2\n`) +
      `exit ${exitCode}\n`;
    return { body, argsFile, bindingFile };
  }

  function fakeElectron(dir: string, options: { exitCode?: number; stderr?: string } = {}) {
    const { body, argsFile, bindingFile } = fakeElectronScript(dir, options);
    const binary = join(dir, 'fake-electron');
    writeFileSync(binary, body);
    chmodSync(binary, 0o755);
    return { binary, argsFile, bindingFile };
  }

  /** better-sqlite3 for the installed Electron, as an earlier `npm start` left it. */
  function builtSqlite(root: string): string {
    if (!existsSync(join(root, 'node_modules', 'electron'))) electronPackage(root, 'process.exit(0);');
    const file = join(root, '.galley-electron', `better-sqlite3-electron-${ELECTRON_VERSION}-${process.platform}-${process.arch}`, 'better_sqlite3.node');
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, '');
    return file;
  }

  it('says what is wrong when the binary it is pointed at does not exist, without downloading', () => {
    const missing = join(tempDir(), 'no-such-electron');
    const result = runStart(START_SCRIPT, { GALLEY_ELECTRON_BINARY: missing });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(missingBinary(`GALLEY_ELECTRON_BINARY names ${missing}, which does not exist`));
    expect(result.stdout).toBe('');
  });

  it('asks for npm ci when the electron package is absent', () => {
    const { script } = fakeProject();
    const result = runStart(script);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(missingBinary('the electron package is not installed; run `npm ci`'));
  });

  it('fetches a missing binary through the package’s own installer, and says why when that fails', () => {
    const { root, script } = fakeProject();
    const marker = join(root, 'installer-ran');
    electronPackage(
      root,
      `require('fs').writeFileSync(${JSON.stringify(marker)}, '');\n` +
        'console.error("Error: getaddrinfo ENOTFOUND github.com\\n    at GetAddrInfoReqWrap.onlookup (node:dns:1)"); process.exit(1);',
    );
    const result = runStart(script);
    expect(existsSync(marker)).toBe(true);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe(`Downloading Electron ${ELECTRON_VERSION} for Galley's desktop window (first start only)…\n`);
    expect(result.stderr).toBe(missingBinary('the download failed: getaddrinfo ENOTFOUND github.com'));
  });

  it('runs the real electron package’s install.js, and reports its failure in one sentence', () => {
    const { root, script } = fakeProject();
    const dir = join(root, 'node_modules', 'electron');
    mkdirSync(dir, { recursive: true });
    for (const file of ['package.json', 'install.js', 'checksums.json']) copyFileSync(join(REAL_MODULES, 'electron', file), join(dir, file));
    mkdirSync(join(root, 'node_modules', '@electron'));
    symlinkSync(join(REAL_MODULES, '@electron', 'get'), join(root, 'node_modules', '@electron', 'get'), 'junction');
    // A mirror nothing listens on, and an empty cache: the download fails the same way on any machine.
    const result = runStart(script, { ELECTRON_MIRROR: 'http://127.0.0.1:9/', electron_config_cache: tempDir() });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^Galley's desktop window needs the Electron binary, which is not installed and could not be downloaded \(the download failed: .+\); run `npm run start:web`/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  describe.skipIf(!posix)('with an executable standing in for Electron (POSIX only: it is a shell script)', () => {
    it('starts Electron on the package root with the Electron build of better-sqlite3, and exits with its status', () => {
      const { root, script } = fakeProject();
      const sqlite = builtSqlite(root);
      const { binary, argsFile, bindingFile } = fakeElectron(tempDir(), { exitCode: 7 });
      const result = runStart(script, { GALLEY_ELECTRON_BINARY: binary });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(7);
      expect(readFileSync(argsFile, 'utf8').trim()).toBe(root);
      expect(readFileSync(bindingFile, 'utf8')).toBe(sqlite);
    });

    it('starts the binary the installer fetched', () => {
      const { root, script } = fakeProject();
      builtSqlite(root);
      const { body, argsFile } = fakeElectronScript(tempDir(), { exitCode: 0 });
      const dir = electronPackage(
        root,
        "const fs = require('fs'), path = require('path');\n" +
          "fs.mkdirSync(path.join(__dirname, 'dist'), { recursive: true });\n" +
          `fs.writeFileSync(path.join(__dirname, 'dist', 'fake-electron'), ${JSON.stringify(body)}, { mode: 0o755 });\n` +
          "fs.writeFileSync(path.join(__dirname, 'path.txt'), 'fake-electron');\n",
      );
      const result = runStart(script);
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      expect(existsSync(join(dir, 'dist', 'fake-electron'))).toBe(true);
      expect(readFileSync(argsFile, 'utf8').trim()).toBe(root);
    });

    it('says in one sentence that better-sqlite3 could not be built for Electron, and does not start it', () => {
      const { root, script } = fakeProject();
      electronPackage(root, 'process.exit(0);');
      const { binary, argsFile } = fakeElectron(tempDir());
      const result = runStart(script, { GALLEY_ELECTRON_BINARY: binary });
      expect(result.status).toBe(1);
      expect(result.stderr).toBe(
        `Galley's database module (better-sqlite3) could not be built for Electron ${ELECTRON_VERSION} ` +
          '(better-sqlite3 is not installed; run `npm ci`); run `npm start` again on a machine with internet access, ' +
          'or run `npm run start:web` to use Galley in your browser instead.\n',
      );
      expect(existsSync(argsFile)).toBe(false);
    });

    it('starts when its path goes through a symlink', () => {
      const { root } = fakeProject();
      builtSqlite(root);
      const link = join(tempDir(), 'linked-checkout');
      symlinkSync(root, link);
      const { binary, argsFile } = fakeElectron(tempDir(), { exitCode: 3 });
      const result = runStart(join(link, 'build', 'scripts', 'start-electron.mjs'), { GALLEY_ELECTRON_BINARY: binary });
      expect(result.status).toBe(3);
      expect(existsSync(argsFile)).toBe(true);
    });

    it('asks for a build when dist/electron/main.cjs is missing', () => {
      const { script } = fakeProject(false);
      const { binary } = fakeElectron(tempDir(), { exitCode: 0 });
      const result = runStart(script, { GALLEY_ELECTRON_BINARY: binary });
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/has not been built yet.*run `npm run build` first\.\n$/);
    });
  });

  describe.skipIf(process.platform !== 'linux')('on Linux', () => {
    it('passes Electron’s sandbox failure through and says what to do about it', () => {
      const { root, script } = fakeProject();
      builtSqlite(root);
      const fatal =
        '[1:FATAL:setuid_sandbox_host.cc(158)] The SUID sandbox helper binary was found, but is not configured correctly. ' +
        'You need to make sure that /x/chrome-sandbox is owned by root and has mode 4755.';
      const { binary } = fakeElectron(tempDir(), { exitCode: 133, stderr: fatal });
      const result = runStart(script, { GALLEY_ELECTRON_BINARY: binary });
      expect(result.status).toBe(133);
      expect(result.stderr).toContain(fatal);
      expect(result.stderr).toContain('Electron stopped because this Linux does not let it start its sandbox (Ubuntu 23.10 and later');
      expect(result.stderr).toContain(`sudo chown root:root ${join(dirname(binary), 'chrome-sandbox')}`);
      expect(result.stderr).toContain('install the .deb package');
    });
  });
});
