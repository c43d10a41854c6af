import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JsonBodyError, readJsonBody } from '../../../shared/node/json-body';

const LIMIT = 1024;
let server: Server;
let port: number;

beforeAll(async () => {
  // A real server on 127.0.0.1 that answers what the reader made of each request.
  server = createServer((request, response) => {
    readJsonBody(request, LIMIT).then(
      (value) => response.end(JSON.stringify({ value })),
      (error: unknown) => {
        if (!(error instanceof JsonBodyError)) return void response.writeHead(500).end(String(error));
        response.writeHead(error.status).end(JSON.stringify({ refusal: error.refusal, message: error.message }));
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/**
 * POSTs `chunks` (chunked, without a Content-Length, unless `length` is given). With
 * `withhold`, sends only the headers and waits for the answer: a reader that waited for the
 * body would never answer.
 */
function post(contentType: string | null, chunks: string[], length?: number, withhold = false): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = {};
    if (contentType !== null) headers['content-type'] = contentType;
    if (length !== undefined) headers['content-length'] = String(length);
    const req = httpRequest({ host: '127.0.0.1', port, method: 'POST', path: '/', headers }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as unknown });
        if (withhold) req.destroy();
      });
    });
    req.on('error', reject);
    if (withhold) return void req.flushHeaders();
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

describe('readJsonBody (shared/node/json-body.ts: the web host’s and the hub’s one reader)', () => {
  it('reads JSON sent as application/json, with or without parameters, in one piece or in many', async () => {
    expect(await post('application/json', ['{"a":1}'])).toEqual({ status: 200, body: { value: { a: 1 } } });
    expect(await post('Application/JSON; charset=utf-8', ['{"word":', '"café"}'])).toEqual({ status: 200, body: { value: { word: 'café' } } });
    const exactly = `"${'x'.repeat(LIMIT - 2)}"`;
    expect((await post('application/json', [exactly], LIMIT)).status).toBe(200);
  });

  it('refuses a body not sent as JSON, whatever it holds, with 415', async () => {
    for (const type of [null, 'text/plain', 'application/x-www-form-urlencoded', 'application/jsonp', 'application/json-seq']) {
      expect(await post(type, ['{"a":1}'])).toEqual({ status: 415, body: { refusal: 'not-json-type', message: expect.stringMatching(/application\/json/) } });
    }
  });

  it('refuses an oversized body with 413: by its Content-Length before reading any, or as it streams in', async () => {
    const big = `"${'x'.repeat(LIMIT)}"`;
    expect(await post('application/json', [big], big.length, true)).toEqual({ status: 413, body: { refusal: 'too-large', message: expect.stringMatching(/1024 bytes/) } });
    const pieces = Array.from({ length: 8 }, () => 'x'.repeat(400));
    expect(await post('application/json', ['"', ...pieces, '"'])).toMatchObject({ status: 413, body: { refusal: 'too-large' } });
  });

  it('refuses a body that does not parse, or is empty, with 400', async () => {
    for (const body of ['{"a":', '', 'undefined']) {
      expect(await post('application/json', [body])).toEqual({ status: 400, body: { refusal: 'malformed', message: 'The body is not valid JSON.' } });
    }
  });
});
