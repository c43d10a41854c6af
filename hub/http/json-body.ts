import type { IncomingMessage } from 'node:http';
import { JsonBodyError, readJsonBody as readBody, type JsonBodyRefusal } from '../../shared/node/json-body';
import { HttpFailure } from './http-failure';

/** A sign-in is a name and a password: 16 KiB is ample, and a larger body is refused unread. */
export const MAX_BODY_BYTES = 16 * 1024;

const HUB_WORDS: Record<JsonBodyRefusal, (limit: number) => string> = {
  'not-json-type': () => 'The hub takes JSON here: send the body with Content-Type: application/json.',
  'too-large': (limit) => `The request body is larger than the hub accepts here (${limit / 1024} KiB).`,
  malformed: () => 'The request body is not valid JSON.',
};

/** Reads a request's JSON body (shared/node/json-body.ts), refusing with an HttpFailure in the hub's words. */
export async function readJsonBody(request: IncomingMessage, limit = MAX_BODY_BYTES): Promise<unknown> {
  try {
    return await readBody(request, limit);
  } catch (error) {
    if (!(error instanceof JsonBodyError)) throw error;
    throw new HttpFailure(error.status, error.refusal === 'not-json-type' ? 'UNSUPPORTED' : 'BAD_INPUT', HUB_WORDS[error.refusal](limit));
  }
}
