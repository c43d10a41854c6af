import type { Page } from '@playwright/test';
import { windowHeaders } from './accounts';

/** The same /rpc the app calls, as the page's window (its key, from the page's own storage). */
export async function rpc<T>(page: Page, origin: string, channel: string, input: unknown): Promise<T> {
  const response = await page.context().request.post(`${origin}/rpc`, { data: { channel, input }, headers: await windowHeaders(page) });
  const answer = (await response.json()) as { ok: boolean; value?: T; error?: { code: string; message: string } };
  if (!answer.ok) throw new Error(`${channel} failed: ${answer.error?.code} ${answer.error?.message}`);
  return answer.value as T;
}
