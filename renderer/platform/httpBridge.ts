import type { Bridge } from '../../shared/contract/bridge';
import { RpcResultSchema, type RpcResult } from '../../shared/contract/rpc';

const UNREACHABLE =
  "Galley's server can't be reached. Your work is kept in this window; check that Galley is still running.";

/**
 * The bridge in a plain browser, talking to the loopback web host: `POST /rpc` for calls and
 * one shared `EventSource('/events')` for pushed events. The session cookie set by the host's
 * token URL authenticates both, so nothing here carries a credential.
 */
export function createHttpBridge(origin: string = ''): Bridge {
  const listeners = new Set<(event: unknown) => void>();
  let source: EventSource | null = null;

  const openEvents = () => {
    source = new EventSource(`${origin}/events`, { withCredentials: true });
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

  return {
    transport: 'web',

    async invoke(channel: string, input: unknown): Promise<RpcResult<unknown>> {
      let response: Response;
      try {
        response = await fetch(`${origin}/rpc`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          credentials: 'same-origin',
          body: JSON.stringify({ channel, input }),
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
    },

    onEvent(listener) {
      listeners.add(listener);
      if (source === null) openEvents();
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
