import type { IncomingMessage } from 'node:http';
import { HttpFailure } from './http-failure';

/** A sign-in is a name and a password: 16 KiB is ample, and a larger body is refused unread. */
export const MAX_BODY_BYTES = 16 * 1024;

/** Reads a request's JSON body, refusing (with HttpFailure) one that is not JSON, too large, or not valid JSON. */
export async function readJsonBody(request: IncomingMessage, limit = MAX_BODY_BYTES): Promise<unknown> {
  const type = request.headers['content-type'] ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    throw new HttpFailure(415, 'UNSUPPORTED', 'The hub takes JSON here: send the body with Content-Type: application/json.');
  }
  const tooLarge = () => new HttpFailure(413, 'BAD_INPUT', `The request body is larger than the hub accepts here (${limit / 1024} KiB).`);
  if (Number(request.headers['content-length'] ?? 0) > limit) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw tooLarge();
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch {
    throw new HttpFailure(400, 'BAD_INPUT', 'The request body is not valid JSON.');
  }
}
