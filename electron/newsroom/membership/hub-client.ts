import { GalleyError } from '../../../shared/contract/errors';
import {
  HUB_ARTICLES_PATH,
  HUB_HEALTH_PATH,
  HUB_SESSION_PATH,
  HubErrorSchema,
  HubSignInResponseSchema,
  type HubSignInRequest,
  type HubSignInResponse,
} from '../../../shared/contract/hub';

/** How long the workstation waits for a hub before saying it did not answer. */
export const HUB_TIMEOUT_MS = 15_000;

export interface HubClientOptions {
  timeoutMs?: number;
}

const seconds = (ms: number) => `${Math.round(ms / 1000)} seconds`;

/** Why a request never got an answer, in words: no hub listening, a name that does not resolve, a timeout. */
function unreachable(origin: string, error: unknown, timeoutMs: number): GalleyError {
  const cause = error instanceof Error ? ((error.cause as { code?: string } | undefined)?.code ?? error.name) : '';
  if (cause === 'TimeoutError' || cause === 'AbortError') {
    return new GalleyError('NOT_FOUND', `The hub at ${origin} did not answer within ${seconds(timeoutMs)}. Check that it is running and that this computer can reach it.`);
  }
  if (cause === 'ENOTFOUND' || cause === 'EAI_AGAIN') {
    return new GalleyError('NOT_FOUND', `No computer called ${new URL(origin).hostname} was found. Check the hub’s address.`);
  }
  return new GalleyError('NOT_FOUND', `No hub answers at ${origin}. Check the address, and that the hub is running.`);
}

const notAHub = (origin: string) =>
  new GalleyError('NOT_FOUND', `Something answers at ${origin}, but it is not a Galley hub. Check the address (and the port).`);

/** The workstation's side of the hub's small HTTP API (shared/contract/hub.ts). Every answer is validated. */
export function hubClient({ timeoutMs = HUB_TIMEOUT_MS }: HubClientOptions = {}) {
  return {
    /** Signs in at the hub; a refusal is a GalleyError in the hub's own words (never the password). */
    async signIn(origin: string, request: HubSignInRequest): Promise<HubSignInResponse> {
      let response: Response;
      try {
        response = await fetch(`${origin}${HUB_SESSION_PATH}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify(request),
          redirect: 'error',
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (error) {
        throw unreachable(origin, error, timeoutMs);
      }
      let body: unknown;
      try {
        body = await response.json();
      } catch {
        throw notAHub(origin);
      }
      if (response.ok) {
        const granted = HubSignInResponseSchema.safeParse(body);
        if (!granted.success) throw notAHub(origin);
        return granted.data;
      }
      const refused = HubErrorSchema.safeParse(body);
      if (!refused.success) throw notAHub(origin);
      const { message } = refused.data.error;
      if (response.status === 401 || response.status === 403) throw new GalleyError('FORBIDDEN', `The hub refused the sign-in: ${message}`);
      if (response.status === 429) throw new GalleyError('RATE_LIMITED', message);
      if (response.status === 400) throw new GalleyError('BAD_INPUT', message);
      throw new GalleyError('NOT_FOUND', `The hub at ${origin} could not sign you in: ${message}`);
    },

    /**
     * Registers this workstation's article on the hub under its own id: `created`, or
     * `exists` when the hub already has it (registered here before, or by another person).
     */
    async registerArticle(origin: string, token: string, id: string): Promise<'created' | 'exists'> {
      let response: Response;
      try {
        response = await fetch(`${origin}${HUB_ARTICLES_PATH}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ id }),
          redirect: 'error',
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (error) {
        throw unreachable(origin, error, timeoutMs);
      }
      const body: unknown = await response.json().catch(() => null);
      if (response.status === 201) return 'created';
      if (response.status === 409) return 'exists';
      const refused = HubErrorSchema.safeParse(body);
      if (!refused.success) throw notAHub(origin);
      throw new GalleyError(response.status === 401 || response.status === 403 ? 'FORBIDDEN' : 'NOT_FOUND', `The hub would not share this article: ${refused.data.error.message}`);
    },

    /** Whether the hub answers its health check, within the timeout. Never throws. */
    async healthy(origin: string): Promise<boolean> {
      try {
        const response = await fetch(`${origin}${HUB_HEALTH_PATH}`, { redirect: 'error', signal: AbortSignal.timeout(timeoutMs) });
        await response.body?.cancel();
        return response.ok;
      } catch {
        return false;
      }
    },
  };
}

export type HubClient = ReturnType<typeof hubClient>;
