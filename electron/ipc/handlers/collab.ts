import type { collabChannels } from '../../../shared/contract/channels/collab';
import type { HandlersOf } from './types';

export const collabHandlers: HandlersOf<typeof collabChannels> = {
  'collab.open': async (input, { services }) => {
    services.articles.get(input.articleId); // NOT_FOUND for an article this workstation does not have
    return services.live.open(input.articleId, input.peer);
  },
  'collab.push': async (input, { services }) => {
    await services.live.push(input.articleId, input.peer, input.update);
    return {};
  },
  'collab.awareness': async (input, { services }) => {
    await services.live.awareness(input.articleId, input.peer, input.update);
    return {};
  },
  'collab.close': async (input, { services }) => {
    await services.live.close(input.articleId, input.peer);
    return {};
  },
  'collab.adopt': async (input, { session, services }) => ({ adopted: await services.live.adopt(session, input.articleId) }),
};
