import type { Page } from '@playwright/test';
import { startHostProcess, type HostProcess } from '../../support/host-process';
import type { ArticleBody } from '../../../shared/content/body';

/** Galley as a user runs it in a browser: the built web host on its own data directory. */
export interface GalleyApp {
  host: HostProcess;
  articleId: string;
  headline: string;
  close(): Promise<void>;
}

/** Where Galley's editor puts the article body (renderer/editor/BodyEditor.tsx). */
export const GALLEY_BODY = '#article-body';

async function call<T>(host: HostProcess, channel: string, input: unknown): Promise<T> {
  const result = await host.rpc(channel, input);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error?.code} ${result.error?.message}`);
  return result.value as T;
}

/** Starts the host and puts the long read in it through the same calls the app makes. */
export async function startGalleyWithArticle(dataDir: string, headline: string, body: ArticleBody): Promise<GalleyApp> {
  const host = await startHostProcess(dataDir);
  try {
    const created = await call<{ id: string; version: number }>(host, 'articles.create', { meta: { headline } });
    await call(host, 'articles.save', { id: created.id, baseVersion: created.version, body });
    return { host, articleId: created.id, headline, close: () => host.kill() };
  } catch (error) {
    await host.kill();
    throw error;
  }
}

/** Loads the app (the token in the URL sets the session cookie) and waits for the article list. */
export async function loadGalley(page: Page, app: GalleyApp, firstVisit: boolean): Promise<void> {
  await page.goto(firstVisit ? app.host.url : `${app.host.origin}/`);
  await articleRow(page, app).waitFor({ state: 'visible', timeout: 60_000 });
}

export function articleRow(page: Page, app: GalleyApp) {
  return page.locator('[role="option"]', { hasText: app.headline }).first();
}
