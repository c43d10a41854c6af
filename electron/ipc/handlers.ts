import type {
  ChannelName,
  ChannelOutput,
  ChannelParsedInput,
} from '../../shared/contract/channels';
import type { Session } from '../../shared/domain/session';
import type { Services } from '../services';

export interface HandlerContext {
  session: Session;
  services: Services;
}

export type Handlers = {
  [C in ChannelName]: (
    input: ChannelParsedInput<C>,
    ctx: HandlerContext,
  ) => ChannelOutput<C> | Promise<ChannelOutput<C>>;
};

/** One line per channel: the router has already parsed the input and checked the session. */
export const handlers: Handlers = {
  'session.current': (_input, { session }) => session,
  'articles.create': (input, { session, services }) => services.articles.create(session, input.meta ?? {}),
  'articles.get': (input, { services }) => services.articles.get(input.id),
  'articles.list': (input, { services }) => services.articles.list(input.query, input.offset, input.limit),
  'articles.save': (input, { services }) => services.articles.save(input),
  'articles.import': (input, { session, services }) =>
    services.transfer.importText(session, input.fileName, input.text, input.format),
  'articles.export': (input, { services }) => services.transfer.exportArticle(input.id, input.format),
  'revisions.create': (input, { session, services }) =>
    services.articles.createRevision(session, input.articleId, input.name),
  'revisions.list': (input, { services }) => services.articles.listRevisions(input.articleId),
  'revisions.get': (input, { services }) => services.articles.getRevision(input.id),
  'revisions.restore': (input, { session, services }) =>
    services.articles.restore(session, input.articleId, input.revisionId),
};
