import { isPublicChannel } from '../../shared/contract/channels';
import type { RpcResult } from '../../shared/contract/rpc';
import { AuthGrantSchema } from '../../shared/domain/user';

/** What a call did to the caller's session, for the transport that keeps its token. */
export type SessionChange =
  | { kind: 'issued'; token: string; expiresAt: string }
  | { kind: 'ended' }
  | { kind: 'unchanged' };

const ISSUING: ReadonlySet<string> = new Set(['auth.signIn', 'auth.setup']);

/**
 * The one place that knows how a session token travels. A sign-in (or first-run setup)
 * answers with a token: the transport takes it into its own keeping (an HttpOnly cookie,
 * main-process memory) and the page gets the answer without it. A sign-out, or a call
 * refused for want of a valid session, tells the transport to forget what it kept.
 */
export function takeSessionChange(channel: unknown, result: RpcResult<unknown>): { result: RpcResult<unknown>; change: SessionChange } {
  if (!result.ok) {
    const lost = result.error.code === 'UNAUTHENTICATED' && typeof channel === 'string' && !isPublicChannel(channel);
    return { result, change: lost ? { kind: 'ended' } : { kind: 'unchanged' } };
  }
  if (channel === 'auth.signOut') return { result, change: { kind: 'ended' } };
  if (typeof channel === 'string' && ISSUING.has(channel)) {
    const grant = AuthGrantSchema.safeParse(result.value);
    if (grant.success && grant.data.token !== undefined) {
      const { token, ...withoutToken } = grant.data;
      return { result: { ok: true, value: withoutToken }, change: { kind: 'issued', token, expiresAt: grant.data.expiresAt } };
    }
  }
  return { result, change: { kind: 'unchanged' } };
}
