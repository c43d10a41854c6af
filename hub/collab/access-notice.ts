import type { Connection } from '@hocuspocus/server';
import type { HubAccessNotice } from '../../shared/contract/hub';
import type { WorkflowState } from '../../shared/domain/article';

/**
 * Sets whether a connection may write and tells it (HubAccessNoticeSchema): Hocuspocus tells
 * a provider its scope only when it authenticates, so a workstation learns of every later
 * change from this notice, whoever made it (a step, the edit gate, the access sweep).
 */
export function setWriteAccess(connection: Connection, state: WorkflowState, readOnly: boolean): void {
  connection.readOnly = readOnly;
  const notice: HubAccessNotice = { notice: 'access', state, readOnly };
  connection.sendStateless(JSON.stringify(notice));
}
