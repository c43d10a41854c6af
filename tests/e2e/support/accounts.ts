import type { BrowserContext, Page } from '@playwright/test';
import { OPEN_WINDOW_PATH, WINDOW_HEADER } from '../../../shared/contract/web-host';

/** Everyone's password in the end-to-end tests. */
export const E2E_PASSWORD = 'correct horse battery staple';

export interface Person {
  name: string;
  displayName: string;
  role: 'writer' | 'editor' | 'desk_chief' | 'admin';
}

export const ADMIN: Person = { name: 'admin', displayName: 'Ada Admin', role: 'admin' };
export const WRITER: Person = { name: 'writer', displayName: 'Wren Writer', role: 'writer' };

interface RpcAnswer<T> {
  ok: boolean;
  value?: T;
  error?: { code: string; message: string };
}

/** Where the page keeps its window key (renderer/platform/windowKey.ts). */
const WINDOW_STORAGE_KEY = 'galley.window';

/** Each page's window key, as its tab holds it (read from the page while it shows the app). */
const keys = new WeakMap<Page, string>();

/** Opens a one-time address in the page, as a person does, and waits for the tab to hold its window key. */
export async function connectPage(page: Page, host: { url: string }): Promise<string> {
  await page.goto(host.url);
  const key = String(await (await page.waitForFunction((name) => sessionStorage.getItem(name), WINDOW_STORAGE_KEY)).jsonValue());
  keys.set(page, key);
  // Leave the app, so the test's next address loads it afresh (the tab keeps its key), not as a change of route.
  await page.goto('about:blank');
  return key;
}

/** The header that makes a call from the test the page's own window's call. */
export async function windowHeaders(page: Page): Promise<Record<string, string>> {
  const key = keys.get(page) ?? (await page.evaluate((name) => sessionStorage.getItem(name), WINDOW_STORAGE_KEY));
  if (key === null) throw new Error('This page has not opened an address of the host: call connectPage first.');
  return { [WINDOW_HEADER]: key };
}

/**
 * A context that calls /rpc but shows no page (a seeder): it trades an address for a window
 * key itself and sends it with every request. (Not for a context with pages: the header
 * would override each page's own key.)
 */
export async function connectContext(context: BrowserContext, host: { url: string; origin: string }): Promise<void> {
  const token = new URL(host.url).searchParams.get('token');
  const answer = (await (await context.request.post(`${host.origin}${OPEN_WINDOW_PATH}`, { data: { token } })).json()) as RpcAnswer<{ key: string }>;
  if (!answer.ok || answer.value === undefined) throw new Error(`The host did not open a window: ${answer.error?.message}`);
  await context.setExtraHTTPHeaders({ [WINDOW_HEADER]: answer.value.key });
}

/**
 * Signs the page's window in as `person` through the host's own door: a one-time address
 * opened in the page (which trades it for its window key), then the same /rpc the app uses
 * as that window (first-run setup and the Users channel on a fresh data directory), so the
 * session is the one the host keeps for this tab. The screens themselves are driven in
 * auth.spec.ts and workflow.spec.ts.
 */
export async function signInThroughRpc(page: Page, host: { url: string; origin: string }, person: Person = WRITER): Promise<void> {
  const request = page.context().request;
  const headers = { [WINDOW_HEADER]: await connectPage(page, host) };
  const rpc = async <T>(channel: string, input: unknown): Promise<T> => {
    const response = await request.post(`${host.origin}/rpc`, { data: { channel, input }, headers });
    const answer = (await response.json()) as RpcAnswer<T>;
    if (!answer.ok) throw new Error(`${channel} failed: ${answer.error?.code} ${answer.error?.message}`);
    return answer.value as T;
  };
  const status = await rpc<{ hasUsers: boolean; session: { displayName: string } | null }>('auth.status', {});
  if (status.session?.displayName === person.displayName) return;
  if (!status.hasUsers) {
    await rpc('auth.setup', { name: ADMIN.name, displayName: ADMIN.displayName, password: E2E_PASSWORD });
    if (person.name !== ADMIN.name) {
      await rpc('users.create', { name: person.name, displayName: person.displayName, role: person.role, password: E2E_PASSWORD });
    }
  }
  await rpc('auth.signIn', { name: person.name, password: E2E_PASSWORD });
}
