import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Bridge } from '../../../shared/contract/bridge';
import { IPC_EVENT, IPC_OPEN_PUBLISHED, IPC_RPC } from '../../../shared/contract/rpc';

const electron = vi.hoisted(() => {
  type Listener = (event: unknown, payload: unknown) => void;
  const listeners = new Map<string, Set<Listener>>();
  return {
    listeners,
    contextBridge: { exposeInMainWorld: vi.fn<(key: string, api: unknown) => void>() },
    ipcRenderer: {
      invoke: vi.fn<(channel: string, request: unknown) => Promise<unknown>>(),
      on: vi.fn((channel: string, listener: Listener) => {
        const set = listeners.get(channel) ?? new Set<Listener>();
        set.add(listener);
        listeners.set(channel, set);
      }),
      removeListener: vi.fn((channel: string, listener: Listener) => {
        listeners.get(channel)?.delete(listener);
      }),
    },
  };
});
vi.mock('electron', () => ({ contextBridge: electron.contextBridge, ipcRenderer: electron.ipcRenderer }));

const PRELOAD_PATH = fileURLToPath(new URL('../../../electron/preload/index.ts', import.meta.url));

/** Loads the preload afresh and returns what it exposed to the page. */
async function exposedBridge(): Promise<Bridge> {
  vi.resetModules();
  electron.contextBridge.exposeInMainWorld.mockClear();
  await import('../../../electron/preload/index');
  expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
  const [key, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0] ?? [];
  expect(key).toBe('galley');
  return api as Bridge;
}

/** What the main side would send on a channel: the event object first, then the payload. */
function emitFromMain(channel: string, payload: unknown): void {
  const ipcEventObject = { sender: 'the ipcRenderer itself', ports: [] };
  for (const listener of electron.listeners.get(channel) ?? []) listener(ipcEventObject, payload);
}

describe('the preload bridge', () => {
  beforeEach(() => {
    electron.listeners.clear();
    electron.ipcRenderer.invoke.mockReset();
  });

  it('exposes window.galley with invoke, onEvent and transport, and nothing else', async () => {
    const bridge = await exposedBridge();
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'onEvent', 'openPublished', 'transport']);
    expect(bridge.transport).toBe('electron');
    expect(Object.values(bridge)).not.toContain(electron.ipcRenderer);
  });

  it('sends a call on galley:rpc as {channel, input} and returns the result', async () => {
    const bridge = await exposedBridge();
    const result = { ok: true, value: { items: [], total: 0 } };
    electron.ipcRenderer.invoke.mockResolvedValue(result);

    await expect(bridge.invoke('articles.list', { query: 'budget' })).resolves.toEqual(result);
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(IPC_RPC, {
      channel: 'articles.list',
      input: { query: 'budget' },
    });
  });

  it('asks main to open a published page on its own channel, with only what the page names', async () => {
    const bridge = await exposedBridge();
    const result = { ok: true, value: { url: null } };
    electron.ipcRenderer.invoke.mockResolvedValue(result);
    const input = { articleId: 'a', targetId: 't' };
    await expect(bridge.openPublished(input)).resolves.toEqual(result);
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(IPC_OPEN_PUBLISHED, input);
  });

  it('answers with an error result, not an exception, when a call cannot be sent', async () => {
    const bridge = await exposedBridge();
    electron.ipcRenderer.invoke.mockRejectedValue(new Error('An object could not be cloned.'));
    const result = await bridge.invoke('articles.list', {});
    expect(result.ok).toBe(false);
  });

  it('hands listeners the event payload only, never the IPC event object', async () => {
    const bridge = await exposedBridge();
    const received: unknown[] = [];
    bridge.onEvent((event) => received.push(event));

    emitFromMain(IPC_EVENT, { type: 'articles.listChanged' });

    expect(received).toEqual([{ type: 'articles.listChanged' }]);
  });

  it('stops delivering events once unsubscribed', async () => {
    const bridge = await exposedBridge();
    const received: unknown[] = [];
    const unsubscribe = bridge.onEvent((event) => received.push(event));
    unsubscribe();
    emitFromMain(IPC_EVENT, { type: 'articles.listChanged' });
    expect(received).toEqual([]);
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledWith(IPC_EVENT, expect.any(Function));
  });

  it('uses the same channel names as the contract', () => {
    // The preload repeats the names because a sandboxed preload cannot import shared/.
    const source = readFileSync(PRELOAD_PATH, 'utf8');
    expect(source).toContain(`const IPC_RPC = '${IPC_RPC}';`);
    expect(source).toContain(`const IPC_EVENT = '${IPC_EVENT}';`);
    expect(source).toContain(`const IPC_OPEN_PUBLISHED = '${IPC_OPEN_PUBLISHED}';`);
  });

  it('bundles to code that requires nothing but electron (a sandboxed preload can load nothing else)', async () => {
    const output = await build({
      entryPoints: [PRELOAD_PATH],
      bundle: true,
      write: false,
      format: 'cjs',
      platform: 'node',
      external: ['electron'],
      logLevel: 'silent',
    });
    const code = output.outputFiles[0]?.text ?? '';
    const required = [...code.matchAll(/require\(["']([^"']+)["']\)/g)].map((match) => match[1]);
    expect(required).toEqual(['electron']);
    // Nothing from shared/ (zod and all) was pulled in.
    expect(code).not.toMatch(/zod|safeParse/);
    expect(code.length).toBeLessThan(4_000);
  });
});
