import type { workflowChannels } from '../../../shared/contract/channels/workflow';
import type { HandlersOf } from './types';

export const workflowHandlers: HandlersOf<typeof workflowChannels> = {
  'workflow.status': (input, { services }) => services.workflow.status(input.articleId),
  'workflow.transition': (input, { session, services }) => services.workflow.takeStep(session, input),
  'workflow.home': (input, { session, services }) => ({ sections: services.workflow.home(session, input.todayStart) }),
};
