import { TargetError } from '../targets/target';

/**
 * What a failed exchange means, in words a person can act on, and as the `TargetError`
 * kind the outbox acts on (retry later, wait, or stop and tell someone). One table for
 * every target, so Ghost, WordPress and the webhook cannot drift apart.
 */

/** Socket and undici codes, as what the other end did. */
const NETWORK_CODES: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'refused the connection: is the site running?',
  ECONNRESET: 'dropped the connection',
  EPIPE: 'dropped the connection',
  ENOTFOUND: 'could not be found: check the address, or the network connection',
  EAI_AGAIN: 'could not be found (name lookup failed): check the network connection',
  EHOSTUNREACH: 'cannot be reached from this network',
  ENETUNREACH: 'cannot be reached from this network',
  ETIMEDOUT: 'did not answer in time',
  UND_ERR_SOCKET: 'closed the connection before the answer was complete',
  UND_ERR_RES_CONTENT_LENGTH_MISMATCH: 'closed the connection before the answer was complete',
  UND_ERR_CONNECT_TIMEOUT: 'did not accept the connection in time',
  UND_ERR_HEADERS_TIMEOUT: 'did not answer in time',
  UND_ERR_BODY_TIMEOUT: 'stopped sending in the middle of an answer',
  UND_ERR_CLOSED: 'closed the connection',
};

/** Node's fetch wraps the socket error in `cause` (sometimes twice): the errors from the outside in. */
function* causes(error: unknown): Generator<object> {
  for (let current: unknown = error, depth = 0; current !== null && typeof current === 'object' && depth < 5; depth += 1) {
    yield current;
    current = (current as { cause?: unknown }).cause;
  }
}

function errorCode(error: unknown): string | null {
  for (const current of causes(error)) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && code !== '') return code;
  }
  return null;
}

const seconds = (ms: number): string => (ms % 1000 === 0 ? String(ms / 1000) : (ms / 1000).toFixed(1));

/** Any failure below HTTP (no answer, a broken answer, our own deadline). `backend` names the other end. */
export function networkError(error: unknown, backend: string, timeoutMs: number): TargetError {
  if (error instanceof TargetError) return error;
  const name = error instanceof Error ? error.name : '';
  if (name === 'TimeoutError' || name === 'AbortError') return new TargetError('unreachable', `${backend} did not answer within ${seconds(timeoutMs)} s.`);
  // undici refuses ports browsers block (6000, 6665…) before any connection: no retry will help.
  if ([...causes(error)].some((cause) => cause instanceof Error && cause.message === 'bad port')) {
    return new TargetError('rejected', `${backend} uses a port that web clients refuse to connect to: choose another port.`);
  }
  const code = errorCode(error);
  const what = code !== null ? NETWORK_CODES[code] : undefined;
  if (what !== undefined) return new TargetError('unreachable', `${backend} ${what}${what.endsWith('?') ? '' : '.'}`);
  if (code !== null && /CERT|SSL|TLS/.test(code)) return new TargetError('unreachable', `${backend} could not be reached securely (certificate problem: ${code}).`);
  const detail = error instanceof Error ? error.message : String(error);
  return new TargetError('unreachable', `${backend} could not be reached (${code ?? detail}).`);
}

/** A `Retry-After` header (seconds or an HTTP date) as milliseconds from `now`, or null. */
export function parseRetryAfter(value: string | null, now: Date = new Date()): number | null {
  if (value === null || value.trim() === '') return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now.getTime());
}

export interface StatusContext {
  /** "Ghost at https://news.example.org", or the webhook's host: the start of every message. */
  backend: string;
  /** What was being done ("publishing the post"), when the caller knows. */
  what?: string;
  /** The backend's own explanation, read from its API's error body; never from a page that is not its API. */
  theirs?: string | null;
  now?: Date;
}

/** The status of an answer that is not a success, as the TargetError the outbox acts on. */
export function statusError(status: number, headers: Headers, context: StatusContext): TargetError {
  const { backend, what } = context;
  const during = what === undefined ? '' : ` while ${what}`;
  const theirs = context.theirs?.trim() ?? '';
  const said = theirs === '' ? '' : ` It said: “${theirs}”`;
  const retryAfter = parseRetryAfter(headers.get('retry-after'), context.now);
  if (status === 429) {
    const when = retryAfter === null ? 'later' : `in ${Math.ceil(retryAfter / 1000)} s`;
    return new TargetError('rate_limited', `${backend} is limiting how often Galley may write; Galley will try again ${when}.`, retryAfter);
  }
  if (status >= 500) return new TargetError('server_error', `${backend} had an internal error (HTTP ${status})${during}; Galley will try again.${said}`, retryAfter);
  if (status === 401) return new TargetError('unauthorised', `${backend} refused the credentials (HTTP 401)${during}: check the key or password in the target's settings.${said}`);
  if (status === 403) return new TargetError('forbidden', `${backend} accepted the credentials but does not allow ${what ?? 'this'} (HTTP 403): the account needs more rights.${said}`);
  if (status === 404) return new TargetError('not_found', `${backend} has no such post or address (HTTP 404)${during}.${said}`);
  if (status === 409 || status === 412) return new TargetError('conflict', `${backend} says the post was changed by someone else since Galley last sent it (HTTP ${status}).${said}`);
  return new TargetError('rejected', `${backend} refused ${what ?? 'the request'} (HTTP ${status}).${said}`);
}
