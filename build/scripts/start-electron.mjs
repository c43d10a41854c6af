#!/usr/bin/env node
// What `npm start` runs after the build: opens Galley's desktop window with the
// project's own Electron, or says in one sentence why it cannot.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export const MISSING_BINARY_MESSAGE =
  "Galley's desktop window needs the Electron binary, which is not installed on this machine " +
  '(it is downloaded on first run and needs internet); run `npm run start:web` to use Galley in your browser instead.';

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
 * Deliberately not `require('electron')`: when the binary is missing, that starts a
 * download, which on an offline machine stalls or fails with a stack trace. This
 * reads the same files the electron package would (path.txt, dist/, and the
 * ELECTRON_OVERRIDE_DIST_PATH variable) without ever downloading.
 * GALLEY_ELECTRON_BINARY points at a specific executable instead.
 */
export function findElectronBinary({ env = process.env, root = PACKAGE_ROOT } = {}) {
  const explicit = env.GALLEY_ELECTRON_BINARY;
  if (explicit !== undefined && explicit !== '') {
    const resolved = path.resolve(explicit);
    return existsSync(resolved) ? resolved : null;
  }

  let packageDir;
  try {
    packageDir = path.dirname(createRequire(path.join(root, 'package.json')).resolve('electron/package.json'));
  } catch {
    return null;
  }

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

function run() {
  const binary = findElectronBinary();
  if (binary === null) {
    process.stderr.write(`${MISSING_BINARY_MESSAGE}\n`);
    process.exit(1);
  }
  if (!mainEntryExists(PACKAGE_ROOT)) {
    process.stderr.write(`${NOT_BUILT_MESSAGE}\n`);
    process.exit(1);
  }

  // With this set, Electron behaves as plain Node and would never open a window.
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;

  // Electron is given the package root: its package.json `main` names dist/electron/main.cjs.
  const child = spawn(binary, [PACKAGE_ROOT, ...process.argv.slice(2)], {
    cwd: PACKAGE_ROOT,
    env,
    stdio: 'inherit',
  });

  const forwardSignal = (signal) => {
    if (child.exitCode === null) child.kill(signal);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => forwardSignal(signal));

  child.on('error', (error) => {
    process.stderr.write(`Galley could not start Electron at ${binary}: ${error.message}\n`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    // A window killed by a signal exits the way a shell reports it: 128 + the signal number.
    const signalNumber = signal === null ? undefined : os.constants.signals[signal];
    process.exit(code ?? (signalNumber === undefined ? 1 : 128 + signalNumber));
  });
}

const invokedDirectly =
  process.argv[1] !== undefined && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url;
if (invokedDirectly) run();
