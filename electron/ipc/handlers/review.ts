import type { HandlerContext } from '../handlers';
import type { ChannelOutput, ChannelParsedInput } from '../../../shared/contract/channels';
import type { reviewChannels } from '../../../shared/contract/channels/review';

type ReviewChannel = keyof typeof reviewChannels;
type ReviewHandlers = {
  [C in ReviewChannel]: (input: ChannelParsedInput<C>, ctx: HandlerContext) => ChannelOutput<C>;
};

/** House style and review; spread into ../handlers. */
export const reviewHandlers: ReviewHandlers = {
  'style.rules.get': (_input, { services }) => services.style.get(),
  'style.rules.set': (input, { session, services }) => services.style.set(session, input.rules),
  'review.changes': (input, { session, services }) => services.review.changes(session, input.articleId),
  'review.markSeen': (input, { session, services }) => services.review.markSeen(session, input.articleId),
  'review.compareRevisions': (input, { services }) => services.review.compareRevisions(input.fromId, input.toId),
};
