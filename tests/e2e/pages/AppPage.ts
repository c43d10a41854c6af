import { expect, type Locator, type Page } from '@playwright/test';
import type { HostHandle } from '../fixtures';
import { ArticleListPage } from './ArticleListPage';
import { EditorPage } from './EditorPage';
import { VersionsPanelPage } from './VersionsPanelPage';
import { signInThroughRpc } from '../support/accounts';

/** The whole window: top bar, and the list, editor and versions panel inside it. */
export class AppPage {
  readonly list: ArticleListPage;
  readonly editor: EditorPage;
  readonly versions: VersionsPanelPage;
  readonly newArticleButton: Locator;
  readonly toasts: Locator;

  constructor(
    readonly page: Page,
    private readonly host: HostHandle,
  ) {
    this.list = new ArticleListPage(page);
    this.editor = new EditorPage(page);
    this.versions = new VersionsPanelPage(page);
    this.newArticleButton = page.getByRole('banner').getByRole('button', { name: 'New article' });
    this.toasts = page.getByRole('region', { name: 'Notifications' });
  }

  /**
   * Opens the window signed in as the writer: a one-time address gives the tab its window
   * key, and a sign-in through /rpc as that window signs it in (again after a restart: a
   * restarted host forgets its windows).
   */
  async open(): Promise<void> {
    await signInThroughRpc(this.page, this.host);
    await this.page.goto(`${this.host.origin}/`);
    await expect(this.newArticleButton).toBeEnabled();
    await expect(this.list.count).not.toHaveText(/Loading/);
  }

  /** Stops the host, starts a new one on the same data, and opens the new URL, as after a relaunch. */
  async restartAndReopen(): Promise<void> {
    await this.host.restartHost();
    await this.open();
  }

  async openArticleByUrl(articleId: string): Promise<void> {
    await this.page.goto(`${this.host.origin}/#/articles/${articleId}`);
  }

  async newArticle(): Promise<void> {
    await this.newArticleButton.click();
    await expect(this.editor.headline).toBeFocused();
  }

  themeToggle(): Locator {
    return this.page.getByRole('banner').getByRole('button', { name: /Switch to (dark|light) theme/ });
  }

  async theme(): Promise<string | undefined> {
    return this.page.evaluate(() => document.documentElement.dataset.theme);
  }

  articleIdFromUrl(): string {
    const match = /#\/articles\/([^/?#]+)/.exec(this.page.url());
    if (match?.[1] === undefined) throw new Error(`No article is open (URL ${this.page.url()})`);
    return decodeURIComponent(match[1]);
  }
}
