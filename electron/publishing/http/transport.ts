import { networkError, statusError } from './failures';

/**
 * The one HTTP transport publishing uses: a deadline on every exchange (the body included,
 * so a server that sends headers and then stalls or hangs up mid-body is "unreachable"
 * like one that never answered), and failures below HTTP mapped to `TargetError`s. The
 * service builds one and hands it to every target, so tests (and a fault proxy) reach
 * Ghost, WordPress and the webhook through the same seam.
 */

export interface HttpRequest {
  url: string;
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  headers?: Record<string, string>;
  body?: string | Uint8Array | FormData;
  /** Default: the transport's (30 s). */
  timeoutMs?: number;
  /** Who is on the other end, for messages ("Ghost at https://…"); default: the address's host. */
  backend?: string;
}

export interface HttpResponse {
  status: number;
  headers: Headers;
  /** The whole body as text (targets parse it with zod). */
  text: string;
}

export type Http = (request: HttpRequest) => Promise<HttpResponse>;

export const DEFAULT_TIMEOUT_MS = 30_000;

export interface HttpOptions {
  timeoutMs?: number;
  fetch?: typeof fetch;
}

export const hostOf = (url: string): string => {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
};

/** An HTTP transport with a deadline; network failures become `TargetError('unreachable')`, statuses are returned as they are. */
export function createHttp(options: HttpOptions = {}): Http {
  const doFetch = options.fetch ?? fetch;
  const defaultTimeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  return async (request) => {
    const timeoutMs = request.timeoutMs ?? defaultTimeout;
    try {
      const response = await doFetch(request.url, {
        method: request.method ?? 'GET',
        headers: request.headers,
        body: request.body as BodyInit | undefined,
        redirect: 'follow',
        signal: AbortSignal.timeout(timeoutMs),
      });
      return { status: response.status, headers: response.headers, text: await response.text() };
    } catch (error) {
      throw networkError(error, request.backend ?? hostOf(request.url), timeoutMs);
    }
  };
}

/**
 * Sends and throws the mapped `TargetError` unless the answer is 2xx. `what` names the
 * request ("publishing the post"). The body is never quoted: whatever answers at an
 * address someone typed (an internal service's page, perhaps) is not shown to anyone.
 */
export async function requestOk(http: Http, request: HttpRequest, what: string): Promise<HttpResponse> {
  const response = await http(request);
  if (response.status >= 200 && response.status < 300) return response;
  throw statusError(response.status, response.headers, { backend: request.backend ?? hostOf(request.url), what });
}
