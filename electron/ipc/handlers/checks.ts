import type { checksChannels } from '../../../shared/contract/channels/checks';
import type { HandlersOf } from './types';

export const checksHandlers: HandlersOf<typeof checksChannels> = {
  'checks.run': (input, { services }) => ({ findings: services.checks.run(input.articleId) }),
};
