import { test, expect } from './fixtures';
import { SourcesPanelPage } from './pages/SourcesPanelPage';

const BIBTEX = String.raw`@online{who, title = {Vaccination coverage}, organization = {World Health Organization}, url = {https://www.who.int/coverage}, date = {2021-05-03}}
@book{roe, title = {Ports of Europe}, author = {Roe, Rita}, publisher = {Harbour Press}, year = {1999}}
`;

test('add sources of several kinds, reuse one in a second article, import a BibTeX file', async ({ app, page }) => {
  const sources = new SourcesPanelPage(page);
  await app.newArticle();
  await app.editor.headline.fill('Harbour works run late');
  await sources.open();

  // A web page, with a mistyped address first: the form says what is wrong and keeps what was typed.
  await sources.addButton.click();
  await sources.fill({ kind: 'Web page', title: 'Audit of the harbour works', url: 'audit.example.org/harbour', publisher: 'National Audit Office' });
  await sources.form.getByRole('button', { name: 'Add source' }).click();
  await expect(sources.form.getByText('Enter a full web address starting with https://')).toBeVisible();
  await expect(sources.form.getByRole('textbox', { name: 'Address (URL)' })).toHaveAttribute('aria-invalid', 'true');
  await sources.form.getByRole('textbox', { name: 'Address (URL)' }).fill('https://audit.example.org/harbour');
  await sources.form.getByRole('button', { name: 'Add source' }).click();
  await expect(sources.item('Audit of the harbour works')).toContainText('Web page · National Audit Office');

  // An anonymous interview: the form warns that it is confidential, the list marks it.
  await sources.addButton.click();
  await sources.fill({ kind: 'Interview', title: 'Port office interview', interview: { name: 'Jane Doe', role: 'a port official', attribution: 'Anonymous' } });
  await expect(sources.form.getByText(/Confidential: the name and contact never leave Galley/)).toBeVisible();
  await sources.form.getByRole('button', { name: 'Add source' }).click();
  await expect(sources.item('Port office interview')).toContainText('Confidential · anonymous');

  // A dataset with neither address nor notes: the list says editors cannot check it.
  await sources.add({ kind: 'Dataset', title: 'Berth occupancy 2025' });
  await expect(sources.item('Berth occupancy 2025')).toContainText('No address and no notes');
  await expect(sources.items).toHaveCount(3);

  // Editing changes the library record.
  await sources.item('Berth occupancy 2025').getByRole('button', { name: 'Edit Berth occupancy 2025' }).click();
  await sources.form.getByRole('textbox', { name: 'Notes' }).fill('Spreadsheet from the port authority, kept on the shared drive.');
  await sources.form.getByRole('button', { name: 'Save source' }).click();
  await expect(sources.item('Berth occupancy 2025')).not.toContainText('No address and no notes');

  // A second article reuses the audit from the library.
  await app.newArticle();
  await app.editor.headline.fill('Port budget questioned');
  await sources.open();
  await expect(sources.items).toHaveCount(0);
  await sources.librarySearch.fill('national audit');
  await expect(sources.libraryResults).toHaveCount(1);
  await sources.libraryResults.getByRole('button', { name: 'Attach Audit of the harbour works' }).click();
  await expect(sources.item('Audit of the harbour works')).toBeVisible();
  await expect(sources.libraryResults.getByRole('button', { name: 'Audit of the harbour works is attached' })).toBeDisabled();

  // A BibTeX file from a reference manager: both entries are attached, and the vague date is explained.
  await sources.fileInput.setInputFiles({ name: 'zotero.bib', mimeType: 'application/x-bibtex', buffer: Buffer.from(BIBTEX) });
  await expect(app.toasts).toContainText('Imported 2 sources from “zotero.bib”.');
  await expect(sources.items).toHaveCount(3);
  await expect(sources.item('Ports of Europe')).toContainText('Book or paper · Harbour Press · Rita Roe');
  await expect(sources.panel.getByRole('status').filter({ hasText: 'without a day' })).toContainText('“Ports of Europe”');

  // Importing it again reuses the library's records instead of adding copies.
  await sources.fileInput.setInputFiles({ name: 'zotero-again.bib', mimeType: 'application/x-bibtex', buffer: Buffer.from(BIBTEX) });
  await expect(sources.panel.getByRole('status').filter({ hasText: 'reused' })).toContainText('“Vaccination coverage”');
  await sources.librarySearch.fill('ports of europe');
  await expect(sources.libraryResults).toHaveCount(1);

  // Removing a source from the article keeps it in the library.
  await sources.item('Ports of Europe').getByRole('button', { name: 'Remove Ports of Europe from this article' }).click();
  await expect(sources.item('Ports of Europe')).toHaveCount(0);
  await expect(sources.libraryResults.getByRole('button', { name: 'Attach Ports of Europe' })).toBeEnabled();
});
