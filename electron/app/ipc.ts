import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { IPC_RPC, RpcRequestSchema, type RpcResult } from '../../shared/contract/rpc';
import { takeSessionChange } from '../ipc/session-transport';
import { isAppUrl } from './app-url';

/** The part of the services the IPC transport needs: nothing more is reachable from a window. */
export interface RpcDispatcher {
  dispatch(channel: unknown, input: unknown, sessionToken: string | null): Promise<RpcResult<unknown>>;
}

export type SenderEvent = Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>;

/**
 * A request is served only from the top frame of one of our windows while it shows our
 * own app:// page. A frame that navigated elsewhere, an embedded frame, or a
 * webContents we did not create (devtools, a stray window) gets nothing.
 */
export function isTrustedSender(
  event: SenderEvent,
  isOurWebContents: (contents: WebContents) => boolean,
): boolean {
  const frame = event.senderFrame;
  if (frame === null) return false;
  if (frame.parent !== null) return false;
  if (!isAppUrl(frame.url)) return false;
  return isOurWebContents(event.sender);
}

const failure = (code: 'FORBIDDEN' | 'BAD_INPUT' | 'INTERNAL', message: string): RpcResult<never> => ({
  ok: false,
  error: { code, message },
});

export type RpcHandler = (event: SenderEvent, request: unknown) => Promise<RpcResult<unknown>>;

/**
 * Each window's session token, kept in the main process only: the page never sees it, a
 * reload keeps it, and it goes with the window (a WeakMap entry dies with its webContents).
 */
export type SessionTokens = WeakMap<WebContents, string>;

export function createRpcHandler(
  galley: RpcDispatcher,
  isOurWebContents: (contents: WebContents) => boolean,
  tokens: SessionTokens = new WeakMap(),
): RpcHandler {
  return async (event, request) => {
    if (!isTrustedSender(event, isOurWebContents)) {
      return failure('FORBIDDEN', 'This page is not allowed to talk to Galley.');
    }
    const parsed = RpcRequestSchema.safeParse(request);
    if (!parsed.success) {
      return failure('BAD_INPUT', 'A request needs a channel name and an input.');
    }
    try {
      // The session is the one this window signed in with, never anything the page sends.
      const answer = await galley.dispatch(parsed.data.channel, parsed.data.input, tokens.get(event.sender) ?? null);
      const { result, change } = takeSessionChange(parsed.data.channel, answer);
      if (change.kind === 'issued') tokens.set(event.sender, change.token);
      else if (change.kind === 'ended') tokens.delete(event.sender);
      return result;
    } catch (error) {
      // dispatch reports failures as results; reaching here is a bug, so log it in full
      // and send the window nothing but a generic message.
      console.error('galley: dispatch threw', error);
      return failure('INTERNAL', 'Something went wrong inside Galley; the details are in its log.');
    }
  };
}

export function registerRpcHandler(ipcMain: Pick<IpcMain, 'handle'>, handler: RpcHandler): void {
  ipcMain.handle(IPC_RPC, handler);
}
