import type { Handlers } from '../ipc/handlers';

type ReviewChannel = keyof typeof import('../../shared/contract/channels/review').reviewChannels;

/** One line per review and settings channel; spread into the router's handlers. */
export const reviewHandlers: Pick<Handlers, ReviewChannel> = {
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
  'settings.get': (input, { services }) => services.settings.get(input.key),
  'settings.set': (input, { session, services }) => services.settings.set(session, input),
};
