import { useEffect, useSyncExternalStore } from 'react';
import type { ChangesSince } from '../../shared/contract/channels/style-and-looks';
import { errorMessage, type Api } from '../platform/api';
import { useApi } from '../platform/ApiContext';

/**
 * Each person's last look at the open article. Opening an article records a new look, so
 * what changed since the previous one is fetched first and kept here for the Changes panel
 * to show for as long as the article stays open.
 */

type Entry = { kind: 'loading' } | { kind: 'ready'; changes: ChangesSince } | { kind: 'failed'; message: string };

const entries = new Map<string, Entry>();
const listeners = new Set<() => void>();
const notify = () => {
  for (const listener of listeners) listener();
};
const set = (articleId: string, entry: Entry) => {
  entries.set(articleId, entry);
  notify();
};

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** The changes since the look before this one, for the Changes panel. */
export function useChangesSinceLastLook(articleId: string | null): Entry | null {
  return useSyncExternalStore(subscribe, () => (articleId === null ? null : entries.get(articleId) ?? null));
}

async function open(api: Api, articleId: string): Promise<void> {
  set(articleId, { kind: 'loading' });
  try {
    const changes = await api.call('review.changes', { articleId });
    set(articleId, { kind: 'ready', changes });
    await api.call('review.markSeen', { articleId });
  } catch (error) {
    set(articleId, { kind: 'failed', message: errorMessage(error) });
  }
}

/** "Mark as seen": records a look now; the Changes panel then shows nothing new until the next change. */
export async function markSeen(api: Api, articleId: string): Promise<void> {
  const view = await api.call('review.markSeen', { articleId });
  set(articleId, { kind: 'ready', changes: { lastSeen: view, currentVersion: view.version, diff: null } });
}

/** Asks again what changed since the last look, without recording a new one. */
export async function refreshChanges(api: Api, articleId: string): Promise<void> {
  try {
    set(articleId, { kind: 'ready', changes: await api.call('review.changes', { articleId }) });
  } catch (error) {
    set(articleId, { kind: 'failed', message: errorMessage(error) });
  }
}

/**
 * Records that the signed-in person opened the article (called once per opening, from the
 * article workspace), once it is on screen and Galley is idle: working out what changed
 * since the last look can mean diffing the whole article, in the host and in the reply,
 * and the person waiting for the article to open should not wait for that too.
 */
export function useRecordLook(articleId: string, shown: boolean): void {
  const api = useApi();
  useEffect(() => {
    if (!shown) return;
    const handle = window.requestIdleCallback(() => void open(api, articleId), { timeout: RECORD_WITHIN_MS });
    return () => window.cancelIdleCallback(handle);
  }, [api, articleId, shown]);
}

/** However busy Galley is, the look is recorded within this long of the article appearing. */
const RECORD_WITHIN_MS = 2_000;
