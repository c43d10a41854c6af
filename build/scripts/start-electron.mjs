#!/usr/bin/env node
// What `npm start` runs after the build: opens Galley's desktop window with the
// project's own Electron, or says in one sentence why it cannot.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fetchElectronBinary } from './electron/fetch-binary.mjs';
import { isSandboxFailure, sandboxHelp } from './electron/sandbox-help.mjs';
import { ensureElectronSqlite, NativeBuildError } from './electron/sqlite-for-electron.mjs';
import { resolvePackageDir } from './electron/util.mjs';

export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The one sentence `npm start` ends with when the binary is not there and could not be fetched. */
export const missingBinaryMessage = (reason) =>
  `Galley's desktop window needs the Electron binary, which is not installed and could not be downloaded (${reason}); ` +
  'run `npm run start:web` to use Galley in your browser instead.';

// The variable the app reads to load better-sqlite3's Electron build (electron/db/native-binding.ts).
export const SQLITE_BINDING_ENV = 'GALLEY_SQLITE_BINDING';

export const NOT_BUILT_MESSAGE =
  "Galley's desktop app has not been built yet (dist/electron/main.cjs is missing); run `npm run build` first.";

// Where the electron package's install script puts the executable inside its dist folder.
const EXECUTABLE_IN_DIST = {
  darwin: 'Electron.app/Contents/MacOS/Electron',
  linux: 'electron',
  freebsd: 'electron',
  openbsd: 'electron',
  win32: 'electron.exe',
};

/**
 * The path of the Electron executable, or null when there is none.
 * Deliberately not `require('electron')`: that downloads as a side effect, and fails
 * with a stack trace. This reads the same files the electron package would (path.txt,
 * dist/, and the ELECTRON_OVERRIDE_DIST_PATH variable) and never downloads; `run`
 * fetches the binary explicitly when it is missing (fetchElectronBinary).
 * GALLEY_ELECTRON_BINARY points at a specific executable instead.
 */
export function findElectronBinary({ env = process.env, root = PACKAGE_ROOT } = {}) {
  const explicit = env.GALLEY_ELECTRON_BINARY;
  if (explicit !== undefined && explicit !== '') {
    const resolved = path.resolve(explicit);
    return existsSync(resolved) ? resolved : null;
  }

  const packageDir = resolvePackageDir(root, 'electron');
  if (packageDir === null) return null;

  let executable = EXECUTABLE_IN_DIST[process.platform];
  const pathFile = path.join(packageDir, 'path.txt');
  if (existsSync(pathFile)) executable = readFileSync(pathFile, 'utf8').trim();
  if (executable === undefined || executable === '') return null;

  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  const distDir = override !== undefined && override !== '' ? override : path.join(packageDir, 'dist');
  const candidate = path.join(distDir, executable);
  return existsSync(candidate) ? candidate : null;
}

function mainEntryExists(root) {
  try {
    const { main } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
    return typeof main === 'string' && existsSync(path.join(root, main));
  } catch {
    return false;
  }
}

/** The binary, fetched through the electron package's installer when it is missing; exits with one sentence if that fails. */
function electronBinaryOrExit() {
  const found = findElectronBinary();
  if (found !== null) return found;
  // An explicit binary that is not there is a mistake to report, not a reason to download.
  const explicit = process.env.GALLEY_ELECTRON_BINARY;
  const reason =
    explicit !== undefined && explicit !== ''
      ? `GALLEY_ELECTRON_BINARY names ${explicit}, which does not exist`
      : (fetchElectronBinary({ root: PACKAGE_ROOT, env: process.env }) ?? 'the installer finished but no binary arrived');
  const fetched = findElectronBinary();
  if (fetched !== null) return fetched;
  process.stderr.write(`${missingBinaryMessage(reason)}\n`);
  process.exit(1);
}

function run() {
  const binary = electronBinaryOrExit();
  if (!mainEntryExists(PACKAGE_ROOT)) {
    process.stderr.write(`${NOT_BUILT_MESSAGE}\n`);
    process.exit(1);
  }

  // With this set, Electron behaves as plain Node and would never open a window.
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  try {
    env[SQLITE_BINDING_ENV] = ensureElectronSqlite({ root: PACKAGE_ROOT, env });
  } catch (error) {
    if (!(error instanceof NativeBuildError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }

  // Electron is given the package root: its package.json `main` names dist/electron/main.cjs.
  // Its error output is passed through as it comes, and read for the sandbox failure.
  const child = spawn(binary, [PACKAGE_ROOT, ...process.argv.slice(2)], {
    cwd: PACKAGE_ROOT,
    env,
    stdio: ['inherit', 'inherit', 'pipe'],
  });
  let errorTail = '';
  child.stderr.on('data', (chunk) => {
    process.stderr.write(chunk);
    errorTail = (errorTail + chunk.toString('utf8')).slice(-16_384);
  });

  const forwardSignal = (signal) => {
    if (child.exitCode === null) child.kill(signal);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => forwardSignal(signal));

  child.on('error', (error) => {
    process.stderr.write(`Galley could not start Electron at ${binary}: ${error.message}\n`);
    process.exit(1);
  });
  child.on('close', (code, signal) => {
    if (code !== 0 && process.platform === 'linux' && isSandboxFailure(errorTail)) process.stderr.write(`${sandboxHelp(binary)}\n`);
    // A window killed by a signal exits the way a shell reports it: 128 + the signal number.
    const signalNumber = signal === null ? undefined : os.constants.signals[signal];
    process.exit(code ?? (signalNumber === undefined ? 1 : 128 + signalNumber));
  });
}

// Both sides resolved: npm and shells may run the script through a symlink or a junction,
// while Node gives import.meta.url as the real path.
const realPath = (file) => {
  try {
    return realpathSync(file);
  } catch {
    return path.resolve(file);
  }
};
const invokedDirectly = process.argv[1] !== undefined && realPath(process.argv[1]) === realPath(fileURLToPath(import.meta.url));
if (invokedDirectly) run();
