import type { ServerResponse } from 'node:http';
import type { HubError } from '../../shared/contract/hub';
import { GalleyError, type ErrorCode } from '../../shared/contract/errors';

/** A refusal with its HTTP status; the hub answers it as HubErrorSchema JSON. */
export class HttpFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

const STATUS_OF: Partial<Record<ErrorCode, number>> = {
  BAD_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
};

export function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(text)),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...headers,
  });
  response.end(text);
}

/** Answers any error as HubErrorSchema JSON: a refusal with its own words, anything else as an internal error without detail. */
export function sendFailure(response: ServerResponse, error: unknown, log: (line: string) => void): void {
  let failure: HttpFailure;
  if (error instanceof HttpFailure) failure = error;
  else if (error instanceof GalleyError && error.code !== 'INTERNAL') failure = new HttpFailure(STATUS_OF[error.code] ?? 400, error.code, error.message);
  else {
    log(`hub: internal error answering ${response.req.method} ${response.req.url}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    failure = new HttpFailure(500, 'INTERNAL', 'The hub could not answer this request because of an internal error; it has been logged.');
  }
  const body: HubError = { error: { code: failure.code, message: failure.message } };
  // An unread body would otherwise be parsed as the next request on this connection.
  sendJson(response, failure.status, body, failure.status === 413 ? { connection: 'close' } : {});
}
