import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import builderUtil from 'builder-util';
import { describe, expect, it } from 'vitest';
import { afterPack } from '../../../build/scripts/electron/after-pack.mjs';
import { useTempDirs } from '../../support/temp-dir';

const write = (file: string, text: string) => {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
};

describe('packaging’s afterPack hook', () => {
  const tempDir = useTempDirs();

  /** A project with its Node build of better-sqlite3 and Electron builds for two targets, and an app electron-builder has just packed. */
  function setUp(platform: string, resources: string) {
    const root = tempDir();
    const nodeBuild = join(root, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
    write(nodeBuild, 'built for Node');
    for (const target of ['linux-x64', 'darwin-arm64']) {
      write(join(root, '.galley-electron', `better-sqlite3-electron-45.4.1-${target}`, 'better_sqlite3.node'), `built for Electron on ${target}`);
    }
    const appOutDir = tempDir();
    const packed = join(appOutDir, resources, 'app.asar.unpacked', 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
    write(packed, 'built for Node');
    const packager = {
      info: { projectDir: root, framework: { version: '45.4.1' } },
      getResourcesDir: (dir: string) => join(dir, resources),
    };
    return { nodeBuild, packed, context: { appOutDir, electronPlatformName: platform, packager } };
  }

  it('puts the Electron build into the packaged app and leaves the project’s own build alone', async () => {
    const { nodeBuild, packed, context } = setUp('linux', 'resources');
    await afterPack({ ...context, arch: builderUtil.Arch.x64 });
    expect(readFileSync(packed, 'utf8')).toBe('built for Electron on linux-x64');
    expect(readFileSync(nodeBuild, 'utf8')).toBe('built for Node');
  });

  it('takes the build for the package’s platform and architecture (a Mac App Store build is a macOS one)', async () => {
    const { packed, context } = setUp('mas', join('Galley.app', 'Contents', 'Resources'));
    await afterPack({ ...context, arch: builderUtil.Arch.arm64 });
    expect(readFileSync(packed, 'utf8')).toBe('built for Electron on darwin-arm64');
  });
});
