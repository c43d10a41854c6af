import { GalleyError } from '../../../shared/contract/errors';
import type { z } from 'zod';
import {
  HUB_ARTICLES_PATH,
  HUB_HEALTH_PATH,
  HUB_SESSION_PATH,
  HUB_USERS_PATH,
  HubErrorSchema,
  HubSignInResponseSchema,
  HubUserSchema,
  type HubNewUserRequest,
  type HubSignInRequest,
  type HubSignInResponse,
  type HubUser,
  type HubUserChangeRequest,
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
/** A person's session token the hub did not accept (expired, or their sessions ended there). */
export class HubTokenRefused extends GalleyError {
  constructor(message: string) {
    super('FORBIDDEN', message);
  }
}

const REFUSAL_CODE: Record<number, 'BAD_INPUT' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'RATE_LIMITED'> = {
  400: 'BAD_INPUT',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  429: 'RATE_LIMITED',
};

/** The workstation's side of the hub's small HTTP API (shared/contract/hub.ts). Every answer is validated. */
export function hubClient({ timeoutMs = HUB_TIMEOUT_MS }: HubClientOptions = {}) {
  /**
   * One request to the hub: its answer parsed with `schema`, or its refusal as
   * `{ status, message }` (the hub's words). Unreachable hubs and non-hubs are GalleyErrors.
   */
  async function call<S extends z.ZodType>(
    origin: string,
    path: string,
    schema: S,
    init: { method: string; token?: string; body?: unknown },
  ): Promise<{ ok: true; value: z.infer<S> } | { ok: false; status: number; message: string }> {
    let response: Response;
    try {
      response = await fetch(`${origin}${path}`, {
        method: init.method,
        headers: {
          accept: 'application/json',
          ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...(init.token !== undefined ? { authorization: `Bearer ${init.token}` } : {}),
        },
        ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
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
      const parsed = schema.safeParse(body);
      if (!parsed.success) throw notAHub(origin);
      return { ok: true, value: parsed.data };
    }
    const refused = HubErrorSchema.safeParse(body);
    if (!refused.success) throw notAHub(origin);
    return { ok: false, status: response.status, message: refused.data.error.message };
  }

  /** For a person's request (bearer token): the answer, or the refusal as a GalleyError in the hub's words. */
  async function asPerson<S extends z.ZodType>(origin: string, path: string, schema: S, init: { method: string; token: string; body?: unknown }): Promise<z.infer<S>> {
    const answer = await call(origin, path, schema, init);
    if (answer.ok) return answer.value;
    if (answer.status === 401) throw new HubTokenRefused(`The hub no longer accepts your sign-in on this computer: sign out and sign in again. (${answer.message})`);
    const code = REFUSAL_CODE[answer.status];
    if (code === undefined) throw new GalleyError('NOT_FOUND', `The hub at ${origin} could not do this: ${answer.message}`);
    throw new GalleyError(code, answer.message);
  }

  return {
    /** Signs in at the hub; a refusal is a GalleyError in the hub's own words (never the password). */
    async signIn(origin: string, request: HubSignInRequest): Promise<HubSignInResponse> {
      const answer = await call(origin, HUB_SESSION_PATH, HubSignInResponseSchema, { method: 'POST', body: request });
      if (answer.ok) return answer.value;
      const { status, message } = answer;
      if (status === 401 || status === 403) throw new GalleyError('FORBIDDEN', `The hub refused the sign-in: ${message}`);
      if (status === 429) throw new GalleyError('RATE_LIMITED', message);
      if (status === 400) throw new GalleyError('BAD_INPUT', message);
      throw new GalleyError('NOT_FOUND', `The hub at ${origin} could not sign you in: ${message}`);
    },

    /** The hub's people (an admin's token). */
    listUsers: (origin: string, token: string): Promise<HubUser[]> => asPerson(origin, HUB_USERS_PATH, HubUserSchema.array(), { method: 'GET', token }),

    addUser: (origin: string, token: string, user: HubNewUserRequest): Promise<HubUser> =>
      asPerson(origin, HUB_USERS_PATH, HubUserSchema, { method: 'POST', token, body: user }),

    changeUser: (origin: string, token: string, id: string, change: HubUserChangeRequest): Promise<HubUser> =>
      asPerson(origin, `${HUB_USERS_PATH}/${encodeURIComponent(id)}`, HubUserSchema, { method: 'PATCH', token, body: change }),
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
