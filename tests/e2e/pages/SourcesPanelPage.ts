import { expect, type Locator, type Page } from '@playwright/test';

export interface NewSource {
  kind: 'Web page' | 'Document' | 'Dataset' | 'Interview' | 'Press release' | 'Social post' | 'Wire copy' | 'Book or paper';
  title: string;
  url?: string;
  publisher?: string;
  notes?: string;
  interview?: { name: string; role?: string; contact?: string; attribution: 'On the record' | 'On background' | 'Anonymous' };
}

const ATTRIBUTION_OPTIONS = {
  'On the record': 'On the record (named)',
  'On background': 'On background (confidential)',
  Anonymous: 'Anonymous (confidential)',
} as const;

/** The Sources tab of the side panel. */
export class SourcesPanelPage {
  readonly panel: Locator;
  readonly tab: Locator;
  readonly addButton: Locator;
  readonly form: Locator;
  readonly items: Locator;
  readonly librarySearch: Locator;
  readonly libraryResults: Locator;
  readonly fileInput: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByRole('complementary', { name: 'Article panels' });
    this.tab = this.panel.getByRole('tab', { name: 'Sources' });
    this.addButton = this.panel.getByRole('button', { name: 'Add source…' });
    this.form = this.panel.getByRole('form', { name: /New source|Edit source/ });
    this.items = this.panel.getByRole('list', { name: 'Article sources' }).getByRole('listitem');
    this.librarySearch = this.panel.getByRole('searchbox', { name: 'Search the library' });
    this.libraryResults = this.panel.getByRole('list', { name: 'Library sources' }).getByRole('listitem');
    this.fileInput = this.panel.getByLabel('Reference file (CSL-JSON or BibTeX)');
  }

  async open(): Promise<void> {
    await this.tab.click();
    await expect(this.tab).toHaveAttribute('aria-selected', 'true');
  }

  item(title: string): Locator {
    return this.items.filter({ has: this.page.locator('.source__title').getByText(title, { exact: true }) });
  }

  /** Fills the open form (new or edit) with `source`. */
  async fill(source: NewSource): Promise<void> {
    await this.form.getByLabel('Kind').selectOption({ label: source.kind });
    await this.form.getByRole('textbox', { name: 'Title' }).fill(source.title);
    if (source.url !== undefined) await this.form.getByRole('textbox', { name: 'Address (URL)' }).fill(source.url);
    if (source.publisher !== undefined) await this.form.getByRole('textbox', { name: /Publisher|Organisation/ }).fill(source.publisher);
    if (source.notes !== undefined) await this.form.getByRole('textbox', { name: 'Notes' }).fill(source.notes);
    if (source.interview !== undefined) {
      const who = this.form.getByRole('group', { name: 'Interviewee' });
      await who.getByRole('textbox', { name: 'Name' }).fill(source.interview.name);
      if (source.interview.role !== undefined) await who.getByRole('textbox', { name: 'Role' }).fill(source.interview.role);
      if (source.interview.contact !== undefined) await who.getByRole('textbox', { name: 'Contact' }).fill(source.interview.contact);
      await who.getByLabel('Attribution').selectOption({ label: ATTRIBUTION_OPTIONS[source.interview.attribution] });
    }
  }

  async add(source: NewSource): Promise<void> {
    await this.addButton.click();
    await this.fill(source);
    await this.form.getByRole('button', { name: 'Add source' }).click();
    await expect(this.item(source.title)).toBeVisible();
  }
}
