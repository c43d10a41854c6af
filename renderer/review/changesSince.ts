import { useEffect, useRef, useSyncExternalStore } from 'react';
import type { ChangesSince } from '../../shared/contract/channels/changes';
import type { GalleyEvent } from '../../shared/contract/events';
import { errorMessage, type Api } from '../platform/api';
import { useApi, useGalleyEvent } from '../platform/ApiContext';

/**
 * Each person's look at the open article. Opening it records a look, and the look before
 * becomes the base the Changes panel compares against while the article stays open (the
 * host keeps it: changes.markSeen with `opening`). So the panel can refresh from events, as
 * the article changes, against a base that stays put.
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

/** The latest question asked per article: an older answer arriving late must not replace a newer one. */
const asked = new Map<string, number>();

/** Asks what changed since the base; what was shown stays until the answer comes. */
async function refresh(api: Api, articleId: string): Promise<void> {
  const ticket = (asked.get(articleId) ?? 0) + 1;
  asked.set(articleId, ticket);
  let entry: Entry;
  try {
    entry = { kind: 'ready', changes: await api.call('changes.since', { articleId }) };
  } catch (error) {
    entry = { kind: 'failed', message: errorMessage(error) };
  }
  if (asked.get(articleId) === ticket) set(articleId, entry);
}

async function open(api: Api, articleId: string): Promise<void> {
  set(articleId, { kind: 'loading' });
  try {
    await api.call('changes.markSeen', { articleId, opening: true });
  } catch (error) {
    set(articleId, { kind: 'failed', message: errorMessage(error) });
    return;
  }
  await refresh(api, articleId);
}

/** "Mark as seen": now becomes the base; the panel then shows nothing until the next change. */
export async function markSeen(api: Api, articleId: string): Promise<void> {
  await api.call('changes.markSeen', { articleId });
  await refresh(api, articleId);
}

/** Events after which what the article publishes may differ from what the panel shows. */
function concerns(event: GalleyEvent, articleId: string): boolean {
  switch (event.type) {
    case 'article.saved':
    case 'article.changed':
    case 'revisions.changed':
    case 'workflow.changed':
      return event.articleId === articleId;
    case 'sources.changed':
      return event.articleId === null || event.articleId === articleId;
    default:
      return false;
  }
}

/** Saves come every second while someone types: one refresh after they pause. */
const REFRESH_AFTER_MS = 700;

/**
 * The changes since the base, for the Changes panel: fetched again whenever the panel is
 * shown and whenever the article, its workflow, sources or rights change.
 */
export function useChangesSinceLastLook(articleId: string | null): Entry | null {
  const api = useApi();
  const entry = useSyncExternalStore(subscribe, () => (articleId === null ? null : (entries.get(articleId) ?? null)));
  const opened = entry !== null && entry.kind !== 'loading';
  // Shown again (the tab chosen, another article's panel): what it says may be old.
  useEffect(() => {
    if (articleId !== null && (entries.get(articleId)?.kind ?? 'loading') !== 'loading') void refresh(api, articleId);
  }, [api, articleId]);
  const pending = useRefreshTimer();
  useGalleyEvent((event) => {
    if (articleId === null || !opened || !concerns(event, articleId)) return;
    pending.schedule(() => void refresh(api, articleId), REFRESH_AFTER_MS);
  });
  return entry;
}

/** One pending refresh at a time, cancelled with the panel. */
function useRefreshTimer() {
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  return {
    schedule(run: () => void, ms: number) {
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(run, ms);
    },
  };
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
