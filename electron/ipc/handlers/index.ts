import type { Handlers } from './types';
import { articlesHandlers } from './articles';
import { assetsHandlers } from './assets';
import { auditHandlers } from './audit';
import { authHandlers } from './auth';
import { changesHandlers } from './changes';
import { checksHandlers } from './checks';
import { collabHandlers } from './collab';
import { newsroomHandlers } from './newsroom';
import { publishingHandlers } from './publishing';
import { reviewHandlers } from './review';
import { settingsHandlers } from './settings';
import { sourcesHandlers } from './sources';
import { styleHandlers } from './style';
import { workflowHandlers } from './workflow';

export type { HandlerContext, Handlers, PublicHandlerContext } from './types';

/**
 * Every channel's handler, one file per domain named as its contract file
 * (shared/contract/channels/<domain>.ts). One line per channel: the router has already
 * parsed the input and checked the session; the services check the policy inside the
 * transaction that writes.
 */
export const handlers: Handlers = {
  ...authHandlers,
  ...articlesHandlers,
  ...workflowHandlers,
  ...checksHandlers,
  ...auditHandlers,
  ...sourcesHandlers,
  ...assetsHandlers,
  ...publishingHandlers,
  ...reviewHandlers,
  ...settingsHandlers,
  ...styleHandlers,
  ...changesHandlers,
  ...newsroomHandlers,
  ...collabHandlers,
};
