import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { claimSingleInstance, focusWindow } from '../../../electron/app/single-instance';

function fakeApp(lockGranted: boolean) {
  return Object.assign(new EventEmitter(), {
    requestSingleInstanceLock: vi.fn(() => lockGranted),
    quit: vi.fn(),
  });
}

function fakeWindow(minimized: boolean) {
  return { isMinimized: () => minimized, restore: vi.fn(), show: vi.fn(), focus: vi.fn() };
}

describe('single instance', () => {
  it('lets the first launch carry on', () => {
    const app = fakeApp(true);
    expect(claimSingleInstance(app as never, vi.fn())).toBe(true);
    expect(app.quit).not.toHaveBeenCalled();
  });

  it('makes a second launch quit before doing anything else', () => {
    const app = fakeApp(false);
    const focusExisting = vi.fn();
    expect(claimSingleInstance(app as never, focusExisting)).toBe(false);
    expect(app.quit).toHaveBeenCalledTimes(1);
    expect(app.listenerCount('second-instance')).toBe(0);
  });

  it('brings the first window forward when someone launches Galley again', () => {
    const app = fakeApp(true);
    const window = fakeWindow(true);
    claimSingleInstance(app as never, () => focusWindow(window));

    app.emit('second-instance', {}, ['galley'], '/home/ada');

    expect(window.restore).toHaveBeenCalledTimes(1);
    expect(window.focus).toHaveBeenCalledTimes(1);
  });

  it('does not restore a window that is not minimised', () => {
    const window = fakeWindow(false);
    focusWindow(window);
    expect(window.restore).not.toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalledTimes(1);
  });

  it('does nothing when there is no window yet', () => {
    expect(() => focusWindow(undefined)).not.toThrow();
  });
});
