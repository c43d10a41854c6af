import { OPEN_WINDOW_PATH, WINDOW_PARAM } from '../../shared/contract/web-host';

/**
 * The web host's window key (electron/host/windows.ts) for this tab. sessionStorage is kept
 * per tab and per origin, port included: a reload keeps the key, another tab or another
 * local server does not get it. The desktop app never has one.
 */
const STORAGE_KEY = 'galley.window';

export function storedWindowKey(): string | null {
  try {
    return window.sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage refused (a privacy setting): the tab must open a printed address each time
  }
}

/** `path` with this tab's window key, for what cannot carry a header (an <img>, an EventSource). */
export function withWindowKey(path: string): string {
  const key = storedWindowKey();
  return key === null ? path : `${path}${path.includes('?') ? '&' : '?'}${WINDOW_PARAM}=${encodeURIComponent(key)}`;
}

export type Connection = { key: string } | { key: null; message: string };

/**
 * Connects this tab to the web host: trades the one-time token in the address (if any) for
 * a window key, or keeps the one this tab already has. The token leaves the address bar at
 * once. Without either, the host prints a new address in its terminal and the message says so.
 */
export async function connectWindow(origin: string): Promise<Connection> {
  const params = new URLSearchParams(window.location.search);
  const token = params.get('token');
  if (token === null) {
    const stored = storedWindowKey();
    if (stored !== null) return { key: stored };
  } else {
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.hash}`);
  }
  let answer: unknown;
  try {
    const response = await fetch(`${origin}${OPEN_WINDOW_PATH}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      credentials: 'omit',
      body: JSON.stringify(token === null ? {} : { token }),
    });
    answer = await response.json();
  } catch {
    return { key: null, message: "Galley's server can't be reached; check that Galley is still running." };
  }
  const value = answer as { ok?: unknown; value?: { key?: unknown }; error?: { message?: unknown } };
  if (value.ok === true && typeof value.value?.key === 'string') {
    try {
      window.sessionStorage.setItem(STORAGE_KEY, value.value.key);
    } catch {
      // kept in memory only: this tab works until it is reloaded
    }
    return { key: value.value.key };
  }
  return { key: null, message: typeof value.error?.message === 'string' ? value.error.message : 'Open the address Galley printed in its terminal.' };
}
