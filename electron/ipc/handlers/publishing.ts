import type { publishingChannels } from '../../../shared/contract/channels/publishing';
import type { HandlersOf } from './types';

export const publishingHandlers: HandlersOf<typeof publishingChannels> = {
  'publishing.targets.list': (_input, { services }) => services.publishing.targets.list(),
  'publishing.targets.add': (input, { session, services }) => services.publishing.targets.add(session, input),
  'publishing.targets.update': (input, { session, services }) => services.publishing.targets.update(session, input),
  'publishing.targets.remove': async (input, { session, services }) => {
    await services.publishing.targets.remove(session, input.id);
    return { removed: true } as const;
  },
  'publishing.targets.test': (input, { session, services }) => services.publishing.targets.test(session, input.id),
  'publishing.queue': (input, { session, services }) => services.publishing.queue(session, input.offset, input.limit),
  'publishing.forArticle': (input, { services }) => services.publishing.forArticle(input.articleId),
  'publishing.publishedPage': (input, { services }) => services.publishing.publishedPage(input.articleId, input.targetId),
  'publishing.retry': (input, { session, services }) => services.publishing.retry(session, input.jobId),
  'publishing.conflict': (input, { session, services }) => services.publishing.conflict(session, input.jobId),
  'publishing.resolveConflict': (input, { session, services }) => services.publishing.resolveConflict(session, input.jobId, input.keep),
  'publishing.publish': (input, { session, services }) => ({ jobs: services.publishing.publish(session, input.articleId, input.targetIds) }),
};
