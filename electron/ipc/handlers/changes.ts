import type { changesChannels } from '../../../shared/contract/channels/changes';
import type { HandlersOf } from './types';

export const changesHandlers: HandlersOf<typeof changesChannels> = {
  'changes.since': (input, { session, services }) => services.changes.changes(session, input.articleId),
  'changes.markSeen': (input, { session, services }) => services.changes.markSeen(session, input.articleId, input.opening === true),
  'changes.compareRevisions': (input, { services }) => services.changes.compareRevisions(input.fromId, input.toId),
};
