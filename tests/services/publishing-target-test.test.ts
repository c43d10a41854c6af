import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useGalley } from '../support/galley';
import { useTempDirs } from '../support/temp-dir';
import { encryptedFileStore } from '../../electron/publishing/credentials/encrypted-file';

/*
 * "Test connection" in Settings talks to whatever address an admin typed. What answers there
 * may be an internal service, not a publishing backend: its answer must never be shown back
 * (that would make the test a way to read internal pages). Only what a backend says through
 * its own API, once it is known to be that backend, is quoted.
 */

const newGalley = useGalley();
const tempDir = useTempDirs();
const SECRET_PAGE = 'db_password=hunter2 internal-admin-token-7731';

/** An internal service: every path answers an error, as HTML, plain text or JSON by path. */
let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    const url = req.url ?? '';
    if (url.startsWith('/json')) res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ message: SECRET_PAGE, error: SECRET_PAGE }));
    else if (url.startsWith('/text')) res.writeHead(400, { 'content-type': 'text/plain' }).end(SECRET_PAGE);
    else res.writeHead(502, { 'content-type': 'text/html' }).end(`<html><body><h1>${SECRET_PAGE}</h1></body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('Test connection against an address that is not a publishing backend', () => {
  it('says what is wrong without showing what the address answered', async () => {
    const dataDir = tempDir();
    const g = newGalley(dataDir, { publishing: { secrets: encryptedFileStore(dataDir, { GALLEY_SECRET_KEY: 'test passphrase' }) } });
    const messages: string[] = [];
    for (const path of ['/html', '/text', '/json']) {
      const webhook = await g.admin.call('publishing.targets.add', {
        name: `Hook ${path}`,
        config: { kind: 'webhook', settings: { url: `${base}${path}` } },
        secrets: { signingSecret: 's' },
      });
      const wordpress = await g.admin.call('publishing.targets.add', {
        name: `WP ${path}`,
        config: { kind: 'wordpress', settings: { siteUrl: `${base}${path}`, user: 'galley' } },
        secrets: { applicationPassword: 'abcd efgh ijkl mnop qrst uvwx' },
      });
      for (const target of [webhook, wordpress]) {
        const report = await g.admin.call('publishing.targets.test', { id: target.id });
        expect(report.ok).toBe(false);
        messages.push(report.message);
      }
    }
    for (const message of messages) {
      expect(message).not.toContain('hunter2');
      expect(message).not.toContain('internal-admin-token');
    }
    // Still plain words about what is wrong.
    expect(messages[0]).toMatch(/\(HTTP 502\)/);
    expect(messages[1]).toMatch(/does not look like a WordPress site/);
  });
});
