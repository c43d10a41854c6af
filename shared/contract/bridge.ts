import type { RpcResult } from './rpc';

/**
 * The only thing the renderer knows of the main side. The Electron preload exposes one
 * as `window.galley`; in the browser, renderer/platform builds one over HTTP and SSE.
 * Both carry untyped values: the typed client in renderer/platform parses them.
 */
export interface Bridge {
  readonly transport: 'electron' | 'web';
  invoke(channel: string, input: unknown): Promise<RpcResult<unknown>>;
  /** Opens a folder target's page (OpenPublishedInput): the app hands it to the system, the web host answers with an address. */
  openPublished(input: unknown): Promise<RpcResult<unknown>>;
  /** Returns a function that stops listening. */
  onEvent(listener: (event: unknown) => void): () => void;
}
