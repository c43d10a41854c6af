#!/usr/bin/env node
// Builds everything into dist/: the renderer (Vite), the Electron main and preload, and
// the `galley` command and the newsroom hub (esbuild). Native modules stay external: they are loaded from
// node_modules (unpacked from the asar in the packaged app).
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { chmod, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const only = process.argv.slice(2);
const wanted = (name) => only.length === 0 || only.includes(name);
const started = Date.now();

const node = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'linked',
  logLevel: 'warning',
  absWorkingDir: root,
  external: ['electron', 'better-sqlite3', 'sharp'],
};

const jobs = [];
if (wanted('cli')) {
  jobs.push(
    esbuild({
      ...node,
      entryPoints: ['electron/cli/galley.ts'],
      outfile: 'dist/cli/galley.cjs',
      banner: { js: '#!/usr/bin/env node' },
    }).then(() => chmod(join(root, 'dist/cli/galley.cjs'), 0o755)),
  );
}
if (wanted('hub')) {
  // The hub runs on Node 22 (Hocuspocus 4, node:sqlite), never on the workstation's Node or Electron.
  // pg's optional native binding is not used: pg falls back to its JavaScript client.
  // crossws (under Hocuspocus) calls createRequire(import.meta.url), which a CommonJS bundle lacks: give it this file's URL.
  jobs.push(
    esbuild({
      ...node,
      target: 'node22',
      entryPoints: ['hub/hub.ts'],
      outfile: 'dist/hub/hub.cjs',
      external: ['pg-native'],
      define: { 'import.meta.url': '__hubModuleUrl' },
      banner: { js: "const __hubModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
    }),
  );
}
if (wanted('electron')) {
  jobs.push(esbuild({ ...node, entryPoints: ['electron/app/main.ts'], outfile: 'dist/electron/main.cjs' }));
  // A sandboxed preload can require only `electron`: everything else is bundled in.
  jobs.push(
    esbuild({ ...node, platform: 'browser', format: 'cjs', entryPoints: ['electron/preload/index.ts'], outfile: 'dist/electron/preload.cjs' }),
  );
}
if (wanted('renderer')) {
  jobs.push(
    rm(join(root, 'dist/renderer'), { recursive: true, force: true }).then(() =>
      viteBuild({ configFile: join(root, 'build/vite.renderer.config.ts'), logLevel: 'warn' }),
    ),
  );
}
await Promise.all(jobs);
console.log(`built ${only.length ? only.join(', ') : 'everything'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
