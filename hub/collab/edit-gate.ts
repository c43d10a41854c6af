import type { Connection, Extension, afterHandleMessagePayload, beforeHandleMessagePayload } from '@hocuspocus/server';
import { mayEdit } from '../articles/edit-access';
import type { HubArticle, HubStore, HubUser } from '../store/hub-store';
import { setWriteAccess } from './access-notice';
import type { HubConnectionContext } from './authenticate';
import type { DocumentTurns } from './document-turns';
import { incomingUpdate } from './incoming-update';

/**
 * Re-checks the workflow policy on every update a connection sends, against the registry
 * as it is now: the article may have been approved, or its author disabled, since the
 * connection was opened. A refused connection is turned read-only, so Hocuspocus itself
 * refuses the update (the client is told it is not synced and keeps its edit) and the
 * durable append, which runs after this gate (its priority is the lowest), never logs it.
 * The connection is told (an access notice), and ./access-sweep makes it writable again,
 * and tells it, once the policy allows. An allowed update holds its document's turn until
 * applied (./document-turns), so a workflow step never decides between its check and its apply.
 */
export function editGate(store: HubStore, turns: DocumentTurns, log: (line: string) => void): Extension {
  // Messages of one connection are handled one at a time: at most one turn each.
  const holding = new WeakMap<Connection, string>();
  const watched = new WeakSet<Connection>();
  const leave = (connection: Connection) => {
    const name = holding.get(connection);
    if (name === undefined) return;
    holding.delete(connection);
    turns.leaveUpdate(name);
  };

  return {
    // Above the durable append's 0: refused here means never on disk.
    priority: 100,
    async beforeHandleMessage({ connection, context, documentName, update: raw }: beforeHandleMessagePayload) {
      if (connection.readOnly || incomingUpdate(raw) === null) return;
      await turns.enterUpdate(documentName);
      if (!watched.has(connection)) {
        // The append may throw and close the connection, skipping afterHandleMessage.
        watched.add(connection);
        connection.onClose(() => leave(connection));
      }
      holding.set(connection, documentName);
      const { user, articleId } = context as HubConnectionContext;
      let article: HubArticle | null;
      try {
        let now: HubUser | null;
        [article, now] = await Promise.all([store.findArticle(articleId), store.findUserById(user.id)]);
        if (article !== null && now !== null && mayEdit(now, article)) return;
      } catch (error) {
        leave(connection);
        throw error;
      }
      leave(connection);
      // Told at once, so the workstation turns read-only before more is typed (./access-sweep gives write access back).
      if (article === null) connection.readOnly = true;
      else setWriteAccess(connection, article.state, true);
      log(`hub: refused an update to ${documentName} from ${user.name}: they may not edit it now; their connection is read-only`);
    },
    async afterHandleMessage({ connection }: afterHandleMessagePayload) {
      leave(connection);
    },
  };
}
