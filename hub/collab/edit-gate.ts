import type { Extension, beforeHandleMessagePayload } from '@hocuspocus/server';
import { mayEdit } from '../articles/edit-access';
import type { HubStore } from '../store/hub-store';
import type { HubConnectionContext } from './authenticate';
import { incomingUpdate } from './incoming-update';

/**
 * Re-checks the workflow policy on every update a connection sends, against the registry
 * as it is now: the article may have been approved, or its author disabled, since the
 * connection was opened. A refused connection is turned read-only, so Hocuspocus itself
 * refuses the update (the client is told it is not synced and keeps its edit) and the
 * durable append, which runs after this gate (its priority is the lowest), never logs it.
 */
export function editGate(store: HubStore, log: (line: string) => void): Extension {
  return {
    // Above the durable append's 0: refused here means never on disk.
    priority: 100,
    async beforeHandleMessage({ connection, context, documentName, update: raw }: beforeHandleMessagePayload) {
      if (connection.readOnly || incomingUpdate(raw) === null) return;
      const { user, articleId } = context as HubConnectionContext;
      const [article, now] = await Promise.all([store.findArticle(articleId), store.findUserById(user.id)]);
      if (article !== null && now !== null && mayEdit(now, article)) return;
      connection.readOnly = true;
      log(`hub: refused an update to ${documentName} from ${user.name}: they may not edit it now; their connection is read-only`);
    },
  };
}
