import type { z } from 'zod';
import { channels, isChannelName, isPublicChannel, type ChannelName } from '../../shared/contract/channels';
import { isGalleyError, type RpcError } from '../../shared/contract/errors';
import type { RpcResult } from '../../shared/contract/rpc';
import type { Session } from '../../shared/domain/session';
import type { Services } from '../service-registry';
import { handlers, type Handlers } from './handlers';
import { DISK_FULL_MESSAGE, isDiskFull } from './disk-full';

export interface Router {
  /**
   * `sessionToken` comes from the transport (browser window, app window, CLI sign-in), never
   * from the input; so does `client`, the caller's name for sign-in throttling.
   */
  dispatch(channel: unknown, input: unknown, sessionToken: string | null, client?: string): Promise<RpcResult<unknown>>;
}

export interface RouterOptions {
  /** Where internal errors are reported with their detail; the caller only sees a code. */
  log?: (message: string, error: unknown) => void;
}

function describeIssues(error: z.ZodError): string {
  const first = error.issues[0];
  if (!first) return 'The request is malformed.';
  const where = first.path.length > 0 ? ` at “${first.path.join('.')}”` : '';
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more problem(s))` : '';
  return `Invalid input${where}: ${first.message}${more}.`;
}

/** The caller when a transport names none (the app's windows, the command line): one client. */
const LOCAL_CLIENT = 'local';

function failure(code: RpcError['code'], message: string): RpcResult<never> {
  return { ok: false, error: { code, message } };
}

/**
 * The one way into the services, for every transport (IPC, HTTP, the CLI): parse the
 * input with the contract, require a session, run the handler, parse the output, and
 * turn every error into `{code, message}`. Nothing thrown ever crosses a transport.
 */
export function createRouter(services: Services, options: RouterOptions = {}): Router {
  const log = options.log ?? ((message, error) => console.error(`galley: ${message}`, error));

  async function run<C extends ChannelName>(
    channel: C,
    input: unknown,
    session: Session | null,
    sessionToken: string | null,
    client: string,
  ): Promise<RpcResult<unknown>> {
    const spec = channels[channel];
    const parsedInput = spec.input.safeParse(input ?? {});
    if (!parsedInput.success) return failure('BAD_INPUT', describeIssues(parsedInput.error));
    // The session was required before this point for every channel that is not public.
    const handler = handlers[channel] as (input: unknown, ctx: Parameters<Handlers[C]>[1]) => unknown;
    const value = await handler(parsedInput.data, { session, sessionToken, client, services } as Parameters<Handlers[C]>[1]);
    const parsedOutput = spec.output.safeParse(value);
    if (!parsedOutput.success) {
      log(`channel ${channel} produced output that breaks the contract`, parsedOutput.error);
      return failure('INTERNAL', 'Galley produced an unexpected answer; the details are in its log.');
    }
    return { ok: true, value: parsedOutput.data };
  }

  return {
    async dispatch(channel, input, sessionToken, client = LOCAL_CLIENT) {
      if (!isChannelName(channel)) {
        return failure('UNKNOWN_CHANNEL', `There is no channel called “${String(channel).slice(0, 100)}”.`);
      }
      try {
        const session = services.auth.resolve(sessionToken);
        if (!session && !isPublicChannel(channel)) {
          return failure('UNAUTHENTICATED', 'Sign in to use Galley (your session may have ended).');
        }
        return await run(channel, input, session, sessionToken, client);
      } catch (error) {
        if (isGalleyError(error)) return failure(error.code, error.message);
        if (isDiskFull(error)) {
          log(`channel ${channel} could not write: the disk is full`, error);
          return failure('DISK_FULL', DISK_FULL_MESSAGE);
        }
        log(`channel ${channel} failed`, error);
        return failure('INTERNAL', 'Something went wrong inside Galley; the details are in its log. Your last saved work is safe.');
      }
    },
  };
}
