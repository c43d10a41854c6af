import { describe, expect, it, vi } from 'vitest';
import { realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WebContents } from 'electron';
import { createOpenPublishedHandler, registerOpenPublishedHandler } from '../../../electron/app/open-published';
import type { SenderEvent, SessionTokens } from '../../../electron/app/ipc';
import { IPC_OPEN_PUBLISHED } from '../../../shared/contract/rpc';
import { useGalley } from '../../support/galley';
import { useTempDirs } from '../../support/temp-dir';
import { bodyOf } from '../../support/bodies';
import { approvedArticle, newsroom, step } from '../../support/publishing';
import { para } from '../../unit/checks/source-fixtures';

/*
 * Opening a folder target's page in the app: the real services (a real SQLite file, a real
 * folder the outbox wrote), with only Electron's shell and window stood in for.
 */

const newGalley = useGalley();
const tempDir = useTempDirs();

const ourWindow = { id: 1 } as unknown as WebContents;
const isOurWebContents = (contents: WebContents) => contents === ourWindow;
const fromOurPage = { sender: ourWindow, senderFrame: { url: 'app://galley/index.html', parent: null } } as unknown as SenderEvent;

async function publishedInApp() {
  const g = newGalley();
  const n = newsroom(g);
  const articleId = await approvedArticle(n, bodyOf(para('The council voted on Tuesday.')));
  await step(n.desk, { articleId, action: 'publish' });
  await g.galley.services.publishing.drain();
  const folder = (await g.admin.call('publishing.targets.list', {})).find((t) => t.config.kind === 'folder')!;
  const tokens: SessionTokens = new WeakMap();
  tokens.set(ourWindow, n.desk.token);
  const shell = { openPath: vi.fn((_path: string) => Promise.resolve('')) };
  const handle = createOpenPublishedHandler(g.galley, isOurWebContents, tokens, shell);
  return { g, handle, shell, tokens, input: { articleId, targetId: folder.id }, dir: join(g.dataDir, 'published') };
}

describe('opening a published page in the app', () => {
  it('asks the system to open the page the folder target wrote, by its real path inside the folder', async () => {
    const { handle, shell, input, dir } = await publishedInApp();
    expect(await handle(fromOurPage, input)).toEqual({ ok: true, value: { url: null } });
    expect(shell.openPath).toHaveBeenCalledExactlyOnceWith(join(realpathSync(dir), 'harbour-bridge.html'));
  });

  it('opens nothing for another page, a window not signed in, a bad request or a page that is now a link out of the folder', async () => {
    const { handle, shell, input, dir, tokens } = await publishedInApp();
    const stranger = { sender: { id: 2 }, senderFrame: { url: 'app://galley/index.html', parent: null } } as unknown as SenderEvent;
    const webPage = { sender: ourWindow, senderFrame: { url: 'https://evil.example/', parent: null } } as unknown as SenderEvent;
    expect(await handle(stranger, input)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await handle(webPage, input)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await handle(fromOurPage, { ...input, path: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(await handle(fromOurPage, { ...input, targetId: '../../etc' })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });

    // The page replaced by a symbolic link to a file outside the folder.
    const outside = join(tempDir(), 'secret.html');
    writeFileSync(outside, 'TOP SECRET');
    const page = join(dir, 'harbour-bridge.html');
    rmSync(page);
    symlinkSync(outside, page);
    expect(await handle(fromOurPage, input)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

    tokens.delete(ourWindow);
    expect(await handle(fromOurPage, input)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(shell.openPath).not.toHaveBeenCalled();
  });

  it('says what the system answered when it could not open the page', async () => {
    const { handle, shell, input } = await publishedInApp();
    shell.openPath.mockResolvedValueOnce('No application knows how to open this file.');
    expect(await handle(fromOurPage, input)).toMatchObject({ ok: false, error: { code: 'INTERNAL', message: expect.stringContaining('No application knows') } });
  });

  it('listens on its own channel, apart from the calls', () => {
    const ipcMain = { handle: vi.fn() };
    const handler = vi.fn();
    registerOpenPublishedHandler(ipcMain, handler);
    expect(ipcMain.handle).toHaveBeenCalledExactlyOnceWith(IPC_OPEN_PUBLISHED, handler);
  });
});
