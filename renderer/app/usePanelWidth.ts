import { useCallback, useEffect, useState } from 'react';

/**
 * The narrowest panel whose forms still show every choice and placeholder whole beside the
 * 78 px tab rail (an interview's attribution is the widest), laid out one field a row.
 */
export const PANEL_MIN_WIDTH = 400;
const PANEL_MAX_WIDTH = 760;
/** What the article itself keeps however wide the panel is dragged. */
const MAIN_MIN_WIDTH = 480;
const STORAGE_KEY = 'galley.panelWidth';

/**
 * Over a quarter of the window, within bounds: 400 px up to 1480 wide, 518 at 1920, where the
 * panel's forms go two fields a row.
 */
export function defaultPanelWidth(windowWidth: number): number {
  return Math.round(Math.min(520, Math.max(PANEL_MIN_WIDTH, windowWidth * 0.27)));
}

/** The widest the panel may be in a window this wide, beside a navigation column this wide. */
export function panelMaxWidth(windowWidth: number, sidebarWidth: number): number {
  return Math.max(PANEL_MIN_WIDTH, Math.min(PANEL_MAX_WIDTH, windowWidth - sidebarWidth - MAIN_MIN_WIDTH));
}

function read(storage: () => Storage): number | null {
  try {
    const value = Number(storage().getItem(STORAGE_KEY));
    return Number.isFinite(value) && value >= PANEL_MIN_WIDTH && value <= PANEL_MAX_WIDTH ? value : null;
  } catch {
    return null; // storage can be disabled; the default serves
  }
}

function write(width: number): void {
  for (const storage of [() => window.sessionStorage, () => window.localStorage]) {
    try {
      storage().setItem(STORAGE_KEY, String(width));
    } catch {
      // not remembered, still applied
    }
  }
}

function sidebarWidth(): number {
  return document.querySelector('.sidebar')?.getBoundingClientRect().width ?? 312;
}

/**
 * The side panel's width, as dragged or set from the keyboard. Each window remembers its own
 * (sessionStorage belongs to the window and survives its reloads); the last width chosen in
 * any window is the starting width of a new one (localStorage). The stored width is what was
 * asked for; a narrower window shows less of it without forgetting it.
 */
export function usePanelWidth() {
  const [chosen, setChosen] = useState<number | null>(() => read(() => window.sessionStorage) ?? read(() => window.localStorage));
  const [windowWidth, setWindowWidth] = useState(() => window.innerWidth);
  const [max, setMax] = useState(() => panelMaxWidth(window.innerWidth, 312));

  useEffect(() => {
    const measure = () => {
      setWindowWidth(window.innerWidth);
      setMax(panelMaxWidth(window.innerWidth, sidebarWidth()));
    };
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, []);

  const fallback = defaultPanelWidth(windowWidth);
  const width = Math.min(max, Math.max(PANEL_MIN_WIDTH, chosen ?? fallback));

  const resize = useCallback(
    (next: number) => {
      const clamped = Math.round(Math.min(max, Math.max(PANEL_MIN_WIDTH, next)));
      setChosen(clamped);
      write(clamped);
    },
    [max],
  );

  /** Back to the window's default (a double-click on the divider): forgotten here and for new windows. */
  const reset = useCallback(() => {
    setChosen(null);
    for (const storage of [() => window.sessionStorage, () => window.localStorage]) {
      try {
        storage().removeItem(STORAGE_KEY);
      } catch {
        // nothing stored
      }
    }
  }, []);

  return { width, min: PANEL_MIN_WIDTH, max, resize, reset };
}
