import { join } from 'node:path';
import { Document, FootnoteReferenceRun, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { test, expect } from './fixtures';
import { FootnotesPage } from './pages/FootnotesPage';
import { REPO_ROOT } from './support/paths';

const FIXTURE = join(REPO_ROOT, '..', 'shared', 'fixtures', 'articles', 'xplora-putin-territorial-issues.txt');

/** HTML as Word puts it on the clipboard, with two footnotes, wrapped in everything an attacker might add. */
const HOSTILE_WORD_PASTE = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta http-equiv="refresh" content="0;url=javascript:window.__pwned='meta'">
<base href="javascript:window.__pwned='base'//"><link rel="stylesheet" href="https://evil.example/s.css">
<style>p { background: url(https://evil.example/t.png) }</style><script>window.__pwned = 'script'</script></head>
<body onload="window.__pwned='body'"><!--StartFragment-->
<p class=MsoNormal onclick="window.__pwned='click'">Pasted claim<a style='mso-footnote-id:ftn1' href="#_ftn1" name="_ftnref1">[1]</a>
and another<a href="#_ftn2" name="_ftnref2">[2]</a> with <a href="javascript:window.__pwned='href'">a bad link</a>
and <a href="https://www.google.com/url?q=https://example.org/real&amp;sa=D">a good one</a>.</p>
<img src=x onerror="window.__pwned='img'"><svg onload="window.__pwned='svg'"></svg>
<iframe src="javascript:window.__pwned='iframe'"></iframe><iframe srcdoc="<script>parent.__pwned='srcdoc'</script>"></iframe>
<object data="javascript:window.__pwned='object'"></object><embed src="https://evil.example/e">
<div style='mso-element:footnote-list'><div style='mso-element:footnote' id=ftn1>
<p class=MsoFootnoteText><a href="#_ftnref1" name="_ftn1">[1]</a> First note<img src=x onerror="window.__pwned='note-img'">.</p></div>
<div style='mso-element:footnote' id=ftn2><p class=MsoFootnoteText><a href="#_ftnref2" name="_ftn2">[2]</a> Second note.</p></div></div>
<!--EndFragment--></body></html>`;

test('the news page fixture imports through the file picker with its three dangling references marked', async ({ app, page }) => {
  const notes = new FootnotesPage(page);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('banner').getByRole('button', { name: 'Import…' }).click();
  await (await chooser).setFiles(FIXTURE);
  await expect(app.toasts).toContainText('3 references have no note; they are marked in the text.');
  await expect(notes.danglingReferences).toHaveText(['[8]', '[9]', '[17]']);
  await expect(notes.body).toContainText('valiantly defended [8][9]. In summary');
  await expect(notes.markers).toHaveCount(0);
  await app.editor.expectSaved();
});

test('a Word document keeps its footnotes, and a Markdown file dropped on the window keeps its own', async ({ app, page }) => {
  const notes = new FootnotesPage(page);
  const word = new Document({
    footnotes: { 1: { children: [new Paragraph('Port authority figures.')] }, 2: { children: [new Paragraph('Interview, 3 May.')] } },
    sections: [
      {
        children: [
          new Paragraph({ text: 'Harbour works run late', heading: HeadingLevel.TITLE }),
          new Paragraph({ children: [new TextRun('Ships waited nine days.'), new FootnoteReferenceRun(1), new TextRun(' The pilots blame the dredging.'), new FootnoteReferenceRun(2)] }),
        ],
      },
    ],
  });
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('banner').getByRole('button', { name: 'Import…' }).click();
  await (await chooser).setFiles({ name: 'harbour.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: await Packer.toBuffer(word) });
  await expect(app.editor.headline).toHaveValue('Harbour works run late');
  await expect.poll(() => notes.markerNotes()).toEqual(['1: Port authority figures.', '2: Interview, 3 May.']);

  // Drop a Markdown file with footnotes onto the window.
  const markdown = '# Dredging resumes\n\nThe channel reopens on Monday.[^1]\n\n[^1]: Harbour master, 4 May.\n';
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'dredging.md', { type: 'text/markdown' }));
    return transfer;
  }, markdown);
  await page.locator('.sidebar').dispatchEvent('dragover', { dataTransfer });
  await page.locator('.sidebar').dispatchEvent('drop', { dataTransfer });
  await expect(app.editor.headline).toHaveValue('Dredging resumes');
  await expect.poll(() => notes.markerNotes()).toEqual(['1: Harbour master, 4 May.']);
});

test('hostile HTML pasted into the text runs nothing, and its footnotes and safe links are kept', async ({ app, page }) => {
  const notes = new FootnotesPage(page);
  await app.newArticle();
  await app.editor.focusBodyEnd();
  await app.editor.type('Before. ');
  // The probe: anything in the pasted HTML that ran would set it.
  await page.evaluate(() => {
    Object.defineProperty(window, '__pwned', { value: undefined, writable: true, configurable: true });
  });
  await notes.body.evaluate((body, html) => {
    const data = new DataTransfer();
    data.setData('text/html', html);
    data.setData('text/plain', 'Pasted claim and another with a bad link and a good one.');
    body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, HOSTILE_WORD_PASTE);
  await expect(notes.body).toContainText('Before. Pasted claim');
  await expect.poll(() => notes.markerNotes()).toEqual(['1: First note.', '2: Second note.']);
  await expect(notes.body.getByRole('link', { name: 'a good one' })).toHaveAttribute('href', 'https://example.org/real');
  await expect(notes.body.getByRole('link', { name: 'a bad link' })).toHaveCount(0);
  await expect(notes.body).toContainText('a bad link');
  // Nothing ran, and nothing that could run or load reached the page.
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(await page.locator('script:not([src]), iframe, object, embed, svg[onload], img[onerror], [onclick], [onload]').count()).toBe(0);
  expect(await notes.body.innerHTML()).not.toMatch(/javascript:|evil\.example|onerror|__pwned/);
  await app.editor.expectSaved();
});
