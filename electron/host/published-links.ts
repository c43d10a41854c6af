import { randomBytes } from 'node:crypto';
import type { BrowserWindow } from './windows';

/** Long enough to open the page and follow its links; short enough that a copied address soon opens nothing. */
export const PUBLISHED_LINK_LIFETIME_MS = 10 * 60_000;

interface Grant {
  folder: string;
  window: BrowserWindow;
  /** The session the window had when it asked: signing out, or another person signing in there, ends the grant. */
  sessionToken: string;
  expiresAt: number;
}

/**
 * Addresses under which the web host serves one folder target's output to one signed-in
 * window. A link opened in a new tab cannot carry the window key header, so the address
 * carries a random grant instead: issued only to a signed-in window, for one folder, for
 * minutes, and worth nothing once that window's session is not the one it was issued to.
 */
export function publishedLinks(now: () => number = Date.now) {
  const grants = new Map<string, Grant>();

  const sweep = () => {
    const at = now();
    for (const [id, grant] of grants) if (grant.expiresAt <= at) grants.delete(id);
  };

  return {
    issue(folder: string, window: BrowserWindow, sessionToken: string): string {
      sweep();
      const id = randomBytes(32).toString('base64url');
      grants.set(id, { folder, window, sessionToken, expiresAt: now() + PUBLISHED_LINK_LIFETIME_MS });
      return id;
    },

    /** The folder a grant opens, while it is unexpired and its window still has the session it was issued to. */
    folderOf(id: string, isSignedIn: (sessionToken: string) => boolean): string | null {
      const grant = grants.get(id);
      if (grant === undefined) return null;
      if (grant.expiresAt <= now() || grant.window.sessionToken !== grant.sessionToken || !isSignedIn(grant.sessionToken)) {
        grants.delete(id);
        return null;
      }
      return grant.folder;
    },
  };
}
