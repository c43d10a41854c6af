import { createServer, type IncomingMessage, type ServerResponse, type Server } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Galley } from '../services';
import { RpcRequestSchema } from '../../shared/contract/rpc';
import { takeSessionChange, type SessionChange } from '../ipc/session-transport';
import { RENDERER_CSP } from '../../shared/security/csp';
import { readStatic } from './static-files';
import { assetResponse, isAssetRoute } from '../assets/serve';

export interface HostOptions {
  galley: Galley;
  /** The built renderer (dist/renderer). */
  rendererDir: string;
  port?: number;
  /** Fixed for tests that need to know it; random per run otherwise. */
  token?: string;
}

export interface RunningHost {
  url: string;
  origin: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/** The first gate: proves the browser opened the address this run printed. */
const COOKIE = 'galley_token';
/** The second: who is signed in. Set by the host from a sign-in's answer, never readable by the page. */
const SESSION_COOKIE = 'galley_session';
const MAX_RPC_BYTES = 64 * 1024 * 1024;
const KEEP_ALIVE_MS = 310_000;

const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': RENDERER_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

/**
 * Vite names what it emits under assets/ by a hash of the content, so a name never changes
 * meaning: the browser may keep it, and with it the compiled code V8 caches beside it (the
 * next window starts without compiling the renderer again). index.html stays no-store.
 */
const IMMUTABLE = { 'Cache-Control': 'public, max-age=31536000, immutable' };
const isHashedBuildFile = (path: string) => /^\/assets\/[\w.-]+-[\w-]{8}\.(js|css|svg|woff2)$/.test(path);

function send(res: ServerResponse, status: number, body: string | Buffer, mediaType: string, extra: Record<string, string> = {}) {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': mediaType, 'Cache-Control': 'no-store', ...extra });
  res.end(body);
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function readCookie(req: IncomingMessage, wanted: string): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === wanted) return rest.join('=');
  }
  return null;
}

/** The Set-Cookie that carries a session change to the browser, if any. */
function sessionCookieHeader(change: SessionChange): Record<string, string> {
  switch (change.kind) {
    case 'issued':
      // No Max-Age: the cookie ends with the browser; the session itself expires on the server.
      return { 'Set-Cookie': `${SESSION_COOKIE}=${change.token}; HttpOnly; SameSite=Strict; Path=/` };
    case 'ended':
      return { 'Set-Cookie': `${SESSION_COOKIE}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0` };
    case 'unchanged':
      return {};
  }
}

async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > limit) throw new Error('too large');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

const NOT_SIGNED_IN_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Galley</title></head>
<body><main><h1>Galley</h1><p>Open the address that <code>npm run start:web</code> (or <code>galley serve</code>)
printed in your terminal: it carries the access key for this session.</p></main></body></html>`;

/**
 * The loopback web host: the renderer, `POST /rpc` and `GET /events` from one origin, so
 * the production CSP holds. Only 127.0.0.1; a random token per run, exchanged once for an
 * HttpOnly cookie; Host and Origin checked so other sites and DNS rebinding get nothing.
 */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const { galley } = options;
  let origin = '';
  let allowedHosts = new Set<string>();
  let allowedOrigins = new Set<string>();

  const authorised = (req: IncomingMessage) => {
    const presented = readCookie(req, COOKIE);
    return presented !== null && sameSecret(presented, token);
  };

  async function handleRpc(req: IncomingMessage, res: ServerResponse) {
    const contentType = req.headers['content-type'] ?? '';
    // A JSON content type cannot be sent cross-site without a CORS preflight, which we never grant.
    if (!contentType.startsWith('application/json')) {
      return send(res, 415, JSON.stringify({ ok: false, error: { code: 'BAD_INPUT', message: 'Send JSON.' } }), 'application/json');
    }
    let text: string;
    try {
      text = await readBody(req, MAX_RPC_BYTES);
    } catch {
      return send(res, 413, JSON.stringify({ ok: false, error: { code: 'BAD_INPUT', message: 'The request is too large.' } }), 'application/json');
    }
    let request;
    try {
      request = RpcRequestSchema.parse(JSON.parse(text));
    } catch {
      return send(res, 400, JSON.stringify({ ok: false, error: { code: 'BAD_INPUT', message: 'The request is not {channel, input} JSON.' } }), 'application/json');
    }
    if (!authorised(req)) {
      const refused = { ok: false, error: { code: 'UNAUTHENTICATED', message: 'Open the address Galley printed when it started.' } };
      return send(res, 200, JSON.stringify(refused), 'application/json');
    }
    const answer = await galley.dispatch(request.channel, request.input, readCookie(req, SESSION_COOKIE));
    const { result, change } = takeSessionChange(request.channel, answer);
    send(res, 200, JSON.stringify(result), 'application/json', sessionCookieHeader(change));
  }

  function handleEvents(req: IncomingMessage, res: ServerResponse) {
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': 'text/event-stream',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    res.write(': connected\n\n');
    const unsubscribe = galley.events.subscribe((event) => res.write(`data: ${JSON.stringify(event)}\n\n`));
    const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), 15_000);
    req.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
    });
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    if (!allowedHosts.has(req.headers.host ?? '')) return send(res, 421, 'Wrong host.', 'text/plain; charset=utf-8');
    const reqOrigin = req.headers.origin;
    if (reqOrigin !== undefined && !allowedOrigins.has(reqOrigin)) return send(res, 403, 'Cross-origin requests are refused.', 'text/plain; charset=utf-8');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');

    if (req.method === 'POST' && url.pathname === '/rpc') return handleRpc(req, res);
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed.', 'text/plain; charset=utf-8');

    if (isAssetRoute(url.pathname)) {
      // Images carry the same two gates as /events: this run's cookie and a signed-in person.
      if (!authorised(req) || galley.sessionFor(readCookie(req, SESSION_COOKIE)) === null) {
        return send(res, 401, 'Not signed in.', 'text/plain; charset=utf-8');
      }
      const asset = await assetResponse(galley.services.assets, url.pathname);
      const { 'Content-Type': mediaType = 'application/octet-stream', ...headers } = asset.headers;
      return send(res, asset.status, asset.body, mediaType, headers);
    }
    if (url.pathname === '/events') {
      if (!authorised(req) || galley.sessionFor(readCookie(req, SESSION_COOKIE)) === null) {
        return send(res, 401, 'Not signed in.', 'text/plain; charset=utf-8');
      }
      return handleEvents(req, res);
    }
    const presented = url.searchParams.get('token');
    if (presented !== null) {
      if (!sameSecret(presented, token)) return send(res, 403, NOT_SIGNED_IN_PAGE, 'text/html; charset=utf-8');
      // Trade the token in the address bar for a cookie, and drop it from the address.
      return send(res, 303, '', 'text/plain; charset=utf-8', {
        'Set-Cookie': `${COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`,
        Location: '/',
      });
    }
    if ((url.pathname === '/' || url.pathname === '/index.html') && !authorised(req)) {
      return send(res, 401, NOT_SIGNED_IN_PAGE, 'text/html; charset=utf-8');
    }
    const file = await readStatic(options.rendererDir, url.pathname);
    if (!file) return send(res, 404, 'Not found.', 'text/plain; charset=utf-8');
    send(res, 200, file.body, file.mediaType, isHashedBuildFile(url.pathname) ? IMMUTABLE : {});
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('galley host: request failed', error);
      if (!res.headersSent) send(res, 500, 'Internal error.', 'text/plain; charset=utf-8');
      else res.end();
    });
  });
  // Node closes a keep-alive connection after 5 s idle. A browser that sends its next call on
  // that connection as it closes gets a reset, and a POST is not sent again: the writer would
  // see "can't be reached" for a call the host never saw. Chromium drops a connection after
  // 5 minutes idle; a little longer here, and the close always comes from the browser's side.
  // (An idle connection is not held to headersTimeout, so that bound on a slow request stays.)
  server.keepAliveTimeout = KEEP_ALIVE_MS;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  allowedOrigins = new Set([...allowedHosts].map((host) => `http://${host}`));

  return {
    url: `${origin}/?token=${token}`,
    origin,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
