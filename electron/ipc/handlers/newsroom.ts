import type { newsroomChannels } from '../../../shared/contract/channels/newsroom';
import type { HandlersOf } from './types';

export const newsroomHandlers: HandlersOf<typeof newsroomChannels> = {
  'newsroom.status': (_input, { services }) => services.newsroom.status(),
  'newsroom.join': (input, { session, services }) => services.newsroom.join(session, input),
  'newsroom.leave': (_input, { session, services }) => services.newsroom.leave(session),
  'newsroom.held.list': (input, { services }) => services.heldEdits.list(input.articleId),
  'newsroom.held.discard': (input, { services }) => {
    services.heldEdits.discard(input.articleId, input.id);
    return {};
  },
  'newsroom.held.keepAsDraft': (input, { session, services }) => services.heldEdits.keepAsDraft(session, input.articleId, input.id),
};
