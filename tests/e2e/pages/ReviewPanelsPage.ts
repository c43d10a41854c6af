import { expect, type Locator, type Page } from '@playwright/test';

/** The Comments and Claims tabs of the side panel, and the bar that appears by a selection in the text. */
export class ReviewPanelsPage {
  readonly panel: Locator;
  readonly bar: Locator;
  readonly composer: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByRole('complementary', { name: 'Article panels' });
    this.bar = page.getByRole('toolbar', { name: 'Review the selected words' });
    this.composer = page.getByRole('dialog', { name: 'New comment' });
  }

  async openTab(name: 'Comments' | 'Claims'): Promise<void> {
    const tab = this.panel.getByRole('tab', { name });
    await tab.click();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
  }

  /** Selects `words` in the article body as a person dragging over them would (a DOM range; the editor may be read-only). */
  async selectWords(words: string): Promise<void> {
    await this.page.evaluate((needle) => {
      const root = document.getElementById('article-body');
      if (root === null) throw new Error('no article body');
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(needle) ?? -1;
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + needle.length);
        const selection = window.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        return;
      }
      throw new Error(`“${needle}” is not in one run of the text`);
    }, words);
  }

  async comment(words: string, text: string, options: { blocking?: boolean } = {}): Promise<void> {
    await this.selectWords(words);
    await this.bar.getByRole('button', { name: 'Comment' }).click();
    await this.composer.getByRole('textbox', { name: 'Comment' }).fill(text);
    if (options.blocking) await this.composer.getByRole('checkbox', { name: /Blocking/ }).check();
    await this.composer.getByRole('button', { name: 'Add comment' }).click();
    await expect(this.composer).toHaveCount(0);
  }

  async markClaim(words: string): Promise<void> {
    await this.selectWords(words);
    await this.bar.getByRole('button', { name: 'Mark claim' }).click();
  }

  thread(author: string): Locator {
    return this.panel.getByRole('listitem', { name: `Comment by ${author}` });
  }

  claim(words: string): Locator {
    return this.panel.getByRole('listitem', { name: `Claim: ${words}` });
  }

  async recordVerdict(words: string, verdict: string, note = ''): Promise<void> {
    const claim = this.claim(words);
    await claim.getByRole('combobox', { name: 'Verdict' }).selectOption({ label: verdict });
    if (note !== '') await claim.getByRole('textbox', { name: /Note/ }).fill(note);
    await claim.getByRole('button', { name: 'Record verdict' }).click();
    await expect(claim.getByText(verdict, { exact: true }).first()).toBeVisible();
  }
}
