import type { Bridge } from '../../shared/contract/bridge';
import { RpcResultSchema, type RpcResult } from '../../shared/contract/rpc';
import { OPEN_PUBLISHED_PATH, WINDOW_HEADER, WINDOW_PARAM } from '../../shared/contract/web-host';
import { connectWindow } from './windowKey';

const RPC_PATH = '/rpc';
const UNREACHABLE =
  "Galley's server can't be reached. Your work is kept in this window; check that Galley is still running.";

/**
 * The bridge in a plain browser, talking to the loopback web host: `POST /rpc` for calls and
 * one shared `EventSource('/events')` for pushed events. Both carry this tab's window key
 * (./windowKey), never a cookie: the host keeps the session against the key.
 */
export function createHttpBridge(origin: string = ''): Bridge {
  const listeners = new Set<(event: unknown) => void>();
  let source: EventSource | null = null;
  const connection = connectWindow(origin);

  const openEvents = (key: string) => {
    source = new EventSource(`${origin}/events?${WINDOW_PARAM}=${encodeURIComponent(key)}`);
    source.addEventListener('message', (message: MessageEvent<string>) => {
      let data: unknown;
      try {
        data = JSON.parse(message.data);
      } catch {
        return; // not JSON: a keep-alive or a malformed line, nothing a listener can use
      }
      for (const listener of listeners) listener(data);
    });
  };

  /** A JSON POST to the host with this tab's window key, answered with an RpcResult. */
  async function post(path: string, body: unknown): Promise<RpcResult<unknown>> {
    const connected = await connection;
    if (connected.key === null) return { ok: false, error: { code: 'UNAUTHENTICATED', message: connected.message } };
    let response: Response;
    try {
      response = await fetch(`${origin}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [WINDOW_HEADER]: connected.key },
        credentials: 'omit',
        body: JSON.stringify(body),
      });
    } catch {
      return { ok: false, error: { code: 'INTERNAL', message: UNREACHABLE } };
    }
    let json: unknown;
    try {
      json = await response.json();
    } catch {
      return {
        ok: false,
        error: { code: 'INTERNAL', message: `The server answered ${response.status} without a readable result.` },
      };
    }
    const parsed = RpcResultSchema.safeParse(json);
    if (!parsed.success) {
      return { ok: false, error: { code: 'INTERNAL', message: 'The server sent a reply Galley does not understand.' } };
    }
    return parsed.data;
  }

  return {
    transport: 'web',

    invoke: (channel: string, input: unknown) => post(RPC_PATH, { channel, input }),

    // The host answers with an address under a short grant (a link cannot send the window key); opening it is the caller's.
    openPublished: (input: unknown) => post(OPEN_PUBLISHED_PATH, input),

    onEvent(listener) {
      listeners.add(listener);
      void connection.then((connected) => {
        if (connected.key !== null && source === null && listeners.size > 0) openEvents(connected.key);
      });
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && source !== null) {
          source.close();
          source = null;
        }
      };
    },
  };
}
