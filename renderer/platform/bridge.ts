import type { Bridge } from '../../shared/contract/bridge';
import { GalleyEventSchema, type GalleyEvent } from '../../shared/contract/events';
import { createHttpBridge } from './httpBridge';

function isBridge(value: unknown): value is Bridge {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Record<keyof Bridge, unknown>>;
  return (
    (candidate.transport === 'electron' || candidate.transport === 'web') &&
    typeof candidate.invoke === 'function' &&
    typeof candidate.openPublished === 'function' &&
    typeof candidate.onEvent === 'function'
  );
}

/** The preload's bridge inside Electron; otherwise the HTTP bridge to the web host that served this page. */
export function pickBridge(scope: object = window): Bridge {
  const exposed: unknown = (scope as { galley?: unknown }).galley;
  return isBridge(exposed) ? exposed : createHttpBridge();
}

/**
 * Listens to the bridge's events, passing on only those that match the contract: the other
 * side of the bridge is another process, so its messages are checked like any input.
 */
export function onGalleyEvent(bridge: Bridge, listener: (event: GalleyEvent) => void): () => void {
  return bridge.onEvent((raw) => {
    const parsed = GalleyEventSchema.safeParse(raw);
    if (parsed.success) listener(parsed.data);
    else console.warn('Galley ignored an event that does not match the contract.', parsed.error.issues[0]);
  });
}
