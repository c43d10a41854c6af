import { openDatabase, type Db } from '../../../../electron/db/connection';
import { linkToHub, type HubLink } from '../../../../electron/newsroom/replica/hub-link';
import { openReplica, type Replica } from '../../../../electron/newsroom/replica/replica';
import type { SyncState } from '../../../../shared/contract/hub';

/** Short backoff, so that a test does not wait out a desk's reconnection delay. */
export const TEST_RETRY = { delay: 100, maxDelay: 500 };

export interface Workstation {
  readonly db: Db;
  readonly replica: Replica;
  link: HubLink | null;
  /** Every state the link published, in order. */
  readonly states: SyncState[];
  connect(hub: string, token: string): HubLink;
  close(): void;
}

/** A workstation's library file with one shared article open, not yet linked to a hub. */
export function openWorkstation(file: string, documentName: string): Workstation {
  const db = openDatabase(file);
  const replica = openReplica(db, documentName);
  const states: SyncState[] = [];
  const station: Workstation = {
    db,
    replica,
    link: null,
    states,
    connect(hub, token) {
      const link = linkToHub(replica, { hub, token, retry: TEST_RETRY });
      states.push(link.state());
      link.onState((state) => states.push(state));
      station.link = link;
      return link;
    },
    // Once: a test closes it to restart it, and its cleanup closes whatever is still open.
    close() {
      if (!db.open) return;
      station.link?.close();
      replica.close();
      db.close();
    },
  };
  return station;
}

/** Polls `condition` until it holds; fails with `what` after `timeoutMs` (generous: the machine is shared). */
export async function waitFor(what: string, condition: () => boolean, timeoutMs = 45_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export const isSynced = (station: Workstation): boolean => station.link?.state().kind === 'synced';
