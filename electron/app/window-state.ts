import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserWindow, Rectangle } from 'electron';
import { z } from 'zod';

export const WINDOW_STATE_FILE_NAME = 'window-state.json';
export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 860 } as const;
export const MIN_WINDOW_SIZE = { width: 720, height: 480 } as const;

/** Coordinates beyond this are not a real screen; treat them as a damaged file. */
const MAX_COORDINATE = 100_000;

export const WindowStateSchema = z.object({
  bounds: z.object({
    x: z.number().int().min(-MAX_COORDINATE).max(MAX_COORDINATE),
    y: z.number().int().min(-MAX_COORDINATE).max(MAX_COORDINATE),
    width: z.number().int().min(MIN_WINDOW_SIZE.width).max(MAX_COORDINATE),
    height: z.number().int().min(MIN_WINDOW_SIZE.height).max(MAX_COORDINATE),
  }),
  isMaximized: z.boolean(),
});
export type WindowState = z.infer<typeof WindowStateSchema>;

/**
 * The saved state, or null when there is none or it cannot be trusted. A damaged file
 * must never stop the app from opening: the window simply starts at its default size.
 */
export function readWindowState(
  filePath: string,
  readText: (filePath: string) => string = (p) => readFileSync(p, 'utf8'),
): WindowState | null {
  let text: string;
  try {
    text = readText(filePath);
  } catch {
    return null;
  }
  try {
    const parsed = WindowStateSchema.safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data;
  } catch {
    // not JSON: fall through to the warning
  }
  console.warn(`galley: ignoring ${filePath}, which does not hold a window position`);
  return null;
}

export function writeWindowState(filePath: string, state: WindowState): void {
  // Write then rename, so a crash mid-write leaves the old file rather than half a new one.
  mkdirSync(path.dirname(filePath), { recursive: true });
  const temporary = `${filePath}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(state));
  renameSync(temporary, filePath);
}

export interface DisplayArea {
  workArea: Rectangle;
}

/** How much of the title bar must be on a screen for the user to grab and move the window. */
const GRABBABLE_TITLE_BAR = { width: 120, height: 24 } as const;

/**
 * A window restored onto a monitor that has since been unplugged would open where nobody
 * can see or reach it; only bounds whose title bar is on some display are restored.
 */
export function isOnVisibleDisplay(bounds: Rectangle, displays: readonly DisplayArea[]): boolean {
  return displays.some(({ workArea }) => {
    const left = Math.max(bounds.x, workArea.x);
    const right = Math.min(bounds.x + bounds.width, workArea.x + workArea.width);
    const top = Math.max(bounds.y, workArea.y);
    const bottom = Math.min(bounds.y + GRABBABLE_TITLE_BAR.height, workArea.y + workArea.height);
    return right - left >= GRABBABLE_TITLE_BAR.width && bottom - top >= GRABBABLE_TITLE_BAR.height;
  });
}

export interface InitialWindowPlacement {
  bounds: { width: number; height: number; x?: number; y?: number };
  maximize: boolean;
}

export function initialPlacement(
  saved: WindowState | null,
  displays: readonly DisplayArea[],
): InitialWindowPlacement {
  if (saved === null) return { bounds: { ...DEFAULT_WINDOW_SIZE }, maximize: false };
  if (isOnVisibleDisplay(saved.bounds, displays)) {
    return { bounds: { ...saved.bounds }, maximize: saved.isMaximized };
  }
  // Keep the size the user chose but let the system centre it on a screen that exists.
  return {
    bounds: { width: saved.bounds.width, height: saved.bounds.height },
    maximize: saved.isMaximized,
  };
}

type TrackedWindow = Pick<BrowserWindow, 'getNormalBounds' | 'isMaximized' | 'on'>;

const SAVE_DELAY_MS = 400;

/** Saves the window's position shortly after it stops moving, and at once when it closes. */
export function trackWindowState(
  window: TrackedWindow,
  filePath: string,
  save: (filePath: string, state: WindowState) => void = writeWindowState,
): void {
  let pending: ReturnType<typeof setTimeout> | undefined;
  const saveNow = (): void => {
    if (pending !== undefined) clearTimeout(pending);
    pending = undefined;
    const state = { bounds: window.getNormalBounds(), isMaximized: window.isMaximized() };
    try {
      save(filePath, state);
    } catch (error) {
      // Losing the window position is not worth interrupting anyone's work for.
      console.warn('galley: could not save the window position', error);
    }
  };
  const saveSoon = (): void => {
    if (pending !== undefined) clearTimeout(pending);
    pending = setTimeout(saveNow, SAVE_DELAY_MS);
  };
  window.on('resize', saveSoon);
  window.on('move', saveSoon);
  window.on('maximize', saveSoon);
  window.on('unmaximize', saveSoon);
  window.on('close', saveNow);
}
