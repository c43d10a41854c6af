import type { Bridge } from '../../shared/contract/bridge';
import {
  channels,
  isPublicChannel,
  type ChannelInput,
  type ChannelName,
  type ChannelOutput,
} from '../../shared/contract/channels';
import type { ErrorCode, RpcError } from '../../shared/contract/errors';
import { OpenedPublishedSchema, type OpenPublishedInput } from '../../shared/domain/publishing';
import type { GalleyEvent } from '../../shared/contract/events';
import { onGalleyEvent } from './bridge';

/** A failed call, as the main side reported it: `code` is stable, `message` is for people. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;

/** A message for a person from anything a call may throw. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

export interface Api {
  readonly transport: Bridge['transport'];
  call<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>;
  onEvent(listener: (event: GalleyEvent) => void): () => void;
  /** Opens a folder target's page: in the app the system opens it (null); in a browser, an address to open in a new tab. */
  openPublished(input: OpenPublishedInput): Promise<{ url: string | null }>;
  /** Called when a call is refused because the session has ended (expired, signed out elsewhere, account disabled). */
  onSessionLost(listener: () => void): () => void;
}

/**
 * The typed client: inputs typed from the contract, outputs parsed with the channel's own
 * schema (a reply that does not match is an error, not a value), failures thrown as ApiError.
 */
export function createApi(bridge: Bridge): Api {
  const listeners = new Set<(event: GalleyEvent) => void>();
  const sessionLost = new Set<() => void>();
  let stopBridgeEvents: (() => void) | null = null;
  /** A refusal as an ApiError; one that says the session ended tells whoever listens for that. */
  const failed = (error: RpcError, needsSession: boolean): ApiError => {
    if (error.code === 'UNAUTHENTICATED' && needsSession) for (const each of sessionLost) each();
    return new ApiError(error.code, error.message);
  };

  return {
    transport: bridge.transport,

    async call<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
      const result = await bridge.invoke(channel, input);
      if (!result.ok) throw failed(result.error, !isPublicChannel(channel));
      const parsed = channels[channel].output.safeParse(result.value);
      if (!parsed.success) {
        console.error(`Galley: ${channel} answered with an unexpected shape`, parsed.error.issues);
        throw new ApiError('INTERNAL', `Galley received an unexpected answer from ${channel}.`);
      }
      // The schema is the channel's own, so its parsed value is that channel's output.
      return parsed.data as ChannelOutput<C>;
    },

    async openPublished(input) {
      const result = await bridge.openPublished(input);
      if (!result.ok) throw failed(result.error, true);
      const parsed = OpenedPublishedSchema.safeParse(result.value);
      if (!parsed.success) throw new ApiError('INTERNAL', 'Galley received an unexpected answer when opening the page.');
      return parsed.data;
    },

    onEvent(listener) {
      listeners.add(listener);
      // One subscription to the bridge fans out to every listener in the window.
      stopBridgeEvents ??= onGalleyEvent(bridge, (event) => {
        for (const each of listeners) each(event);
      });
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && stopBridgeEvents !== null) {
          stopBridgeEvents();
          stopBridgeEvents = null;
        }
      };
    },

    onSessionLost(listener) {
      sessionLost.add(listener);
      return () => {
        sessionLost.delete(listener);
      };
    },
  };
}
