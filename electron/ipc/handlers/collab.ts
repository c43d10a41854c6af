import type { collabChannels } from '../../../shared/contract/channels/collab';
import type { HandlersOf } from './types';

export const collabHandlers: HandlersOf<typeof collabChannels> = {
  // An article this workstation does not have (yet) opens solo: the relay shares only its own or adopted ones.
  'collab.open': (input, { session, services }) => services.live.open(session, input.articleId, input.peer),
  'collab.push': async (input, { session, services }) => {
    await services.live.push(session, input.articleId, input.peer, input.update);
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
