import type { Connection, Document } from '@hocuspocus/server';
import { HUB_READ_REVOKED } from '../../shared/contract/hub';
import type { HubAccounts } from '../accounts/accounts';
import type { HubStore } from '../store/hub-store';
import { setWriteAccess } from './access-notice';
import { accessNow, type AccessNow } from './access-now';
import type { HubConnectionContext } from './authenticate';
import type { DocumentTurns } from './document-turns';

/**
 * Re-checks every open connection against the store, so that what changed outside this
 * hub's own steps reaches the people it concerns without waiting for them to send
 * something: a person disabled (`galley hub user disable` runs in another process, on the
 * same store), a session ended or expired, a role changed, the registry moved. A connection
 * whose person may no longer read is closed (HUB_READ_REVOKED); one whose write access
 * differs from what the policy says now is set to it and told: this is also how a
 * connection the edit gate made read-only gets write access back.
 */
export function accessSweep(accounts: HubAccounts, store: HubStore, turns: DocumentTurns, documents: () => Iterable<Document>, log: (line: string) => void) {
  /** Each connection's access now: one look-up per session (a person's windows share theirs). */
  async function accessOf(document: Document): Promise<Array<{ connection: Connection; access: AccessNow }>> {
    const bySession = new Map<string, Promise<AccessNow>>();
    const found = [];
    for (const connection of document.getConnections()) {
      const { sessionHash, articleId } = connection.context as HubConnectionContext;
      let access = bySession.get(sessionHash);
      if (!access) bySession.set(sessionHash, (access = accessNow(accounts, store, sessionHash, articleId)));
      found.push({ connection, access: await access });
    }
    return found;
  }
  const stale = ({ connection, access }: { connection: Connection; access: AccessNow }) => !access.read || connection.readOnly === access.write;

  async function sweepDocument(document: Document): Promise<void> {
    // Most sweeps change nothing: only then is the document's turn taken, and the check made again in it.
    if (!(await accessOf(document)).some(stale)) return;
    await turns.step(document.name, async () => {
      for (const checked of await accessOf(document)) {
        if (!stale(checked)) continue;
        const { connection, access } = checked;
        if (access.read) {
          setWriteAccess(connection, access.article.state, !access.write);
          continue;
        }
        log(`hub: closed ${(connection.context as HubConnectionContext).user.name}'s connection to ${document.name}: they may no longer read it`);
        connection.close(HUB_READ_REVOKED);
      }
    });
  }

  let running: Promise<void> | null = null;
  let again = false;
  async function sweepAll(): Promise<void> {
    do {
      again = false;
      for (const document of [...documents()]) await sweepDocument(document);
    } while (again);
  }

  return {
    /** Sweeps now; asked during a sweep, another follows it (what changed may concern a document already swept). */
    sweep(): Promise<void> {
      if (running) {
        again = true;
        return running;
      }
      running = sweepAll().finally(() => (running = null));
      return running;
    },
  };
}

export type AccessSweep = ReturnType<typeof accessSweep>;
