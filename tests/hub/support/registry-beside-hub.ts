import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import * as Y from 'yjs';
import { HUB_DATABASE_FILE, openSqliteHubStore } from '../../../hub/store/sqlite/sqlite-hub-store';
import type { WorkflowState } from '../../../shared/domain/article';
import { articleIdOfDocument } from '../../../shared/contract/hub';

/**
 * Moves an article to `state` in a running hub's embedded file, from beside the hub (WAL
 * lets a second writer in), as a workflow step decided elsewhere would. The hub re-reads the
 * registry on every update, so its next refusal or acceptance shows whether it did.
 * Until the hub's own workflow steps exist, this is how a test puts an article in a state.
 */
export function setStateBesideTheHub(dataDir: string, document: string, state: WorkflowState, holderId: string | null = null): void {
  const db = new DatabaseSync(join(dataDir, HUB_DATABASE_FILE));
  try {
    const { changes } = db
      .prepare('UPDATE articles SET state = ?, holder_id = ?, updated_at = ? WHERE id = ?')
      .run(state, holderId, new Date().toISOString(), articleIdOfDocument(document));
    if (Number(changes) !== 1) throw new Error(`no article ${document} in ${dataDir}`);
  } finally {
    db.close();
  }
}

/** The text of `document` as the hub's store keeps it (its log, read from beside the hub). */
export async function loggedText(dataDir: string, document: string): Promise<string> {
  const store = openSqliteHubStore(dataDir);
  try {
    const doc = new Y.Doc();
    for (const update of (await store.loadDocument(document))?.updates ?? []) Y.applyUpdate(doc, update);
    return doc.getText('body').toString();
  } finally {
    await store.close();
  }
}
