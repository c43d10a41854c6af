// Fetches Electron's executable through the electron package's own installer: since
// Electron 45 nothing downloads it at `npm ci`, only the first require('electron') or
// this install.js does.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { firstErrorLine, resolvePackageDir } from './util.mjs';

/** Runs node_modules/electron/install.js; returns null when it worked, else why it did not. */
export function fetchElectronBinary({ root, env }) {
  const packageDir = resolvePackageDir(root, 'electron');
  if (packageDir === null) return 'the electron package is not installed; run `npm ci`';
  const installer = path.join(packageDir, 'install.js');
  if (!existsSync(installer)) return `${installer} is missing; run \`npm ci\``;
  const { version } = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8'));
  process.stdout.write(`Downloading Electron ${version} for Galley's desktop window (first start only)…\n`);
  const result = spawnSync(process.execPath, [installer], { cwd: packageDir, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.error !== undefined) return result.error.message;
  if (result.status !== 0) return `the download failed: ${firstErrorLine(result.stderr)}`;
  return null;
}
