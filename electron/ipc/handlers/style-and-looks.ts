import type { HandlerContext } from '../handlers';
import type { ChannelOutput, ChannelParsedInput } from '../../../shared/contract/channels';
import type { styleAndLooksChannels } from '../../../shared/contract/channels/style-and-looks';

type ReviewChannel = keyof typeof styleAndLooksChannels;
type ReviewHandlers = {
  [C in ReviewChannel]: (input: ChannelParsedInput<C>, ctx: HandlerContext) => ChannelOutput<C>;
};

/** House style and review; spread into ../handlers. */
export const styleAndLooksHandlers: ReviewHandlers = {
  'style.rules.get': (_input, { services }) => services.style.get(),
  'style.rules.set': (input, { session, services }) => services.style.set(session, input.rules),
  'review.changes': (input, { session, services }) => services.looks.changes(session, input.articleId),
  'review.markSeen': (input, { session, services }) => services.looks.markSeen(session, input.articleId, input.opening === true),
  'review.compareRevisions': (input, { services }) => services.looks.compareRevisions(input.fromId, input.toId),
};
