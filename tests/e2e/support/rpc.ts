import type { Page } from '@playwright/test';

/** The same /rpc the app calls, with this browser's session cookie. */
export async function rpc<T>(page: Page, origin: string, channel: string, input: unknown): Promise<T> {
  const response = await page.context().request.post(`${origin}/rpc`, { data: { channel, input } });
  const answer = (await response.json()) as { ok: boolean; value?: T; error?: { code: string; message: string } };
  if (!answer.ok) throw new Error(`${channel} failed: ${answer.error?.code} ${answer.error?.message}`);
  return answer.value as T;
}
