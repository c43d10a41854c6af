import type { Page } from '@playwright/test';

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

/**
 * Signs the page's browser context in as `person` through the host's own door: the
 * token URL for the access cookie, then the same /rpc the app uses (first-run setup and
 * the Users channel on a fresh data directory), so the session cookie is the host's own.
 * The screens themselves are driven in auth.spec.ts and workflow.spec.ts.
 */
export async function signInThroughRpc(page: Page, host: { url: string; origin: string }, person: Person = WRITER): Promise<void> {
  const request = page.context().request;
  await request.get(host.url, { maxRedirects: 0 });
  const rpc = async <T>(channel: string, input: unknown): Promise<T> => {
    const response = await request.post(`${host.origin}/rpc`, { data: { channel, input } });
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
