import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

/**
 * A loopback HTTP proxy in front of a real server whose behaviour a test switches: pass
 * through, refuse connections (the listener is closed), answer with a status of its own
 * (500, 429 with Retry-After), stall past the client's deadline (before or after the
 * server did the work), or cut the connection in the middle of the server's answer.
 */

export type Fault =
  | { kind: 'status'; status: number; headers?: Record<string, string>; body?: string }
  /** Never answers; with `forward`, the real server gets the request (and does the work) first. */
  | { kind: 'stall'; forward: boolean }
  /** Forwards, then sends the head and half the body of the real answer and hangs up. */
  | { kind: 'cut' };

export interface FaultRule {
  fault: Fault;
  /** Which requests (by method and path); all when not given. */
  match?: (method: string, path: string) => boolean;
  /** How many matching requests get the fault; every one until cleared when not given. */
  times?: number;
}

export interface FaultProxy {
  url: string;
  port: number;
  /** Requests seen, for tests that check what was tried. */
  readonly log: Array<{ method: string; path: string; fault: Fault['kind'] | 'pass' }>;
  inject(rule: FaultRule): void;
  /** Stops listening: connections are refused until `accept`. */
  refuse(): Promise<void>;
  accept(): Promise<void>;
  /** Back to passing everything through (listening again, stalled connections dropped). */
  clear(): Promise<void>;
  close(): Promise<void>;
}

export async function startFaultProxy(upstream: string): Promise<FaultProxy> {
  const target = new URL(upstream);
  const rules: FaultRule[] = [];
  const log: FaultProxy['log'] = [];
  const sockets = new Set<Socket>();
  const stalled = new Set<Socket>();

  const forward = (req: IncomingMessage, onResponse: (res: IncomingMessage) => void, onError: () => void) => {
    const upstreamRequest = httpRequest(
      { host: target.hostname, port: Number(target.port), method: req.method, path: req.url, headers: { ...req.headers, host: target.host } },
      onResponse,
    );
    upstreamRequest.on('error', onError);
    req.pipe(upstreamRequest);
  };

  const ruleFor = (method: string, path: string): FaultRule | null => {
    const index = rules.findIndex((rule) => rule.match === undefined || rule.match(method, path));
    if (index < 0) return null;
    const rule = rules[index] as FaultRule;
    if (rule.times !== undefined) {
      rule.times -= 1;
      if (rule.times <= 0) rules.splice(index, 1);
    }
    return rule;
  };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const method = req.method ?? 'GET';
    const path = req.url ?? '/';
    const rule = ruleFor(method, path);
    log.push({ method, path, fault: rule?.fault.kind ?? 'pass' });
    const fault = rule?.fault;
    if (fault === undefined) {
      forward(
        req,
        (upstreamResponse) => {
          res.writeHead(upstreamResponse.statusCode ?? 502, upstreamResponse.headers);
          upstreamResponse.pipe(res);
        },
        () => res.destroy(),
      );
      return;
    }
    switch (fault.kind) {
      case 'status':
        req.resume();
        req.on('end', () => {
          res.writeHead(fault.status, { 'content-type': 'application/json', ...fault.headers });
          res.end(fault.body ?? JSON.stringify({ errors: [{ message: `fault proxy: ${fault.status}` }] }));
        });
        return;
      case 'stall':
        stalled.add(req.socket);
        if (fault.forward) forward(req, (upstreamResponse) => upstreamResponse.resume(), () => undefined);
        else req.resume();
        return;
      case 'cut':
        forward(
          req,
          (upstreamResponse) => {
            const chunks: Buffer[] = [];
            upstreamResponse.on('data', (chunk: Buffer) => chunks.push(chunk));
            upstreamResponse.on('end', () => {
              const body = Buffer.concat(chunks);
              const headers = { ...upstreamResponse.headers, 'content-length': String(body.length) };
              delete headers['transfer-encoding'];
              res.writeHead(upstreamResponse.statusCode ?? 200, headers);
              res.write(body.subarray(0, Math.floor(body.length / 2)));
              // Let the half go out, then hang up without finishing.
              setTimeout(() => req.socket.destroy(), 50);
            });
          },
          () => res.destroy(),
        );
        return;
    }
  };

  let server: Server = createServer(handle);
  const track = (s: Server) => s.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => {
      sockets.delete(socket);
      stalled.delete(socket);
    });
  });
  track(server);
  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        const address = server.address();
        resolve(typeof address === 'object' && address !== null ? address.port : port);
      });
    });
  const port = await listen(0);
  let listening = true;

  const stopListening = async () => {
    if (!listening) return;
    listening = false;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const socket of sockets) socket.destroy();
    await closed;
  };

  const proxy: FaultProxy = {
    url: `http://127.0.0.1:${port}`,
    port,
    log,
    inject: (rule) => void rules.push({ ...rule }),
    refuse: stopListening,
    async accept() {
      if (listening) return;
      server = createServer(handle);
      track(server);
      await listen(port);
      listening = true;
    },
    async clear() {
      rules.length = 0;
      for (const socket of stalled) socket.destroy();
      stalled.clear();
      await proxy.accept();
    },
    async close() {
      rules.length = 0;
      await stopListening();
    },
  };
  return proxy;
}
