import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { applyDataDir, bundlePaths } from '../../../electron/app/paths';

function fakeApp() {
  return {
    getPath: vi.fn((_name: string) => '/home/ada/.config/Galley'),
    setPath: vi.fn(),
  };
}

describe('where Galley keeps things', () => {
  it("uses Electron's userData folder by default", () => {
    const app = fakeApp();
    expect(applyDataDir(app as never, {})).toBe('/home/ada/.config/Galley');
    expect(app.getPath).toHaveBeenCalledWith('userData');
    expect(app.setPath).not.toHaveBeenCalled();
  });

  it('moves userData itself to GALLEY_DATA_DIR, so the lock and window state move too', () => {
    const app = fakeApp();
    const dataDir = applyDataDir(app as never, { GALLEY_DATA_DIR: '/tmp/galley-test' });
    expect(dataDir).toBe(path.resolve('/tmp/galley-test'));
    expect(app.setPath).toHaveBeenCalledWith('userData', path.resolve('/tmp/galley-test'));
  });

  it('ignores an empty GALLEY_DATA_DIR', () => {
    const app = fakeApp();
    expect(applyDataDir(app as never, { GALLEY_DATA_DIR: '  ' })).toBe('/home/ada/.config/Galley');
  });

  it('finds the preload next to main.cjs and the renderer beside dist/electron', () => {
    const root = path.resolve('/opt/galley/resources/app.asar');
    expect(bundlePaths(path.join(root, 'dist', 'electron'))).toEqual({
      rendererDir: path.join(root, 'dist', 'renderer'),
      preloadPath: path.join(root, 'dist', 'electron', 'preload.cjs'),
    });
  });
});
