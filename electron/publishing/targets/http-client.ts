import type { z } from 'zod';
import { TargetError } from './target';
import { parseRetryAfter } from '../http';

/**
 * The one way the Ghost and WordPress targets talk HTTP. Every failure becomes a
 * `TargetError` whose kind tells the outbox what to do (retry later, wait, or stop and
 * tell someone), and every response body is parsed with a schema: the network is a trust
 * boundary. The whole exchange, body included, runs under one deadline, so a server that
 * sends headers and then stalls or hangs up mid-body is "unreachable" like one that never
 * answered.
 */

export const DEFAULT_TIMEOUT_MS = 30_000;

export interface HttpRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: string;
  headers?: Record<string, string>;
  /** A JSON value (sent as application/json), FormData, raw bytes, or nothing. */
  json?: unknown;
  form?: FormData;
  timeoutMs?: number;
}

export interface HttpResponse {
  status: number;
  headers: Headers;
  /** The body parsed as JSON, or null when it is empty or not JSON. */
  body: unknown;
}

/** Who is on the other end, for messages: "Ghost at http://…". */
export type ErrorMessageReader = (body: unknown) => string | null;

export interface HttpClientOptions {
  /** "Ghost at https://news.example.org": the start of every message. */
  backend: string;
  timeoutMs?: number;
  /** Pulls the backend's own explanation out of an error body. */
  errorMessage: ErrorMessageReader;
  /** Wall clock, for Retry-After given as a date. */
  now?: () => Date;
}

const NETWORK_CODES: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'refused the connection',
  ECONNRESET: 'dropped the connection',
  EPIPE: 'dropped the connection',
  ENOTFOUND: 'could not be found (no such host name)',
  EAI_AGAIN: 'could not be found (name lookup failed)',
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

function errorCode(error: unknown): string | null {
  for (let current: unknown = error, depth = 0; current !== null && typeof current === 'object' && depth < 5; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && code !== '') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return null;
}

/** Any failure below HTTP (no answer, a broken answer, our own deadline) in plain words. */
export function networkError(error: unknown, backend: string, timeoutMs: number): TargetError {
  if (error instanceof TargetError) return error;
  const name = error instanceof Error ? error.name : '';
  if (name === 'TimeoutError' || name === 'AbortError') {
    const seconds = timeoutMs % 1000 === 0 ? String(timeoutMs / 1000) : (timeoutMs / 1000).toFixed(1);
    return new TargetError('unreachable', `${backend} did not answer within ${seconds} s.`);
  }
  const code = errorCode(error);
  const what = code !== null ? NETWORK_CODES[code] : undefined;
  if (what !== undefined) return new TargetError('unreachable', `${backend} ${what}.`);
  if (code?.startsWith('ERR_TLS') || code?.includes('CERT')) {
    return new TargetError('unreachable', `${backend} could not be reached securely (certificate problem: ${code}).`);
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new TargetError('unreachable', `${backend} could not be reached (${code ?? detail}).`);
}

/** The status of an answer that is not a success, as the TargetError the outbox acts on. */
export function statusError(status: number, headers: Headers, body: unknown, options: HttpClientOptions): TargetError {
  const { backend } = options;
  const theirs = options.errorMessage(body);
  const said = theirs !== null && theirs.trim() !== '' ? ` It said: “${theirs.trim()}”` : '';
  if (status === 429) {
    const wait = parseRetryAfter(headers.get('retry-after'), (options.now ?? (() => new Date()))());
    const when = wait === null ? 'later' : `in ${Math.ceil(wait / 1000)} s`;
    return new TargetError('rate_limited', `${backend} is limiting how often Galley may write; Galley will try again ${when}.`, wait);
  }
  if (status >= 500) return new TargetError('server_error', `${backend} had an internal error (HTTP ${status}); Galley will try again.${said}`);
  if (status === 401) return new TargetError('unauthorised', `${backend} refused the credentials (HTTP 401): check the key or password in the target's settings.${said}`);
  if (status === 403) return new TargetError('forbidden', `${backend} accepted the credentials but does not allow this (HTTP 403): the account needs more rights.${said}`);
  if (status === 404) return new TargetError('not_found', `${backend} has no such post or address (HTTP 404).${said}`);
  if (status === 409) return new TargetError('conflict', `${backend} says the post was changed by someone else since Galley last sent it.${said}`);
  return new TargetError('rejected', `${backend} refused the request (HTTP ${status}).${said}`);
}

export interface HttpClient {
  /** Sends the request; throws a TargetError for anything but a 2xx. */
  request(request: HttpRequest): Promise<HttpResponse>;
  /** Sends it and parses the body with `schema` (a body that does not fit is 'rejected'). */
  json<T>(request: HttpRequest, schema: z.ZodType<T>): Promise<T>;
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text.trim() === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // Not the backend's API speaking (a proxy's page, or whatever else answers at the address
    // typed in Settings, perhaps an internal service): never quoted back to anyone.
    return null;
  }
}

export function httpClient(options: HttpClientOptions): HttpClient {
  const client: HttpClient = {
    async request(request) {
      const timeoutMs = request.timeoutMs ?? options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
      const headers: Record<string, string> = { accept: 'application/json', ...request.headers };
      let body: BodyInit | undefined;
      if (request.form !== undefined) body = request.form;
      else if (request.json !== undefined) {
        headers['content-type'] = 'application/json';
        body = JSON.stringify(request.json);
      }
      let status: number;
      let responseHeaders: Headers;
      let parsed: unknown;
      try {
        const response = await fetch(request.url, { method: request.method, headers, body, signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
        status = response.status;
        responseHeaders = response.headers;
        parsed = await readBody(response);
      } catch (error) {
        throw networkError(error, options.backend, timeoutMs);
      }
      if (status < 200 || status > 299) throw statusError(status, responseHeaders, parsed, options);
      return { status, headers: responseHeaders, body: parsed };
    },
    async json(request, schema) {
      const response = await client.request(request);
      const result = schema.safeParse(response.body);
      if (!result.success) {
        const issue = result.error.issues[0];
        const where = issue === undefined ? '' : ` (${issue.path.join('.') || 'body'}: ${issue.message})`;
        throw new TargetError('rejected', `${options.backend} answered in a form Galley does not understand${where}.`);
      }
      return result.data;
    },
  };
  return client;
}
