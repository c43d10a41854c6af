import type { sourcesChannels } from '../../../shared/contract/channels/sources';
import type { HandlersOf } from './types';

export const sourcesHandlers: HandlersOf<typeof sourcesChannels> = {
  'sources.list': (input, { services }) => services.sources.list(input),
  'sources.create': (input, { session, services }) => services.sources.create(session, input.fields, input.attachTo),
  'sources.update': (input, { session, services }) => services.sources.update(session, input.id, input.fields),
  'sources.delete': (input, { session, services }) => {
    services.sources.remove(session, input.id);
    return { deleted: true } as const;
  },
  'sources.attach': (input, { session, services }) => services.sources.attach(session, input.articleId, input.sourceId),
  'sources.detach': (input, { session, services }) => services.sources.detach(session, input.articleId, input.sourceId),
  'sources.import': (input, { session, services }) =>
    services.sources.importFile(session, input.fileName, input.text, input.attachTo),
};
