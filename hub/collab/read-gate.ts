import type { Extension, beforeHandleMessagePayload } from '@hocuspocus/server';
import { HUB_READ_REVOKED } from '../../shared/contract/hub';
import type { HubAccounts } from '../accounts/accounts';
import type { HubStore } from '../store/hub-store';
import { accessNow } from './access-now';
import type { HubConnectionContext } from './authenticate';

/**
 * Re-checks, before any message a connection sends is handled (an update, awareness, a
 * step), that its person may still read the article: the session still stands, the person
 * is enabled, and the read policy still says yes. If not, the message is dropped and the
 * connection closed: Hocuspocus closes a connection whose message hook throws, with the
 * error's code and reason (HUB_READ_REVOKED), before applying the message.
 */
export function readGate(accounts: HubAccounts, store: HubStore, log: (line: string) => void): Extension {
  return {
    // Above the edit gate (100) and the durable append (0): a message from someone who may not read goes no further.
    priority: 200,
    async beforeHandleMessage({ context, documentName }: beforeHandleMessagePayload) {
      const { user, articleId, sessionHash } = context as HubConnectionContext;
      if ((await accessNow(accounts, store, sessionHash, articleId)).read) return;
      log(`hub: closed ${user.name}'s connection to ${documentName}: they may no longer read it`);
      throw Object.assign(new Error(`${user.name} may no longer read ${documentName}`), HUB_READ_REVOKED);
    },
  };
}
