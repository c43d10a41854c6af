import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { REPO_ROOT } from '../support/paths';

export const FIXTURE_IMAGES = join(REPO_ROOT, '..', 'shared', 'fixtures', 'images');

/** The Rights tab of the side panel, and the figures in the text it belongs to. */
export class RightsPanelPage {
  readonly tab: Locator;
  readonly panel: Locator;
  readonly findings: Locator;
  readonly figures: Locator;

  constructor(readonly page: Page) {
    this.tab = page.getByRole('tab', { name: 'Rights' });
    this.panel = page.locator('#panel-rights');
    this.findings = this.panel.getByRole('region', { name: 'Image checks' });
    this.figures = page.getByRole('textbox', { name: 'Article body' }).locator('figure.doc-figure');
  }

  async open(): Promise<void> {
    await this.tab.click();
    await expect(this.tab).toHaveAttribute('aria-selected', 'true');
  }

  field(label: string): Locator {
    return this.panel.getByLabel(label, { exact: true });
  }

  finding(text: string | RegExp): Locator {
    return this.findings.getByRole('listitem').filter({ hasText: text });
  }

  /** Drops a file on the article's text, as a person dragging it from their desktop would. */
  async drop(target: Locator, fileName: string, bytes: Buffer, mime = 'image/jpeg'): Promise<void> {
    const dataTransfer = await this.page.evaluateHandle(
      ({ data, name, type }) => {
        const binary = atob(data);
        const array = Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
        const transfer = new DataTransfer();
        transfer.items.add(new File([array], name, { type }));
        return transfer;
      },
      { data: bytes.toString('base64'), name: fileName, type: mime },
    );
    await target.dispatchEvent('dragenter', { dataTransfer });
    await target.dispatchEvent('dragover', { dataTransfer });
    await target.dispatchEvent('drop', { dataTransfer });
  }

  /** Picks a file with the toolbar's "Insert image…" (the file chooser the button opens). */
  async pick(path: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name: 'Insert image…' }).click();
    await (await chooser).setFiles(path);
  }
}

export const fixtureImage = (name: string): Buffer => readFileSync(join(FIXTURE_IMAGES, name));
