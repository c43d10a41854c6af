import { fileURLToPath } from 'node:url';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** electron-builder normalises `files` into file sets; this lists their patterns. */
function filePatterns(files: unknown): string[] {
  const entries: unknown[] = Array.isArray(files) ? files : [files];
  return entries.flatMap((entry) => {
    if (typeof entry === 'string') return [entry];
    const filter = (entry as { filter?: unknown } | null)?.filter;
    if (typeof filter === 'string') return [filter];
    return Array.isArray(filter) ? filter.filter((p): p is string => typeof p === 'string') : [];
  });
}

describe('build/electron-builder.yml', () => {
  it('is a configuration electron-builder accepts, for the desktop app only', async () => {
    // electron-builder's own loader and schema check: the same ones `npm run package` runs.
    const config = await getConfig(ROOT, 'build/electron-builder.yml', null);
    await validateConfiguration(config, new DebugLogger(false));

    expect(config.appId).toBe('news.galley.app');
    expect(config.productName).toBe('Galley');
    expect(config.directories?.output).toBe('release');

    const files = filePatterns(config.files);
    expect(files).toEqual(expect.arrayContaining(['package.json', 'dist/electron/**', 'dist/renderer/**']));
    // The web host and the CLI are never shipped inside the desktop app.
    expect(files.some((pattern) => pattern.startsWith('dist/cli') || pattern === 'dist/**')).toBe(false);

    // A native module cannot load from inside an asar archive.
    expect(config.asarUnpack).toContain('**/node_modules/better-sqlite3/**');
    expect(config.electronFuses).toMatchObject({ runAsNode: false, onlyLoadAppFromAsar: true });
    // An unsigned macOS arm64 build whose fuses were flipped launches only when signed ad hoc again.
    expect(config.electronFuses?.resetAdHocDarwinSignature).toBe(true);

    // Packaging never rebuilds the project's own native modules (the CLI, the web host and
    // the tests need their Node builds); the hook puts the Electron build into the app.
    expect(config.npmRebuild).toBe(false);
    expect(config.afterPack).toBe('./build/scripts/electron/after-pack.mjs');

    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.mac?.target).toEqual(['dmg']);
    expect(config.win?.target).toEqual(['nsis']);
  });
});
