import { createServer, type IncomingMessage, type ServerResponse, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Galley } from '../services';
import { RpcRequestSchema } from '../../shared/contract/rpc';
import { takeSessionChange } from '../ipc/session-transport';
import { PUBLISHED_FILE_CSP, RENDERER_CSP } from '../../shared/security/csp';
import { readStatic } from './static-files';
import { assetResponse, isAssetRoute } from '../assets/serve';
import { hostWindows } from './windows';
import { MAX_ASSET_UPLOAD_CHARS } from '../../shared/domain/asset';
import { JsonBodyError, readJsonBody, type JsonBodyRefusal } from '../../shared/node/json-body';
import { MAX_IMAGE_BYTES, megabytes } from '../assets/limits';
import { OPEN_PUBLISHED_PATH, OPEN_WINDOW_PATH, PUBLISHED_PREFIX, WINDOW_HEADER, WINDOW_PARAM } from '../../shared/contract/web-host';
import { PublishedPageSchema } from '../../shared/domain/publishing';
import { publishedLinks } from './published-links';
import { readPublished } from './published-files';

export interface HostOptions {
  galley: Galley;
  /** The built renderer (dist/renderer). */
  rendererDir: string;
  port?: number;
  /** Where a new address is printed when a window without one asks (the terminal that started the host). */
  announce?: (url: string) => void;
}

export interface RunningHost {
  /** The first address to open: its token opens one window, once. */
  url: string;
  origin: string;
  port: number;
  /** Another one-time address, for another window. */
  newAddress(): string;
  close(): Promise<void>;
}

/**
 * The largest call any channel takes: an image sent as base64, and room for the rest. Anything
 * larger is refused as it streams in, before a byte of it is parsed: parsing a request holds
 * the one thread every window shares.
 */
const MAX_RPC_BYTES = MAX_ASSET_UPLOAD_CHARS + 1024 * 1024;
const TOO_LARGE = `The request is larger than Galley takes in one call (${megabytes(MAX_RPC_BYTES)}): split an article that long into several, and send an image of at most ${megabytes(MAX_IMAGE_BYTES)}.`;
/** A window without an address may ask for one to be printed; not more often than this. */
const ANNOUNCE_INTERVAL_MS = 2000;
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

const json = (res: ServerResponse, status: number, value: unknown) => send(res, status, JSON.stringify(value), 'application/json');
const refusal = (code: string, message: string) => ({ ok: false, error: { code, message } });
const BODY_REFUSED: Record<JsonBodyRefusal, string> = { 'not-json-type': 'Send JSON.', 'too-large': TOO_LARGE, malformed: 'The request is not JSON.' };

const NOT_CONNECTED =
  'This window is not connected to Galley (or Galley was restarted). Open the address Galley printed in the terminal where it runs.';

/**
 * The loopback web host: the renderer, `POST /rpc` and `GET /events` from one origin, so
 * the production CSP holds. Only 127.0.0.1; Host, Origin and Sec-Fetch-Site checked so
 * other sites, other local ports and DNS rebinding get nothing; no credential in a cookie
 * (see ./windows: one-time addresses, a per-tab window key, sessions kept here).
 */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const { galley } = options;
  const windows = hostWindows();
  const links = publishedLinks();
  let origin = '';
  let allowedHosts = new Set<string>();
  let allowedOrigins = new Set<string>();
  let lastAnnounced = 0;
  const newAddress = () => `${origin}/?token=${windows.issueToken()}`;

  /** JSON in the body, or the answer already sent. A JSON content type cannot be sent cross-site without a CORS preflight, which we never grant. */
  async function readJson(req: IncomingMessage, res: ServerResponse): Promise<{ value: unknown } | null> {
    try {
      return { value: await readJsonBody(req, MAX_RPC_BYTES) };
    } catch (error) {
      if (!(error instanceof JsonBodyError)) throw error;
      json(res, error.status, refusal('BAD_INPUT', BODY_REFUSED[error.refusal]));
      return null;
    }
  }

  /** Trades a printed address's token for a window key; without a valid one, prints a new address (at most every 2 s). */
  async function handleOpenWindow(req: IncomingMessage, res: ServerResponse) {
    const body = await readJson(req, res);
    if (body === null) return;
    const token = typeof body.value === 'object' && body.value !== null ? (body.value as { token?: unknown }).token : undefined;
    const key = typeof token === 'string' && token.length <= 100 ? windows.open(token) : null;
    if (key !== null) return json(res, 200, { ok: true, value: { key } });
    const now = Date.now();
    if (options.announce && now - lastAnnounced >= ANNOUNCE_INTERVAL_MS) {
      lastAnnounced = now;
      options.announce(newAddress());
    }
    const used = typeof token === 'string' ? 'That address was already used (each opens one window), or is not from this run. ' : '';
    json(res, 403, refusal('UNAUTHENTICATED', `${used}Galley printed a new address in the terminal where it runs: open it.`));
  }

  async function handleRpc(req: IncomingMessage, res: ServerResponse) {
    const body = await readJson(req, res);
    if (body === null) return;
    const request = RpcRequestSchema.safeParse(body.value);
    if (!request.success) return json(res, 400, refusal('BAD_INPUT', 'The request is not {channel, input} JSON.'));
    const window = windows.find(req.headers[WINDOW_HEADER]);
    if (window === null) return json(res, 200, refusal('UNAUTHENTICATED', NOT_CONNECTED));
    const answer = await galley.dispatch(request.data.channel, request.data.input, window.sessionToken, window.client);
    const { result, change } = takeSessionChange(request.data.channel, answer);
    if (change.kind === 'issued') window.sessionToken = change.token;
    if (change.kind === 'ended') window.sessionToken = null;
    json(res, 200, result);
  }

  /**
   * A folder target's page, for this window to open in a new tab: the services find the page
   * (as for any call: this window's session, the input checked), and the answer is an address
   * under a grant for that folder (./published-links), since a link cannot send the window key.
   */
  async function handleOpenPublished(req: IncomingMessage, res: ServerResponse) {
    const body = await readJson(req, res);
    if (body === null) return;
    const window = windows.find(req.headers[WINDOW_HEADER]);
    if (window === null || window.sessionToken === null) return json(res, 200, refusal('UNAUTHENTICATED', NOT_CONNECTED));
    const answer = await galley.dispatch('publishing.publishedPage', body.value, window.sessionToken, window.client);
    if (!answer.ok) return json(res, 200, answer);
    const page = PublishedPageSchema.parse(answer.value);
    const grant = links.issue(page.folder, window, window.sessionToken);
    json(res, 200, { ok: true, value: { url: `${PUBLISHED_PREFIX}${grant}/${encodeURIComponent(page.fileName)}` } });
  }

  /** A file of a granted folder: read-only, by its real path inside the folder, sandboxed so that it can never run as Galley. */
  async function handlePublishedFile(res: ServerResponse, path: string) {
    const [grant = '', ...rest] = path.slice(PUBLISHED_PREFIX.length).split('/');
    const folder = links.folderOf(grant, (token) => galley.sessionFor(token) !== null);
    if (folder === null) return send(res, 403, 'This link to a published page has expired, or was opened from a window that is signed out. Open the page again from Galley.', 'text/plain; charset=utf-8');
    const file = await readPublished(folder, rest.join('/'));
    if (file === null) return send(res, 404, 'Not found.', 'text/plain; charset=utf-8');
    send(res, 200, file.body, file.mediaType, {
      'Content-Security-Policy': PUBLISHED_FILE_CSP,
      'Cache-Control': 'private, no-store',
      // The sandboxed page has an opaque origin: its own images are cross-origin to it.
      'Cross-Origin-Resource-Policy': 'cross-origin',
      ...(file.download ? { 'Content-Disposition': 'attachment' } : {}),
    });
  }

  /** The window a GET names in its address (an EventSource or an <img> cannot send a header), if signed in. */
  const signedInWindow = (url: URL) => {
    const window = windows.find(url.searchParams.get(WINDOW_PARAM));
    return window !== null && galley.sessionFor(window.sessionToken) !== null ? window : null;
  };

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
    // A published page opens in a sandbox of its own origin, so its images are asked for cross-site: the grant in the address is the credential.
    if (req.method === 'GET' && url.pathname.startsWith(PUBLISHED_PREFIX)) return handlePublishedFile(res, url.pathname);
    // Another port on 127.0.0.1 is "same-site" to a browser: only our own pages, or an address typed or pasted, get in.
    const fetchSite = req.headers['sec-fetch-site'];
    if (fetchSite !== undefined && fetchSite !== 'same-origin' && fetchSite !== 'none') {
      return send(res, 403, 'Requests from other sites are refused.', 'text/plain; charset=utf-8');
    }

    if (req.method === 'POST' && url.pathname === '/rpc') return handleRpc(req, res);
    if (req.method === 'POST' && url.pathname === OPEN_WINDOW_PATH) return handleOpenWindow(req, res);
    if (req.method === 'POST' && url.pathname === OPEN_PUBLISHED_PATH) return handleOpenPublished(req, res);
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed.', 'text/plain; charset=utf-8');

    if (isAssetRoute(url.pathname)) {
      // Images carry the same gate as /events: the key of a signed-in window.
      if (signedInWindow(url) === null) return send(res, 401, 'Not signed in.', 'text/plain; charset=utf-8');
      const asset = await assetResponse(galley.services.assets, url.pathname);
      const { 'Content-Type': mediaType = 'application/octet-stream', ...headers } = asset.headers;
      return send(res, asset.status, asset.body, mediaType, headers);
    }
    if (url.pathname === '/events') {
      if (signedInWindow(url) === null) return send(res, 401, 'Not signed in.', 'text/plain; charset=utf-8');
      return handleEvents(req, res);
    }
    // The page itself holds nothing secret: it is served to anyone on this host, and trades the token in its address itself.
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
    url: newAddress(),
    origin,
    port,
    newAddress,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
