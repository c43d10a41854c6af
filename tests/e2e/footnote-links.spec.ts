import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { FootnotesPage } from './pages/FootnotesPage';
import { EditorPage } from './pages/EditorPage';
import { connectPage, E2E_PASSWORD } from './support/accounts';
import { rpc } from './support/rpc';
import { findingKey, type Finding } from '../../shared/checks/finding';

/** A person typing: about twelve keys a second. */
const HUMAN_PACE_MS = 80;

interface StoredNode {
  type: string;
  text?: string;
  links?: { start: number; end: number; url: string }[];
  children?: StoredNode[];
}

/** Selects `words` inside a note's text (across links too), as a person dragging over them would. */
async function selectInNote(note: Locator, words: string): Promise<void> {
  await note.evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const runs: { node: Node; from: number }[] = [];
    let all = '';
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      runs.push({ node, from: all.length });
      all += node.textContent ?? '';
    }
    const at = all.indexOf(wanted);
    if (at === -1) throw new Error(`"${wanted}" is not in the note`);
    const place = (offset: number, atEnd: boolean) => {
      const run = [...runs].reverse().find((r) => (atEnd ? r.from < offset : r.from <= offset))!;
      return [run.node, offset - run.from] as const;
    };
    const range = document.createRange();
    range.setStart(...place(at, false));
    range.setEnd(...place(at + wanted.length, true));
    window.getSelection()?.removeAllRanges();
    window.getSelection()?.addRange(range);
  }, words);
}

async function typeSlowly(page: Page, text: string): Promise<void> {
  await page.keyboard.type(text, { delay: HUMAN_PACE_MS });
}

test('links in a footnote’s note: made with Ctrl+K in the note box and with Link… in the panel, refused for other schemes, kept through typing, autosave and reload, opened with Ctrl+click, and published in the folder page', async ({ page, host }) => {
  test.slow();
  await connectPage(page, host);
  const call = <T>(channel: string, input: unknown) => rpc<T>(page, host.origin, channel, input);
  const signIn = (name: string) => call('auth.signIn', { name, password: E2E_PASSWORD });
  await call('auth.setup', { name: 'admin', displayName: 'Ada Admin', password: E2E_PASSWORD });
  for (const [name, displayName, role] of [['wren', 'Wren Writer', 'writer'], ['ed', 'Ed Editor', 'editor'], ['dee', 'Dee Desk', 'desk_chief']] as const) {
    await call('users.create', { name, displayName, role, password: E2E_PASSWORD });
  }
  await signIn('wren');
  const article = await call<{ id: string; version: number }>('articles.create', {
    meta: { headline: 'Levees held, ministry says', bylines: ['Wren Writer'], section: 'City', slug: 'levees-held' },
  });
  const text = { type: 'text', version: 1, text: 'The ministry said the levees held.', format: 0, detail: 0, mode: 'normal', style: '' };
  const body = { format: 'galley.lexical', version: 1, editorState: { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [{ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', children: [text] }] } } };
  await call('articles.save', { id: article.id, baseVersion: article.version, body });
  const storedNote = async () => {
    const stored = await call<{ body: { editorState: { root: StoredNode } } }>('articles.get', { id: article.id });
    const found: StoredNode[] = [];
    const walk = (node: StoredNode) => (node.type === 'footnote' ? found.push(node) : node.children?.forEach(walk));
    walk(stored.body.editorState.root);
    return found.map((note) => ({ text: note.text, links: note.links ?? [] }));
  };

  await page.goto(`${host.origin}/#/articles/${article.id}`);
  const notes = new FootnotesPage(page);
  const editor = new EditorPage(page);
  await expect(notes.body).toContainText('the levees held');
  await notes.caretAtEndOf(0);
  await page.keyboard.press('Control+Alt+F');
  const box = notes.noteBox.getByRole('textbox', { name: 'Footnote 1' });
  await expect(box).toBeFocused();
  await typeSlowly(page, 'See the ministry report and the audit.');

  // Ctrl+K on the selected words opens the link box; a scheme other than the web or e-mail is refused with the reason.
  await selectInNote(box, 'ministry report');
  await page.keyboard.press('Control+K');
  const linkBox = notes.noteBox.getByRole('dialog', { name: 'Insert link' });
  const address = linkBox.getByRole('textbox', { name: 'Link address' });
  await expect(address).toBeFocused();
  await typeSlowly(page, 'javascript:alert(1)');
  await page.keyboard.press('Enter');
  await expect(linkBox.getByRole('alert')).toHaveText(/Links can't use “javascript:”/);
  await address.press('Control+A');
  await typeSlowly(page, 'gov.example/report');
  await page.keyboard.press('Enter');
  await expect(linkBox).toHaveCount(0);
  await expect(box.getByRole('link', { name: 'ministry report' })).toHaveAttribute('href', 'https://gov.example/report');

  // Typing before the link moves it with its words; a pause lets autosave run between the two.
  await expect(box).toBeFocused();
  await page.keyboard.press('Home');
  await typeSlowly(page, 'Source:');
  await editor.expectSaved();
  await typeSlowly(page, ' ');
  await page.keyboard.press('Escape');
  await expect(notes.noteBox).toHaveCount(0);
  await editor.expectSaved();
  await expect.poll(storedNote).toEqual([{ text: 'Source: See the ministry report and the audit.', links: [{ start: 16, end: 31, url: 'https://gov.example/report' }] }]);

  // After a reload the panel shows the note with its link; Ctrl+click opens it in a new window, cut off from Galley's.
  await page.context().route('https://gov.example/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>Report</title>' }));
  await page.reload();
  await notes.openPanel();
  const panelNote = notes.panel.getByRole('textbox', { name: 'Note 1' });
  const reportLink = panelNote.getByRole('link', { name: 'ministry report' });
  await expect(reportLink).toHaveAttribute('href', 'https://gov.example/report');
  const popup = page.waitForEvent('popup');
  await reportLink.click({ modifiers: ['Control'] });
  const opened = await popup;
  await opened.waitForURL('https://gov.example/report');
  expect(await opened.evaluate(() => window.opener)).toBeNull();
  await opened.close();

  // In the panel: the Link… button links other words (an e-mail address becomes mailto:).
  await panelNote.click();
  await selectInNote(panelNote, 'the audit');
  const item = notes.panel.getByRole('listitem').filter({ has: page.getByRole('textbox', { name: 'Note 1' }) });
  await item.getByRole('button', { name: 'Link…' }).click();
  const panelLinkBox = item.getByRole('dialog', { name: 'Insert link' });
  await expect(panelLinkBox.getByRole('textbox', { name: 'Link address' })).toBeFocused();
  await typeSlowly(page, 'audit@gov.example');
  await page.keyboard.press('Enter');
  await expect(panelNote.getByRole('link', { name: 'the audit' })).toHaveAttribute('href', 'mailto:audit@gov.example');
  await editor.expectSaved();
  await expect.poll(storedNote).toEqual([
    {
      text: 'Source: See the ministry report and the audit.',
      links: [
        { start: 16, end: 31, url: 'https://gov.example/report' },
        { start: 36, end: 45, url: 'mailto:audit@gov.example' },
      ],
    },
  ]);

  // Deleting a link's words takes the link with them; the one after follows its words.
  await selectInNote(panelNote, 'See the ministry report and ');
  await page.keyboard.press('Backspace');
  await editor.expectSaved();
  await expect.poll(storedNote).toEqual([{ text: 'Source: the audit.', links: [{ start: 8, end: 17, url: 'mailto:audit@gov.example' }] }]);
  await expect(panelNote.getByRole('link')).toHaveCount(1);

  // Published: the folder page carries the link in the note.
  await call('workflow.transition', { articleId: article.id, action: 'submit' });
  await signIn('ed');
  await call('workflow.transition', { articleId: article.id, action: 'take' });
  await call('workflow.transition', { articleId: article.id, action: 'pass' });
  await signIn('dee');
  let approval = await call<{ outcome: string; message?: string; unacknowledged: Finding[] }>('workflow.transition', { articleId: article.id, action: 'approve' });
  if (approval.outcome === 'refused') {
    approval = await call('workflow.transition', { articleId: article.id, action: 'approve', acknowledgements: approval.unacknowledged.map(findingKey) });
  }
  expect(approval.outcome, approval.message).toBe('done');
  await call('workflow.transition', { articleId: article.id, action: 'publish' });
  const published = join(host.dataDir, 'published', 'levees-held.html');
  const page_ = () => {
    try {
      return readFileSync(published, 'utf8');
    } catch {
      return ''; // not written yet
    }
  };
  await expect.poll(page_, { timeout: 30_000 }).toMatch(/<a href="mailto:audit@gov\.example"[^>]*>the audit<\/a>/);
});
