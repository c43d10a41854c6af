import { describe, expect, it, vi } from 'vitest';
import type { WebContents } from 'electron';
import { IPC_RPC, type RpcResult } from '../../../shared/contract/rpc';
import type { Session } from '../../../shared/domain/session';
import {
  createRpcHandler,
  registerRpcHandler,
  type RpcDispatcher,
  type SenderEvent,
} from '../../../electron/app/ipc';

const SESSION: Session = { userId: '5d7c0e4a-1f3b-4c2d-8e9f-0a1b2c3d4e5f', displayName: 'Ada', role: 'writer' };
const ARTICLE_ID = '0b6f1d2e-6c1a-4c3e-9b1f-2a3b4c5d6e7f';

const ourContents = { id: 1 } as unknown as WebContents;
const ourOtherWindow = { id: 3 } as unknown as WebContents;
const strangerContents = { id: 2 } as unknown as WebContents;
const isOurWebContents = (contents: WebContents): boolean => contents === ourContents || contents === ourOtherWindow;

function fakeGalley(result: RpcResult<unknown> = { ok: true, value: { id: ARTICLE_ID } }) {
  const dispatch = vi.fn<RpcDispatcher['dispatch']>(() => Promise.resolve(result));
  const galley: RpcDispatcher = { dispatch };
  return { galley, dispatch };
}

type FakeFrame = { url: string; parent: FakeFrame | null };

function senderEvent(frame: FakeFrame | null, sender: WebContents = ourContents): SenderEvent {
  return { sender, senderFrame: frame } as unknown as SenderEvent;
}

const ourTopFrame: FakeFrame = { url: 'app://galley/index.html', parent: null };
const request = { channel: 'articles.get', input: { id: ARTICLE_ID } };

describe('the IPC sender check', () => {
  it('passes a request from our window to the services, with no session before it signs in', async () => {
    const { galley, dispatch } = fakeGalley();
    const handle = createRpcHandler(galley, isOurWebContents);

    const result = await handle(senderEvent(ourTopFrame), request);

    expect(dispatch).toHaveBeenCalledExactlyOnceWith('articles.get', { id: ARTICLE_ID }, null);
    expect(result).toEqual({ ok: true, value: { id: ARTICLE_ID } });
  });

  it.each([
    ['a frame showing a web page', senderEvent({ url: 'https://evil.example/', parent: null })],
    ['a frame showing a local file', senderEvent({ url: 'file:///tmp/evil.html', parent: null })],
    ['a frame on another app:// host', senderEvent({ url: 'app://evil/index.html', parent: null })],
    ['an embedded frame, even on our origin', senderEvent({ url: 'app://galley/x.html', parent: ourTopFrame })],
    ['a frame that has gone away', senderEvent(null)],
    ['a webContents that is not one of our windows', senderEvent(ourTopFrame, strangerContents)],
  ])('refuses %s with FORBIDDEN and never dispatches', async (_name, event) => {
    const { galley, dispatch } = fakeGalley();
    const result = await createRpcHandler(galley, isOurWebContents)(event, request);
    expect(result).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: expect.any(String) } });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'articles.get'],
    ['a numeric channel', { channel: 7, input: {} }],
    ['an overlong channel', { channel: 'x'.repeat(101), input: {} }],
  ])('answers a malformed request (%s) with BAD_INPUT', async (_name, malformed) => {
    const { galley, dispatch } = fakeGalley();
    const result = await createRpcHandler(galley, isOurWebContents)(senderEvent(ourTopFrame), malformed);
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('passes error results from the services through unchanged', async () => {
    const notFound: RpcResult<unknown> = { ok: false, error: { code: 'NOT_FOUND', message: 'No such article.' } };
    const { galley } = fakeGalley(notFound);
    const result = await createRpcHandler(galley, isOurWebContents)(senderEvent(ourTopFrame), request);
    expect(result).toEqual(notFound);
  });

  it('turns a thrown bug into INTERNAL without sending its details to the window', async () => {
    const galley: RpcDispatcher = {
      dispatch: () => Promise.reject(new Error('SQLITE_CORRUPT at /home/ada/secret/path')),
    };
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const result = await createRpcHandler(galley, isOurWebContents)(senderEvent(ourTopFrame), request);
    logged.mockRestore();
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(result)).not.toContain('secret');
  });

  it('listens on the galley:rpc channel', () => {
    const ipcMain = { handle: vi.fn() };
    const handler = createRpcHandler(fakeGalley().galley, isOurWebContents);
    registerRpcHandler(ipcMain, handler);
    expect(IPC_RPC).toBe('galley:rpc');
    expect(ipcMain.handle).toHaveBeenCalledExactlyOnceWith('galley:rpc', handler);
  });
});

describe('the session of each window', () => {
  const grant = { session: SESSION, expiresAt: '2030-01-01T00:00:00.000Z', token: 'the-session-secret' };
  const signInRequest = { channel: 'auth.signIn', input: { name: 'ada', password: 'correct horse battery' } };

  function galleyThatSignsIn() {
    const dispatch = vi.fn<RpcDispatcher['dispatch']>((channel) =>
      Promise.resolve<RpcResult<unknown>>(
        channel === 'auth.signIn' ? { ok: true, value: grant } : channel === 'auth.signOut' ? { ok: true, value: { signedOut: true } } : { ok: true, value: 'done' },
      ),
    );
    return { galley: { dispatch } satisfies RpcDispatcher, dispatch };
  }

  it('keeps the token of a sign-in in the main process: the page gets the answer without it', async () => {
    const { galley, dispatch } = galleyThatSignsIn();
    const handle = createRpcHandler(galley, isOurWebContents);

    const answer = await handle(senderEvent(ourTopFrame), signInRequest);
    expect(answer).toEqual({ ok: true, value: { session: SESSION, expiresAt: grant.expiresAt } });
    expect(JSON.stringify(answer)).not.toContain('the-session-secret');

    await handle(senderEvent(ourTopFrame), request);
    expect(dispatch).toHaveBeenLastCalledWith('articles.get', { id: ARTICLE_ID }, 'the-session-secret');
  });

  it('gives each window its own session, and uses nothing the page sends as one', async () => {
    const { galley, dispatch } = galleyThatSignsIn();
    const handle = createRpcHandler(galley, isOurWebContents);
    await handle(senderEvent(ourTopFrame), signInRequest);

    await handle(senderEvent(ourTopFrame, ourOtherWindow), { channel: 'articles.list', input: { token: 'the-session-secret' } });
    expect(dispatch).toHaveBeenLastCalledWith('articles.list', { token: 'the-session-secret' }, null);
  });

  it('forgets the token when the window signs out, or when the services say the session has ended', async () => {
    const { galley, dispatch } = galleyThatSignsIn();
    const handle = createRpcHandler(galley, isOurWebContents);
    await handle(senderEvent(ourTopFrame), signInRequest);
    await handle(senderEvent(ourTopFrame), { channel: 'auth.signOut', input: {} });
    await handle(senderEvent(ourTopFrame), request);
    expect(dispatch).toHaveBeenLastCalledWith('articles.get', { id: ARTICLE_ID }, null);

    await handle(senderEvent(ourTopFrame), signInRequest);
    dispatch.mockResolvedValueOnce({ ok: false, error: { code: 'UNAUTHENTICATED', message: 'Session expired.' } });
    await handle(senderEvent(ourTopFrame), request);
    await handle(senderEvent(ourTopFrame), request);
    expect(dispatch).toHaveBeenLastCalledWith('articles.get', { id: ARTICLE_ID }, null);
  });
});
