import type { IncomingMessage } from 'node:http';

/** Why a request body was refused, each with the HTTP status that says it. */
export type JsonBodyRefusal = 'not-json-type' | 'too-large' | 'malformed';

const STATUS: Record<JsonBodyRefusal, 400 | 413 | 415> = { 'not-json-type': 415, 'too-large': 413, malformed: 400 };

/**
 * A refused request body. Each server answers it in its own words and format; `status` is
 * the HTTP status to answer with. After `too-large` the body was not read to its end (Node
 * discards the rest once the answer is sent).
 */
export class JsonBodyError extends Error {
  readonly status: 400 | 413 | 415;
  constructor(
    readonly refusal: JsonBodyRefusal,
    message: string,
  ) {
    super(message);
    this.name = 'JsonBodyError';
    this.status = STATUS[refusal];
  }
}

/** `application/json`, with or without parameters (`; charset=utf-8`), and nothing that only starts like it. */
const JSON_TYPE = /^application\/json\s*(;|$)/i;

/**
 * Reads a request's JSON body: the one reader of the workstation's web host and the hub.
 * Refuses (JsonBodyError) a body not sent as JSON (a JSON content type also cannot be sent
 * cross-site without a CORS preflight), one over `limitBytes` (by its Content-Length before
 * reading anything, else as it streams in, never holding more than the limit), and one that
 * does not parse.
 */
export async function readJsonBody(request: IncomingMessage, limitBytes: number): Promise<unknown> {
  if (!JSON_TYPE.test(request.headers['content-type'] ?? '')) {
    throw new JsonBodyError('not-json-type', 'The body must be sent as JSON (Content-Type: application/json).');
  }
  const tooLarge = () => new JsonBodyError('too-large', `The body is larger than the ${limitBytes} bytes taken here.`);
  if (Number(request.headers['content-length'] ?? 0) > limitBytes) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limitBytes) throw tooLarge();
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch {
    throw new JsonBodyError('malformed', 'The body is not valid JSON.');
  }
}
