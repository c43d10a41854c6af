import { test, expect } from './fixtures';
import type { EditorPage } from './pages/EditorPage';

/** Checks, in the DOM a reader sees, every format the two tests below apply. */
async function expectFormattedArticle(editor: EditorPage) {
  const body = editor.body;
  await expect(body.locator('h2')).toHaveText('The decision');
  await expect(body.locator('h3')).toHaveText('What happens next');
  await expect(body.locator('strong')).toHaveText('eleven to two');
  await expect(body.locator('em')).toHaveText('two abstentions');
  await expect(body.locator('.doc-underline')).toHaveText('after a long debate');
  await expect(body.locator('.doc-strikethrough')).toHaveText('no delay');
  await expect(body.locator('ul > li')).toHaveText(['Cost: 40 million', 'Opening: 2027']);
  await expect(body.locator('ol > li')).toHaveText(['Tender', 'Construction']);
  await expect(body.locator('blockquote')).toHaveText('It is a good day for the harbour.');
  const link = body.getByRole('link', { name: 'report' });
  await expect(link).toHaveAttribute('href', 'https://example.org/report');
  // Plain text around the formatted runs stays plain.
  await expect(body.locator('p').first()).toHaveText(
    'The council voted eleven to two on Tuesday, with two abstentions, after a long debate and no delay.',
  );
}

async function expectMetadata(editor: EditorPage) {
  await expect(editor.headline).toHaveValue('Council approves new harbour bridge');
  await expect(editor.dek).toHaveValue('Construction starts next spring after years of debate.');
  await expect(editor.bylines).toHaveText(['Wren Writer', 'Jane Doe', 'John Roe']);
  await expect(editor.section).toHaveValue('City');
  await expect(editor.tags).toHaveText(['transport', 'harbour']);
  await expect(editor.slug).toHaveValue('council-approves-new-harbour-bridge');
  await expect(editor.dateline).toHaveValue('WELLINGTON');
}

async function fillMetadata(editor: EditorPage) {
  await editor.headline.fill('Council approves new harbour bridge');
  await editor.dek.fill('Construction starts next spring after years of debate.');
  await editor.addBylines('Jane Doe, John Roe');
  await editor.section.fill('City');
  await editor.addTags('transport, harbour');
  await editor.dateline.fill('WELLINGTON');
  // The slug follows the headline until someone edits it.
  await expect(editor.slug).toHaveValue('council-approves-new-harbour-bridge');
}

test('a writer formats an article with the toolbar and finds it exactly as left after a restart', async ({ app }) => {
  const { editor } = app;
  await app.newArticle();
  await fillMetadata(editor);

  await editor.body.click();
  await editor.tool('Heading 2').click();
  await expect(editor.tool('Heading 2')).toHaveAttribute('aria-pressed', 'true');
  await editor.type('The decision');
  await editor.page.keyboard.press('Enter');
  await expect(editor.tool('Paragraph')).toHaveAttribute('aria-pressed', 'true');

  await editor.type('The council voted ');
  await editor.tool('Bold').click();
  await expect(editor.tool('Bold')).toHaveAttribute('aria-pressed', 'true');
  await editor.type('eleven to two');
  await editor.tool('Bold').click();
  await expect(editor.tool('Bold')).toHaveAttribute('aria-pressed', 'false');
  await editor.type(' on Tuesday, with ');
  await editor.tool('Italic').click();
  await editor.type('two abstentions');
  await editor.tool('Italic').click();
  await editor.type(', ');
  await editor.tool('Underline').click();
  await editor.type('after a long debate');
  await editor.tool('Underline').click();
  await editor.type(' and ');
  await editor.tool('Strikethrough').click();
  await editor.type('no delay');
  await editor.tool('Strikethrough').click();
  await editor.type('.');
  await editor.page.keyboard.press('Enter');

  await editor.tool('Heading 3').click();
  await editor.type('What happens next');
  await editor.page.keyboard.press('Enter');

  await editor.tool('Bulleted list').click();
  await expect(editor.tool('Bulleted list')).toHaveAttribute('aria-pressed', 'true');
  await editor.type('Cost: 40 million');
  await editor.page.keyboard.press('Enter');
  await editor.type('Opening: 2027');
  await editor.page.keyboard.press('Enter');
  await editor.page.keyboard.press('Enter');

  await editor.tool('Numbered list').click();
  await editor.type('Tender');
  await editor.page.keyboard.press('Enter');
  await editor.type('Construction');
  await editor.page.keyboard.press('Enter');
  await editor.page.keyboard.press('Enter');

  await editor.tool('Block quote').click();
  await editor.type('It is a good day for the harbour.');
  await editor.page.keyboard.press('Enter');

  await editor.type('Read the report');
  await editor.selectBack('report'.length);
  await editor.tool('Insert link').click();
  // Only web and mail addresses are links; the reason is shown, nothing is applied.
  await editor.linkAddress.fill('javascript:alert(1)');
  await editor.linkAddress.press('Enter');
  await expect(editor.main.getByRole('alert')).toContainText("can't use “javascript:”");
  await editor.linkAddress.fill('example.org/report');
  await editor.linkAddress.press('Enter');
  await expect(editor.linkAddress).toBeHidden();

  await expectFormattedArticle(editor);
  await editor.expectSaved();

  await app.restartAndReopen();
  await app.list.row('Council approves new harbour bridge').click();
  await expectMetadata(editor);
  await expectFormattedArticle(editor);
  await expect(editor.saveStatus).toHaveText(/^Saved/);
});

test('the same formatting is reachable from the keyboard alone', async ({ app }) => {
  const { editor, page } = app;
  await app.newArticle();
  await fillMetadata(editor);

  await editor.body.click();
  await page.keyboard.press('Control+Alt+2');
  await editor.type('The decision');
  await page.keyboard.press('Enter');

  await editor.type('The council voted ');
  await page.keyboard.press('Control+B');
  await editor.type('eleven to two');
  await page.keyboard.press('Control+B');
  await editor.type(' on Tuesday, with ');
  await page.keyboard.press('Control+I');
  await editor.type('two abstentions');
  await page.keyboard.press('Control+I');
  await editor.type(', ');
  await page.keyboard.press('Control+U');
  await editor.type('after a long debate');
  await page.keyboard.press('Control+U');
  await editor.type(' and ');
  await page.keyboard.press('Control+Shift+X');
  await editor.type('no delay');
  await page.keyboard.press('Alt+Shift+5');
  await expect(editor.tool('Strikethrough')).toHaveAttribute('aria-pressed', 'false');
  await editor.type('.');
  await page.keyboard.press('Enter');

  // Heading 1, then back to a paragraph, then Heading 3: the block style shortcuts toggle.
  await editor.type('What happens next');
  await page.keyboard.press('Control+Alt+1');
  await expect(editor.body.locator('h1')).toHaveText('What happens next');
  await page.keyboard.press('Control+Alt+0');
  await expect(editor.body.locator('h1')).toHaveCount(0);
  await page.keyboard.press('Control+Alt+3');
  await page.keyboard.press('Enter');

  await page.keyboard.press('Control+Shift+8');
  await editor.type('Cost: 40 million');
  await page.keyboard.press('Enter');
  await editor.type('Opening: 2027');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');

  await page.keyboard.press('Control+Shift+7');
  await editor.type('Tender');
  await page.keyboard.press('Enter');
  await editor.type('Construction');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');

  await page.keyboard.press('Control+Alt+Q');
  await editor.type('It is a good day for the harbour.');
  await page.keyboard.press('Enter');

  await editor.type('Read the report');
  await editor.selectBack('report'.length);
  await page.keyboard.press('Control+K');
  await expect(editor.linkAddress).toBeFocused();
  await page.keyboard.type('https://example.org/report');
  await page.keyboard.press('Enter');
  await expect(editor.body).toBeFocused();

  // Ctrl+S saves at once, without waiting for the pause in typing.
  await page.keyboard.press('Control+S');
  await editor.expectSaved();
  await expectFormattedArticle(editor);

  await app.restartAndReopen();
  await app.list.row('Council approves new harbour bridge').click();
  await expectMetadata(editor);
  await expectFormattedArticle(editor);
});

test('toolbar buttons name themselves and show their shortcuts', async ({ app }) => {
  const { editor } = app;
  await app.newArticle();
  await expect(editor.tool('Bold')).toHaveAttribute('data-tooltip', 'Bold (Ctrl+B)');
  await expect(editor.tool('Bold')).toHaveAttribute('aria-keyshortcuts', 'Control+B');
  await expect(editor.tool('Strikethrough')).toHaveAttribute('aria-keyshortcuts', 'Control+Shift+X Alt+Shift+5');
  await expect(editor.tool('Heading 1')).toHaveAttribute('data-tooltip', 'Heading 1 (Ctrl+Alt+1)');
  await expect(editor.tool('Numbered list')).toHaveAttribute('data-tooltip', 'Numbered list (Ctrl+Shift+7)');
  await expect(editor.tool('Insert link')).toHaveAttribute('data-tooltip', 'Insert link (Ctrl+K)');
  await expect(editor.tool('Undo')).toBeDisabled();
  await expect(editor.tool('Redo')).toBeDisabled();
  await expect(editor.tool('Remove link')).toBeDisabled();

  // A link can be edited and removed from where the caret is.
  await editor.body.click();
  await editor.type('See the agenda');
  await editor.selectBack('agenda'.length);
  await editor.page.keyboard.press('Control+K');
  await editor.linkAddress.fill('mailto:desk@example.org');
  await editor.linkAddress.press('Enter');
  await expect(editor.body.getByRole('link', { name: 'agenda' })).toHaveAttribute('href', 'mailto:desk@example.org');
  await editor.body.getByRole('link', { name: 'agenda' }).click();
  await expect(editor.tool('Edit link')).toHaveAttribute('aria-pressed', 'true');
  await editor.tool('Edit link').click();
  await expect(editor.linkAddress).toHaveValue('mailto:desk@example.org');
  await editor.linkAddress.fill('https://example.org/agenda');
  await editor.linkAddress.press('Enter');
  await expect(editor.body.getByRole('link', { name: 'agenda' })).toHaveAttribute('href', 'https://example.org/agenda');
  await expect(editor.tool('Remove link')).toBeEnabled();
  await editor.tool('Remove link').click();
  await expect(editor.body.getByRole('link')).toHaveCount(0);
  await expect(editor.body).toHaveText('See the agenda');

  // One tab stop for the toolbar; arrow keys move inside it.
  await editor.tool('Bold').focus();
  await editor.page.keyboard.press('ArrowRight');
  await expect(editor.tool('Italic')).toBeFocused();
  await editor.page.keyboard.press('ArrowLeft');
  await editor.page.keyboard.press('ArrowLeft');
  await expect(editor.tool('Heading 3')).toBeFocused();
});
