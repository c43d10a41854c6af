import { expect, type Locator, type Page } from '@playwright/test';

/** Citations and footnotes in the text, the note box by a marker, the Cite dialog and the Footnotes tab. */
export class FootnotesPage {
  readonly body: Locator;
  readonly markers: Locator;
  readonly danglingReferences: Locator;
  readonly citations: Locator;
  readonly noteBox: Locator;
  readonly citeDialog: Locator;
  readonly citationCard: Locator;
  readonly panel: Locator;
  readonly tab: Locator;
  readonly notes: Locator;

  constructor(readonly page: Page) {
    this.body = page.getByRole('textbox', { name: 'Article body' });
    this.markers = this.body.getByRole('button', { name: /^Footnote \d+/ });
    this.danglingReferences = this.body.getByRole('note', { name: /has no note/ });
    this.citations = this.body.locator('.doc-citation');
    this.noteBox = page.getByRole('dialog', { name: /^Footnote \d+$/ });
    this.citeDialog = page.getByRole('dialog', { name: /Cite sources|Edit citation/ });
    this.citationCard = page.getByRole('tooltip');
    this.panel = page.getByRole('complementary', { name: 'Article panels' });
    this.tab = this.panel.getByRole('tab', { name: 'Footnotes' });
    this.notes = this.panel.getByRole('textbox', { name: /^Note \d+$/ });
  }

  async openPanel(): Promise<void> {
    await this.tab.click();
    await expect(this.tab).toHaveAttribute('aria-selected', 'true');
  }

  /** Writes the note in the box that opened by a new or clicked marker, then closes it with Escape. */
  async writeNote(text: string): Promise<void> {
    const box = this.noteBox.getByRole('textbox');
    await expect(box).toBeFocused();
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Escape');
    await expect(this.noteBox).toHaveCount(0);
  }

  /** The notes as the panel lists them, in order. */
  noteValues(): Promise<string[]> {
    return this.notes.evaluateAll((fields) => fields.map((field) => (field instanceof HTMLElement ? field.innerText.replace(/\n$/, '') : '')));
  }

  /** The markers' numbers in document order. */
  async numbers(): Promise<string[]> {
    return this.markers.allInnerTexts();
  }

  /** What each marker stands for, in document order: "1: note". */
  async markerNotes(): Promise<string[]> {
    const labels = await this.markers.evaluateAll((buttons) => buttons.map((button) => button.getAttribute('aria-label') ?? ''));
    return labels.map((label) => label.replace(/^Footnote /, ''));
  }

  /** Puts the caret at the end of paragraph `index` (0-based) of the body. */
  async caretAtEndOf(index: number): Promise<void> {
    await this.body.locator('p').nth(index).click();
    await this.page.keyboard.press('End');
  }

  /** Puts the caret at the start of paragraph `index` (0-based), by clicking there. */
  async caretAtStartOf(index: number): Promise<void> {
    await this.body.locator('p').nth(index).click({ position: { x: 1, y: 4 } });
  }

  /** Selects `words` in the body (the first place they occur) by their text. */
  async select(words: string): Promise<void> {
    await this.onWords(words, 'select');
  }

  /** The boxes on screen of `words` in the body (the first place they occur), one per line they are on. */
  wordBoxes(words: string): Promise<{ x: number; y: number; width: number; height: number }[]> {
    return this.onWords(words, 'measure');
  }

  private onWords(words: string, action: 'select' | 'measure') {
    return this.body.evaluate(
      (root, { wanted, select }) => {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
          const at = node.textContent?.indexOf(wanted) ?? -1;
          if (at === -1) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + wanted.length);
          if (select) {
            const selection = window.getSelection();
            selection?.removeAllRanges();
            selection?.addRange(range);
          }
          return [...range.getClientRects()].map((rect) => ({ x: rect.x, y: rect.y, width: rect.width, height: rect.height }));
        }
        throw new Error(`"${wanted}" is not in the body`);
      },
      { wanted: words, select: action === 'select' },
    );
  }
}
