import type { auditChannels } from '../../../shared/contract/channels/audit';
import type { HandlersOf } from './types';

export const auditHandlers: HandlersOf<typeof auditChannels> = {
  'audit.list': (input, { session, services }) => services.audit.list(session, input.offset, input.limit),
  'audit.verify': (_input, { session, services }) => services.audit.verify(session),
};
