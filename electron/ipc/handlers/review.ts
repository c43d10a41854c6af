import type { reviewChannels } from '../../../shared/contract/channels/review';
import type { HandlersOf } from './types';

export const reviewHandlers: HandlersOf<typeof reviewChannels> = {
  'review.get': (input, { services }) => services.review.get(input.articleId),
  'review.addComment': (input, { session, services }) => services.review.addComment(session, input),
  'review.reply': (input, { session, services }) => services.review.reply(session, input),
  'review.resolve': (input, { session, services }) => services.review.resolve(session, input),
  'review.setBlocking': (input, { session, services }) => services.review.setBlocking(session, input),
  'review.addClaim': (input, { session, services }) => services.review.addClaim(session, input),
  'review.recordVerdict': (input, { session, services }) => services.review.recordVerdict(session, input),
  'review.setClaimSources': (input, { session, services }) => services.review.setClaimSources(session, input),
  'review.setClaimAuthor': (input, { session, services }) => services.review.setClaimAuthor(session, input),
  'review.annotate': (input, { session, services }) => services.review.annotate(session, input),
};
