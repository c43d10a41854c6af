import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { ChecksPanelPage } from './pages/ChecksPanelPage';
import { SourcesPanelPage } from './pages/SourcesPanelPage';
import { REPO_ROOT } from './support/paths';
import { rpc } from './support/rpc';


const selectedText = (page: import('@playwright/test').Page) => page.evaluate(() => window.getSelection()?.toString() ?? '');

test('findings by severity, refreshed on save, each showing its place', async ({ app, page }) => {
  const checks = new ChecksPanelPage(page);
  const sources = new SourcesPanelPage(page);
  await app.newArticle();
  await app.editor.body.click();
  await app.editor.type('A quiet morning at the port. The harbour master said the cranes stopped at noon.');
  await app.editor.expectSaved();
  await checks.open();
  // The headline, the section and the sources; the byline starts as the writer's own name.
  await expect(checks.summary).toHaveText('2 blocking · 1 warning · 0 notes');
  await expect(checks.panel.getByRole('heading', { name: 'Blocking 2' })).toBeVisible();
  await expect(checks.group('Warnings')).toHaveCount(1);

  // A finding in the text selects the words it is about.
  await checks.finding('No sources').click();
  await expect.poll(() => selectedText(page)).toBe('said');

  // A finding about a field puts the caret in it; filling the fields clears them after the save.
  await checks.finding('Missing metadata').filter({ hasText: 'headline' }).click();
  await expect(app.editor.headline).toBeFocused();
  await app.editor.headline.fill('Cranes stop at the port');
  await app.editor.section.fill('City');
  await app.editor.expectSaved();
  await expect(checks.summary).toHaveText('0 blocking · 1 warning · 0 notes');
  await expect(checks.panel.getByText('Nothing blocks publication.')).toBeVisible();

  // A source nobody cites is a note; choosing it shows the source in the Sources tab.
  await sources.open();
  await sources.add({ kind: 'Document', title: 'Port log, 3 May', notes: 'Photocopy in the newsroom safe.' });
  await checks.open();
  await expect(checks.summary).toHaveText('0 blocking · 1 warning · 1 note');
  await checks.finding('Unused source').click();
  await expect(sources.tab).toHaveAttribute('aria-selected', 'true');
  await expect(sources.item('Port log, 3 May')).toBeFocused();
  await expect(sources.item('Port log, 3 May')).toHaveClass(/source--highlighted/);
});

test('dangling references from an imported page block, and each one jumps to its marker', async ({ app, page, host }) => {
  const checks = new ChecksPanelPage(page);
  const text = await readFile(join(REPO_ROOT, '..', 'shared', 'fixtures', 'articles', 'xplora-putin-territorial-issues.txt'), 'utf8');
  const imported = await rpc<{ id: string }>(page, host.origin, 'articles.import', { fileName: 'xplora.txt', text });
  await app.openArticleByUrl(imported.id);
  await expect(app.editor.body).toContainText('territorial');
  await checks.open();
  const dangling = checks.finding('Reference to a missing source');
  await expect(dangling).toHaveCount(3);
  await expect(dangling.nth(2)).toContainText('Reference [17] has no note or source');
  const marker = app.editor.body.locator('[data-reference-label="17"]');
  await expect(marker).not.toBeInViewport();
  await dangling.nth(2).click();
  await expect(marker).toBeInViewport();
});

test('a confidential interviewee named in the text blocks, and the name never leaves in HTML or JSON-LD', async ({ app, page, host }) => {
  const checks = new ChecksPanelPage(page);
  const sources = new SourcesPanelPage(page);
  await app.newArticle();
  await app.editor.headline.fill('Cranes stop at the port');
  await sources.open();
  await sources.add({ kind: 'Interview', title: 'Port office interview', notes: 'Notebook 4, page 12.', interview: { name: 'Jane Doe', role: 'a port official', attribution: 'On background' } });
  await app.editor.body.click();
  await app.editor.type('The cranes stopped at noon, Jane Doe told us.');
  await app.editor.expectSaved();

  await checks.open();
  const exposed = checks.finding('Confidential source exposed');
  await expect(exposed).toHaveCount(1);
  await expect(exposed).toContainText('The identity of a confidential source appears in the text');
  await expect(exposed).not.toContainText('Jane');
  await exposed.click();
  await expect.poll(() => selectedText(page)).toBe('Jane Doe');

  const articleId = app.articleIdFromUrl();
  for (const format of ['html', 'jsonld'] as const) {
    const file = await rpc<{ content: string }>(page, host.origin, 'articles.export', { id: articleId, format });
    expect(file.content).toContain('told us');
    expect(file.content).not.toMatch(/jane|doe/i);
    expect(file.content).toContain('[confidential source]');
  }
});
