import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Delivery {
  id: string;
  event: string;
  body: string;
  signatureValid: boolean;
}

/**
 * A real webhook receiver on 127.0.0.1, as a newsroom would write one: it checks the HMAC
 * signature of the raw body, answers with the scripted statuses, and processes each
 * delivery id at most once.
 */
export async function startReceiver(secret: string, statuses: number[] = []) {
  const received: Delivery[] = [];
  const processed = new Map<string, Delivery>();
  const read = (request: IncomingMessage) =>
    new Promise<string>((resolve) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    });
  const server = createServer((request, response) => {
    void read(request).then((body) => {
      const expected = Buffer.from(`sha256=${createHmac('sha256', secret).update(body).digest('hex')}`);
      const given = Buffer.from(String(request.headers['x-galley-signature'] ?? ''));
      const delivery: Delivery = {
        id: String(request.headers['x-galley-delivery'] ?? ''),
        event: String(request.headers['x-galley-event'] ?? ''),
        body,
        signatureValid: given.length === expected.length && timingSafeEqual(given, expected),
      };
      received.push(delivery);
      if (!delivery.signatureValid) {
        response.writeHead(401).end('bad signature');
        return;
      }
      const status = statuses.shift() ?? 200;
      if (status >= 200 && status < 300 && !processed.has(delivery.id)) processed.set(delivery.id, delivery);
      response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ url: 'https://news.example/harbour-bridge' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/galley`,
    received,
    processed,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
