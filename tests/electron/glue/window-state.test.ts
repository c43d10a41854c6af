import { EventEmitter } from 'node:events';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_WINDOW_SIZE,
  initialPlacement,
  isOnVisibleDisplay,
  readWindowState,
  trackWindowState,
  writeWindowState,
  type WindowState,
} from '../../../electron/app/window-state';
import { useTempDirs } from '../../support/temp-dir';

const laptop = { workArea: { x: 0, y: 0, width: 1440, height: 900 } };
const monitorOnTheRight = { workArea: { x: 1440, y: 0, width: 2560, height: 1440 } };
const saved: WindowState = { bounds: { x: 100, y: 80, width: 1200, height: 800 }, isMaximized: false };

describe('window state', () => {
  const tempDir = useTempDirs();
  const quietly = () => vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  afterEach(() => vi.restoreAllMocks());

  it('round-trips through its JSON file', () => {
    const file = join(tempDir(), 'nested', 'window-state.json');
    writeWindowState(file, saved);
    expect(readWindowState(file)).toEqual(saved);
  });

  it('has no state when the file does not exist', () => {
    expect(readWindowState(join(tempDir(), 'window-state.json'))).toBeNull();
  });

  it.each([
    ['not JSON', '{"bounds": {"x": 1,'],
    ['the wrong shape', '{"x": 1, "y": 2}'],
    ['a window too small to use', JSON.stringify({ ...saved, bounds: { ...saved.bounds, width: 10 } })],
    ['coordinates from nowhere', JSON.stringify({ ...saved, bounds: { ...saved.bounds, x: 1e12 } })],
    ['strings for numbers', JSON.stringify({ ...saved, bounds: { ...saved.bounds, width: '1200' } })],
    ['null', 'null'],
  ])('falls back to defaults when the file holds %s', (_name, text) => {
    const warning = quietly();
    const file = join(tempDir(), 'window-state.json');
    writeFileSync(file, text);
    expect(readWindowState(file)).toBeNull();
    expect(initialPlacement(readWindowState(file), [laptop])).toEqual({
      bounds: { ...DEFAULT_WINDOW_SIZE },
      maximize: false,
    });
    expect(warning).toHaveBeenCalled();
  });

  it('restores the saved position when it is on a display', () => {
    expect(initialPlacement(saved, [laptop])).toEqual({ bounds: saved.bounds, maximize: false });
  });

  it('restores a window on the second monitor while that monitor is plugged in', () => {
    const onSecond: WindowState = { bounds: { x: 2000, y: 100, width: 1200, height: 800 }, isMaximized: true };
    expect(initialPlacement(onSecond, [laptop, monitorOnTheRight])).toEqual({
      bounds: onSecond.bounds,
      maximize: true,
    });
  });

  it('keeps the size but drops the position once that monitor is gone', () => {
    const onSecond: WindowState = { bounds: { x: 2000, y: 100, width: 1200, height: 800 }, isMaximized: false };
    const placement = initialPlacement(onSecond, [laptop]);
    expect(placement.bounds).toEqual({ width: 1200, height: 800 });
    expect(placement.bounds.x).toBeUndefined();
  });

  it('counts a window as visible only if its title bar can be grabbed', () => {
    // Only a sliver of the left edge on screen.
    expect(isOnVisibleDisplay({ x: 1430, y: 100, width: 800, height: 600 }, [laptop])).toBe(false);
    // Title bar above the top of the screen.
    expect(isOnVisibleDisplay({ x: 100, y: -500, width: 800, height: 600 }, [laptop])).toBe(false);
    expect(isOnVisibleDisplay({ x: 1300, y: 100, width: 800, height: 600 }, [laptop])).toBe(true);
  });

  it('saves the normal bounds when the window closes', () => {
    const window = Object.assign(new EventEmitter(), {
      getNormalBounds: () => ({ x: 10, y: 20, width: 900, height: 700 }),
      isMaximized: () => true,
    });
    const file = join(tempDir(), 'window-state.json');
    trackWindowState(window as never, file);
    window.emit('close');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
      bounds: { x: 10, y: 20, width: 900, height: 700 },
      isMaximized: true,
    });
  });

  it('saves once after a burst of moves, not on every one', () => {
    vi.useFakeTimers();
    const window = Object.assign(new EventEmitter(), {
      getNormalBounds: () => ({ x: 10, y: 20, width: 900, height: 700 }),
      isMaximized: () => false,
    });
    const save = vi.fn();
    trackWindowState(window as never, '/unused', save);
    for (let i = 0; i < 20; i += 1) window.emit('move');
    expect(save).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1_000);
    expect(save).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
  });
});
