import { TargetError } from './targets/target';

/**
 * The one HTTP client publishing targets use: a timeout on every request, and the
 * backend's answers mapped to `TargetError`s whose messages a person can act on. Targets
 * (Ghost, WordPress, the webhook) build requests; this decides what a failure means.
 */

export interface HttpRequest {
  url: string;
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  headers?: Record<string, string>;
  body?: string | Uint8Array | FormData;
  /** Default: the client's (30 s). */
  timeoutMs?: number;
}

export interface HttpResponse {
  status: number;
  headers: Headers;
  /** The whole body as text (targets parse it with zod). */
  text: string;
}

export type Http = (request: HttpRequest) => Promise<HttpResponse>;

export interface HttpOptions {
  timeoutMs?: number;
  fetch?: typeof fetch;
}

const hostOf = (url: string): string => {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
};

/** Node's fetch wraps the socket error in `cause`: read its code (ECONNREFUSED, ENOTFOUND…). */
function networkCode(error: unknown): string | null {
  const cause = error instanceof Error ? (error as Error & { cause?: unknown }).cause : null;
  if (cause && typeof cause === 'object' && 'code' in cause && typeof cause.code === 'string') return cause.code;
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') return error.code;
  return null;
}

function unreachable(url: string, error: unknown): TargetError {
  const host = hostOf(url);
  const code = networkCode(error);
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return new TargetError('unreachable', `${host} did not answer in time.`);
  }
  const cause = error instanceof Error ? (error as Error & { cause?: unknown }).cause : null;
  if (cause instanceof Error && cause.message === 'bad port') {
    return new TargetError('rejected', `${host} uses a port that web clients refuse to connect to: choose another port.`);
  }
  switch (code) {
    case 'ECONNREFUSED':
      return new TargetError('unreachable', `${host} refused the connection: is the site running?`);
    case 'UND_ERR_CONNECT_TIMEOUT':
    case 'UND_ERR_HEADERS_TIMEOUT':
    case 'UND_ERR_BODY_TIMEOUT':
      return new TargetError('unreachable', `${host} did not answer in time.`);
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new TargetError('unreachable', `${host} could not be found: check the address, or the network connection.`);
    case 'ECONNRESET':
    case 'UND_ERR_SOCKET':
    case 'UND_ERR_CLOSED':
      return new TargetError('unreachable', `${host} dropped the connection.`);
    default:
      if (code !== null && /CERT|SSL|TLS/.test(code)) {
        return new TargetError('unreachable', `${host}'s certificate could not be verified (${code}).`);
      }
      return new TargetError('unreachable', `${host} could not be reached${code ? ` (${code})` : ''}.`);
  }
}

/** A `Retry-After` header (seconds or an HTTP date) as milliseconds from `now`, or null. */
export function parseRetryAfter(value: string | null, now: Date = new Date()): number | null {
  if (value === null || value.trim() === '') return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now.getTime());
}

/** What a non-2xx answer means, or null for a 2xx. `what` names the request ("publishing the post"). */
export function errorForStatus(response: HttpResponse, url: string, what: string): TargetError | null {
  const { status } = response;
  if (status >= 200 && status < 300) return null;
  const host = hostOf(url);
  if (status === 401) return new TargetError('unauthorised', `${host} refused the credentials while ${what}: check the key or password.`);
  if (status === 403) return new TargetError('forbidden', `${host} accepted the credentials but does not allow ${what}.`);
  if (status === 404) return new TargetError('not_found', `${host} has no such thing (404) while ${what}.`);
  if (status === 409 || status === 412) return new TargetError('conflict', `${host} says the copy changed since Galley last saw it.`);
  if (status === 429) {
    const after = parseRetryAfter(response.headers.get('retry-after'));
    return new TargetError('rate_limited', `${host} asked Galley to slow down (too many requests).`, after);
  }
  if (status >= 500) return new TargetError('server_error', `${host} had a problem (${status}) while ${what}; Galley will try again.`, parseRetryAfter(response.headers.get('retry-after')));
  // The status only: the body is whatever answers at the address (an internal service's page, perhaps), never shown.
  return new TargetError('rejected', `${host} refused ${what} (${status}).`);
}

/** An HTTP client with a timeout; network failures become `TargetError('unreachable')`, statuses are returned as they are. */
export function createHttp(options: HttpOptions = {}): Http {
  const doFetch = options.fetch ?? fetch;
  const defaultTimeout = options.timeoutMs ?? 30_000;
  return async (request) => {
    let response: Response;
    try {
      response = await doFetch(request.url, {
        method: request.method ?? 'GET',
        headers: request.headers,
        body: request.body as BodyInit | undefined,
        redirect: 'follow',
        signal: AbortSignal.timeout(request.timeoutMs ?? defaultTimeout),
      });
    } catch (error) {
      throw unreachable(request.url, error);
    }
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      throw unreachable(request.url, error);
    }
    return { status: response.status, headers: response.headers, text };
  };
}

/** Sends and throws the mapped `TargetError` unless the answer is 2xx. */
export async function requestOk(http: Http, request: HttpRequest, what: string): Promise<HttpResponse> {
  const response = await http(request);
  const error = errorForStatus(response, request.url, what);
  if (error !== null) throw error;
  return response;
}
