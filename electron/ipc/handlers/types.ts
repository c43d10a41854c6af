import type { ChannelName, ChannelOutput, ChannelParsedInput, PublicChannel } from '../../../shared/contract/channels';
import type { Session } from '../../../shared/domain/session';
import type { Services } from '../../service-registry';

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

/** One domain's handlers: exactly the channels of its contract file (shared/contract/channels/<domain>.ts). */
export type HandlersOf<DomainChannels> = Pick<Handlers, keyof DomainChannels & ChannelName>;
