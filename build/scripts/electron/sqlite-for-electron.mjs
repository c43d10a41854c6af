// better-sqlite3 for Electron's ABI, in its own folder: `npm ci` builds the module for Node
// (which the CLI, the web host and the tests keep using), and Electron cannot load that
// build. This makes a second copy once per Electron version, platform and architecture,
// and never touches node_modules/better-sqlite3/build.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { firstErrorLine, resolvePackageDir } from './util.mjs';

/** Git-ignored: per-machine builds for Electron. */
export const ELECTRON_NATIVE_DIR = '.galley-electron';
const ADDON = 'better_sqlite3.node';
// Only what compiling needs: its own build folder stays behind.
const SOURCES = ['package.json', 'binding.gyp', 'src', 'deps'];

export class NativeBuildError extends Error {}

/** The Electron version the project installs, read from the electron package. */
export function electronVersion(root) {
  const packageDir = resolvePackageDir(root, 'electron');
  if (packageDir === null) return null;
  return JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')).version;
}

export function electronSqlitePath({ root, version, platform = process.platform, arch = process.arch }) {
  return path.join(root, ELECTRON_NATIVE_DIR, `better-sqlite3-electron-${version}-${platform}-${arch}`, ADDON);
}

function run(command, args, cwd, env) {
  const result = spawnSync(process.execPath, [command, ...args], { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.error !== undefined) return result.error.message;
  return result.status === 0 ? null : firstErrorLine(`${result.stderr}\n${result.stdout}`);
}

/**
 * The path of better-sqlite3 built for this Electron, building it first when it is missing:
 * the project's prebuilt download for Electron (prebuild-install, as `npm ci` does for
 * Node), else a compile against Electron's headers (node-gyp). Throws NativeBuildError
 * with one sentence when neither works.
 */
export function ensureElectronSqlite({ root, env = process.env, version = electronVersion(root), platform = process.platform, arch = process.arch }) {
  const fail = (reason) =>
    new NativeBuildError(
      `Galley's database module (better-sqlite3) could not be built for Electron ${version ?? '(not installed)'} (${reason}); ` +
        'run `npm start` again on a machine with internet access, or run `npm run start:web` to use Galley in your browser instead.',
    );
  if (version === null) throw fail('the electron package is not installed; run `npm ci`');
  const target = electronSqlitePath({ root, version, platform, arch });
  if (existsSync(target)) return target;

  const moduleDir = resolvePackageDir(root, 'better-sqlite3');
  if (moduleDir === null) throw fail('better-sqlite3 is not installed; run `npm ci`');
  const requireFromModule = createRequire(path.join(moduleDir, 'package.json'));
  const requireFromRoot = createRequire(path.join(root, 'package.json'));

  process.stdout.write(`Building Galley's database module for Electron ${version} (first start only)…\n`);
  mkdirSync(path.join(root, ELECTRON_NATIVE_DIR), { recursive: true });
  const stage = mkdtempSync(path.join(root, ELECTRON_NATIVE_DIR, 'stage-'));
  try {
    for (const entry of SOURCES) cpSync(path.join(moduleDir, entry), path.join(stage, entry), { recursive: true });
    const reasons = [];
    const steps = [
      ['prebuild-install/bin.js', requireFromModule, ['--runtime', 'electron', '--target', version, '--platform', platform, '--arch', arch]],
      ['node-gyp/bin/node-gyp.js', requireFromRoot, ['rebuild', '--release', '--runtime=electron', `--target=${version}`, `--arch=${arch}`, '--dist-url=https://electronjs.org/headers']],
    ];
    for (const [tool, resolver, args] of steps) {
      let command;
      try {
        command = resolver.resolve(tool);
      } catch {
        reasons.push(`${tool.split('/')[0]} is not installed`);
        continue;
      }
      const reason = run(command, args, stage, env);
      const built = path.join(stage, 'build', 'Release', ADDON);
      if (reason === null && existsSync(built)) {
        mkdirSync(path.dirname(target), { recursive: true });
        copyFileSync(built, target);
        return target;
      }
      reasons.push(`${tool.split('/')[0]}: ${reason ?? 'it made no module'}`);
    }
    throw fail(reasons.join('; '));
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}
