import type {
  ChannelName,
  ChannelOutput,
  ChannelParsedInput,
  PublicChannel,
} from '../../shared/contract/channels';
import type { Session } from '../../shared/domain/session';
import type { Services } from '../service-registry';
import { publishingHandlers } from './publishing-handlers';
import { reviewHandlers } from '../review/handlers';
import { styleAndLooksHandlers } from './handlers/style-and-looks';

export interface HandlerContext {
  session: Session;
  /** The transport's credential for this session: only signing out needs it. */
  sessionToken: string | null;
  /** Who is calling, as the transport names it (a browser window, the command line): sign-in throttles by it. */
  client: string;
  services: Services;
}

/** The channels that run before sign-in see the session only if there is one. */
export interface PublicHandlerContext {
  session: Session | null;
  sessionToken: string | null;
  client: string;
  services: Services;
}

export type Handlers = {
  [C in ChannelName]: (
    input: ChannelParsedInput<C>,
    ctx: C extends PublicChannel ? PublicHandlerContext : HandlerContext,
  ) => ChannelOutput<C> | Promise<ChannelOutput<C>>;
};

/**
 * One line per channel: the router has already parsed the input and checked the session;
 * the services check the policy inside the transaction that writes.
 */
export const handlers: Handlers = {
  'session.current': (_input, { session }) => session,
  'articles.create': (input, { session, services }) => services.articles.create(session, input.meta ?? {}),
  'articles.get': (input, { services }) => services.articles.get(input.id),
  'articles.list': (input, { services }) => services.articles.list(input.query, input.offset, input.limit),
  'articles.save': (input, { session, services }) => services.articles.save(session, input),
  'articles.import': (input, { session, services }) =>
    services.transfer.importDocument(
      session,
      input.fileName,
      input.data !== undefined ? { bytes: Buffer.from(input.data, 'base64') } : { text: input.text ?? '' },
      input.format,
    ),
  'articles.convertPaste': (input, { services }) => services.transfer.convertPaste(input.html),
  'articles.export': (input, { services }) => services.transfer.exportArticle(input.id, input.format),
  'revisions.create': (input, { session, services }) =>
    services.articles.createRevision(session, input.articleId, input.name),
  'revisions.list': (input, { services }) => services.articles.listRevisions(input.articleId),
  'revisions.get': (input, { services }) => services.articles.getRevision(input.id),
  'revisions.restore': (input, { session, services }) =>
    services.articles.restore(session, input.articleId, input.revisionId),
  'auth.status': (_input, { session, services }) => services.auth.status(session),
  'auth.setup': (input, { services }) => services.auth.setup(input),
  'auth.signIn': (input, { client, services }) => services.auth.signIn(input.name, input.password, client),
  'auth.signOut': (_input, { session, sessionToken, services }) => {
    services.auth.signOut(session, sessionToken);
    return { signedOut: true } as const;
  },
  'users.list': (_input, { session, services }) => services.users.list(session),
  'users.create': (input, { session, services }) => services.users.create(session, input),
  'users.update': (input, { session, services }) => services.users.update(session, input),
  'workflow.status': (input, { services }) => services.workflow.status(input.articleId),
  'workflow.transition': (input, { session, services }) => services.workflow.transition(session, input),
  'workflow.home': (input, { session, services }) => ({ sections: services.workflow.home(session, input.todayStart) }),
  'checks.run': (input, { services }) => ({ findings: services.checks.run(input.articleId) }),
  'audit.list': (input, { session, services }) => services.audit.list(session, input.offset, input.limit),
  'audit.verify': (_input, { session, services }) => services.audit.verify(session),
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
  'assets.add': (input, { session, services }) => services.assets.add(session, input.fileName, Buffer.from(input.data, 'base64')),
  'assets.get': (input, { services }) => services.assets.get(input.id),
  'assets.search': (input, { services }) => services.assets.search(input),
  'assets.updateRights': (input, { session, services }) => services.assets.updateRights(session, input.id, input.rights),
  'assets.expiring': (input, { services }) => ({ items: services.assets.expiring(input.withinDays) }),
  'assets.policy': (_input, { services }) => services.assets.policy(),
  'assets.setPolicy': (input, { session, services }) => services.assets.setPolicy(session, input.policy),
  ...publishingHandlers,
  ...reviewHandlers,
  ...styleAndLooksHandlers,
};
