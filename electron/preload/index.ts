import { contextBridge, ipcRenderer } from 'electron';
import type { Bridge } from '../../shared/contract/bridge';
import type { RpcResult } from '../../shared/contract/rpc';

/*
 * Runs in a sandboxed preload, which can require nothing but 'electron': imports from
 * shared/ are type-only, so the channel names are repeated here (a test checks they
 * match IPC_RPC and IPC_EVENT). The page never sees ipcRenderer or an IPC event object.
 */
const IPC_RPC = 'galley:rpc';
const IPC_EVENT = 'galley:event';
const IPC_OPEN_PUBLISHED = 'galley:open-published';

const bridge: Bridge = {
  transport: 'electron',
  async invoke(channel, input) {
    try {
      return (await ipcRenderer.invoke(IPC_RPC, { channel, input })) as RpcResult<unknown>;
    } catch {
      // The main side answers every request with a result; a rejection means the
      // request could not even be sent (the input could not be cloned, or the app is closing).
      return {
        ok: false,
        error: { code: 'BAD_INPUT', message: 'This request could not be sent to Galley.' },
      };
    }
  },
  async openPublished(input) {
    try {
      return (await ipcRenderer.invoke(IPC_OPEN_PUBLISHED, input)) as RpcResult<unknown>;
    } catch {
      return { ok: false, error: { code: 'BAD_INPUT', message: 'This request could not be sent to Galley.' } };
    }
  },
  onEvent(listener) {
    const forward = (_event: unknown, payload: unknown): void => listener(payload);
    ipcRenderer.on(IPC_EVENT, forward);
    return () => {
      ipcRenderer.removeListener(IPC_EVENT, forward);
    };
  },
};

contextBridge.exposeInMainWorld('galley', bridge);
