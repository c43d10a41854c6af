import type { Page } from '@playwright/test';
import { HOST_TEST_PASSWORD, startHostProcess, type HostProcess } from '../../support/host-process';
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
    // Galley asks who is working (issue 5): the bench works as a writer.
    await host.setUpWriter();
    const created = await call<{ id: string; version: number }>(host, 'articles.create', { meta: { headline } });
    await call(host, 'articles.save', { id: created.id, baseVersion: created.version, body });
    return { host, articleId: created.id, headline, close: () => host.kill() };
  } catch (error) {
    await host.kill();
    throw error;
  }
}

/** A second article in the same running Galley (closing it leaves the host to its first owner). */
export async function addArticle(app: GalleyApp, headline: string, body: ArticleBody): Promise<GalleyApp> {
  const created = await call<{ id: string; version: number }>(app.host, 'articles.create', { meta: { headline } });
  await call(app.host, 'articles.save', { id: created.id, baseVersion: created.version, body });
  return { host: app.host, articleId: created.id, headline, close: () => Promise.resolve() };
}

/**
 * Loads the app and waits for the article list. A first visit opens a one-time address (the
 * tab trades it for its window key) and signs the writer in in that window; later visits
 * reload the same tab, which keeps its key.
 */
export async function loadGalley(page: Page, app: GalleyApp, firstVisit: boolean): Promise<void> {
  if (firstVisit) {
    const address = app.host.addresses.shift();
    if (address === undefined) throw new Error('the host has no unused address left');
    await page.goto(address);
    const key = await page.waitForFunction(() => sessionStorage.getItem('galley.window'));
    await app.host.signIn('writer', HOST_TEST_PASSWORD, (await key.jsonValue()) ?? '');
  }
  await page.goto(`${app.host.origin}/`);
  await articleRow(page, app).waitFor({ state: 'visible', timeout: 60_000 });
}

export function articleRow(page: Page, app: GalleyApp) {
  return page.locator('[role="option"]', { hasText: app.headline }).first();
}

/**
 * Comment threads for the marks of a reviewed article, through the same call the app makes
 * (the bench works as the article's writer, who may comment on it). Claims need an editor
 * to record, and their marks weigh the same in the editor, so they stay marks only.
 */
export async function addComments(app: GalleyApp, comments: readonly { id: string; quote: string }[]): Promise<void> {
  for (const comment of comments) {
    await call(app.host, 'review.addComment', { articleId: app.articleId, id: comment.id, quote: comment.quote, text: 'Check this against the minutes.' });
  }
}
