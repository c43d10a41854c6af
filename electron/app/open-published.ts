import type { IpcMain, Shell } from 'electron';
import { IPC_OPEN_PUBLISHED, type RpcResult } from '../../shared/contract/rpc';
import { OpenPublishedInputSchema, PublishedPageSchema } from '../../shared/domain/publishing';
import { fileInsideFolder } from '../publishing/published-files';
import { isTrustedSender, type RpcDispatcher, type RpcHandler, type SessionTokens } from './ipc';
import type { WebContents } from 'electron';

const failure = (code: 'FORBIDDEN' | 'BAD_INPUT' | 'NOT_FOUND' | 'INTERNAL', message: string): RpcResult<never> => ({ ok: false, error: { code, message } });

/**
 * Opens a folder target's page with the system's browser (`shell.openPath`). The window
 * names only the article and the target; the services find the page with this window's
 * session (as for any call), and main checks once more, as it opens it, that the file is
 * really inside the folder: a page cannot make Galley open any other file.
 */
export function createOpenPublishedHandler(
  galley: RpcDispatcher,
  isOurWebContents: (contents: WebContents) => boolean,
  tokens: SessionTokens,
  shell: Pick<Shell, 'openPath'>,
): RpcHandler {
  return async (event, request) => {
    if (!isTrustedSender(event, isOurWebContents)) return failure('FORBIDDEN', 'This page is not allowed to talk to Galley.');
    const input = OpenPublishedInputSchema.safeParse(request);
    if (!input.success) return failure('BAD_INPUT', 'Say which article and which target to open.');
    const answer = await galley.dispatch('publishing.publishedPage', input.data, tokens.get(event.sender) ?? null);
    if (!answer.ok) return answer;
    const page = PublishedPageSchema.parse(answer.value);
    const path = await fileInsideFolder(page.folder, page.fileName);
    if (path === null) return failure('NOT_FOUND', `${page.fileName} is not in ${page.folder} any more.`);
    const problem = await shell.openPath(path);
    if (problem !== '') return failure('INTERNAL', `The system could not open ${page.fileName}: ${problem}`);
    return { ok: true, value: { url: null } };
  };
}

export function registerOpenPublishedHandler(ipcMain: Pick<IpcMain, 'handle'>, handler: RpcHandler): void {
  ipcMain.handle(IPC_OPEN_PUBLISHED, handler);
}
