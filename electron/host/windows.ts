import { createHash, randomBytes } from 'node:crypto';

/** One browser tab that opened an address this run printed. */
export interface BrowserWindow {
  /** The session signed in in this tab, kept here and never sent to the page. */
  sessionToken: string | null;
  /** A short name for the tab (sign-in throttling counts per client), not the key. */
  client: string;
}

const digest = (secret: string): string => createHash('sha256').update(secret).digest('hex');
const newSecret = (): string => randomBytes(32).toString('base64url');

export type HostWindows = ReturnType<typeof hostWindows>;

/**
 * The web host's credentials, none of them in a cookie. Cookies are not kept apart by port:
 * any other server on 127.0.0.1 that the same browser opens would receive them, and could
 * set one. So:
 *
 * - an address the host prints carries a one-time token; the page trades it (by a
 *   same-origin POST) for a window key, and the token is spent;
 * - the page keeps the key in sessionStorage (per tab and per origin, port included, so a
 *   reload keeps it and no other port can read it) and sends it as a header on every call;
 * - the session a sign-in issues is kept here, against the window key, and never reaches
 *   the page or the browser's cookie jar.
 *
 * Keys and tokens are held by their SHA-256, so a lookup's timing says nothing about them.
 */
export function hostWindows() {
  const unspent = new Set<string>();
  const windows = new Map<string, BrowserWindow>();

  return {
    /** A fresh one-time token for a printed address. */
    issueToken(): string {
      const token = newSecret();
      unspent.add(digest(token));
      return token;
    },

    /** Spends `token` and opens a window for it; null when the token is unknown or already spent. */
    open(token: string): string | null {
      const hashed = digest(token);
      if (!unspent.delete(hashed)) return null;
      const key = newSecret();
      const id = digest(key);
      windows.set(id, { sessionToken: null, client: `web:${id.slice(0, 16)}` });
      return key;
    },

    /** The window a presented key stands for, or null. */
    find(key: unknown): BrowserWindow | null {
      if (typeof key !== 'string' || key === '' || key.length > 100) return null;
      return windows.get(digest(key)) ?? null;
    },
  };
}
