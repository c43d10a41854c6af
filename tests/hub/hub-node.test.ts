import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findHubNode, HUB_NODE_HELP } from '../../shared/node/hub-node.mjs';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();

/** A project folder whose `modules` folder holds this platform's Node package (an executable stand-in). */
function withNpmNode(modules = join('hub', 'node-runtime', 'node_modules'), root = tempDir()): { root: string; binary: string } {
  const bin = join(root, modules, `node-${process.platform}-${process.arch}`, 'bin');
  mkdirSync(bin, { recursive: true });
  const binary = join(bin, 'node');
  writeFileSync(binary, '#!/bin/sh\n');
  chmodSync(binary, 0o755);
  return { root, binary };
}

describe('finding a Node for the hub (shared/node/hub-node.mjs)', () => {
  it('uses the current Node when it is 22 or later', () => {
    const { root } = withNpmNode();
    expect(findHubNode({ root, execPath: '/opt/node22/bin/node', version: '22.12.0', env: {} })).toEqual({
      command: '/opt/node22/bin/node',
      env: {},
      source: 'this Node',
    });
  });

  it('keeps ELECTRON_RUN_AS_NODE for the child when the current process is Electron run as Node', () => {
    expect(findHubNode({ root: tempDir(), execPath: '/opt/electron', version: '22.20.0', env: { ELECTRON_RUN_AS_NODE: '1' } })?.env).toEqual({
      ELECTRON_RUN_AS_NODE: '1',
    });
  });

  it('on an older Node, takes the node-<platform>-<arch> package from hub/node-runtime, else from the root’s node_modules', () => {
    const { root, binary } = withNpmNode();
    expect(findHubNode({ root, version: '20.20.2', env: {} })).toMatchObject({ command: binary, source: `node-${process.platform}-${process.arch}` });
    const older = withNpmNode('node_modules');
    expect(findHubNode({ root: older.root, version: '20.20.2', env: {} })?.command).toBe(older.binary);
    // Both present: the hub's own runtime folder wins.
    withNpmNode('node_modules', root);
    expect(findHubNode({ root, version: '20.20.2', env: {} })?.command).toBe(binary);
  });

  it('answers null when there is none, and the help says what to install', () => {
    expect(findHubNode({ root: tempDir(), version: '20.20.2', env: {} })).toBeNull();
    expect(HUB_NODE_HELP).toMatch(/needs Node 22 or later.*npm install/);
  });
});
