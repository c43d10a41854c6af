import type { z } from 'zod';
import { TargetError } from '../targets/target';
import { statusError } from './failures';
import type { Http, HttpResponse } from './transport';

/**
 * JSON APIs (Ghost's Admin API, WordPress's REST API) over the shared transport: requests
 * carry JSON or a form, every failure is a `TargetError`, and every response body is
 * parsed with a schema, because the network is a trust boundary.
 */

export interface JsonRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: string;
  headers?: Record<string, string>;
  /** A JSON value (sent as application/json). */
  json?: unknown;
  form?: FormData;
  timeoutMs?: number;
}

export interface JsonResponse {
  status: number;
  headers: Headers;
  /** The body parsed as JSON, or null when it is empty or not JSON. */
  body: unknown;
}

/** Pulls the backend's own explanation out of an error body. */
export type ErrorMessageReader = (body: unknown) => string | null;

export interface JsonClientOptions {
  /** "Ghost at https://news.example.org": the start of every message. */
  backend: string;
  timeoutMs?: number;
  errorMessage: ErrorMessageReader;
  /** Wall clock, for Retry-After given as a date. */
  now?: () => Date;
}

export interface JsonClient {
  /** Sends the request; throws a TargetError for anything but a 2xx. */
  request(request: JsonRequest): Promise<JsonResponse>;
  /** Sends it and parses the body with `schema` (a body that does not fit is 'rejected'). */
  json<T>(request: JsonRequest, schema: z.ZodType<T>): Promise<T>;
}

function parseBody(response: HttpResponse): unknown {
  if (response.text.trim() === '') return null;
  try {
    return JSON.parse(response.text) as unknown;
  } catch {
    // Not the backend's API speaking (a proxy's page, or whatever else answers at the address
    // typed in Settings, perhaps an internal service): never quoted back to anyone.
    return null;
  }
}

export function jsonClient(http: Http, options: JsonClientOptions): JsonClient {
  const client: JsonClient = {
    async request(request) {
      const headers: Record<string, string> = { accept: 'application/json', ...request.headers };
      let body: string | FormData | undefined;
      if (request.form !== undefined) body = request.form;
      else if (request.json !== undefined) {
        headers['content-type'] = 'application/json';
        body = JSON.stringify(request.json);
      }
      const response = await http({ method: request.method, url: request.url, headers, body, timeoutMs: request.timeoutMs ?? options.timeoutMs, backend: options.backend });
      const parsed = parseBody(response);
      if (response.status < 200 || response.status > 299) {
        throw statusError(response.status, response.headers, { backend: options.backend, theirs: options.errorMessage(parsed), now: options.now?.() });
      }
      return { status: response.status, headers: response.headers, body: parsed };
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
