import { afterEach } from 'vitest';
import { openGalley, type Galley } from '../../electron/services';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/contract/channels';
import type { RpcResult } from '../../shared/contract/rpc';
import type { GalleyEvent } from '../../shared/contract/events';
import { useTempDirs } from './temp-dir';

export interface TestGalley {
  galley: Galley;
  dataDir: string;
  events: GalleyEvent[];
  /** Calls a channel as the local user and returns the raw result. */
  raw(channel: string, input: unknown): Promise<RpcResult<unknown>>;
  /** Calls a channel and returns its value, failing the test on an error result. */
  call<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>;
}

/** A Galley on a real SQLite file in a fresh directory, closed after each test. */
export function useGalley(): (dataDir?: string) => TestGalley {
  const tempDir = useTempDirs();
  const open: Galley[] = [];
  afterEach(() => {
    for (const g of open.splice(0)) g.close();
  });
  return (dataDir = tempDir()) => {
    const galley = openGalley({ dataDir, log: () => {} });
    open.push(galley);
    const events: GalleyEvent[] = [];
    galley.events.subscribe((e) => events.push(e));
    const raw = (channel: string, input: unknown) => galley.dispatch(channel, input, galley.localSession());
    return {
      galley,
      dataDir,
      events,
      raw,
      async call(channel, input) {
        const result = await raw(channel, input);
        if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
        return result.value as never;
      },
    };
  };
}
