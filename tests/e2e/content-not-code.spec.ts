import type { Page } from '@playwright/test';
import { parseHTML } from 'linkedom';
import { test, expect } from './fixtures';
import { EditorPage } from './pages/EditorPage';
import { ReviewPanelsPage } from './pages/ReviewPanelsPage';
import { SourcesPanelPage } from './pages/SourcesPanelPage';
import { fixtureImage } from './pages/RightsPanelPage';
import { rpc } from './support/rpc';

/**
 * Content never becomes code: script, event handlers and javascript: links typed or
 * imported into any field are shown as text in the editor and come out inert in every
 * export. The places are data: a new field that carries writers' text (comments, say) is
 * one more entry in PLACES.
 */
const PAYLOADS = [
  `<script>window.__pwned = 'script'</script>`,
  `<img src=x onerror="window.__pwned = 'onerror'">`,
  `<svg onload="window.__pwned = 'svg'"></svg>`,
  `<a href="javascript:window.__pwned = 'anchor'">click</a>`,
] as const;
const PAYLOAD = PAYLOADS.join(' ');
const JS_URL = `javascript:window.__pwned = 'link'`;

interface Seeded {
  articleId: string;
}

/** A place where people's text lives, how it is filled, and where the editor shows it. */
interface Place {
  name: string;
  /** Shown on screen as this text (checked after the article is open). */
  shown: (page: Page) => Promise<void>;
}

const text = (value: string) => ({ type: 'text', version: 1, text: value, format: 0, detail: 0, mode: 'normal', style: '' });
const paragraph = (...children: unknown[]) => ({ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', children });
const block = (children: unknown[]) => ({ format: 'galley.lexical', version: 1, editorState: { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children } } });

/** One article with the payload in every place, made through the same /rpc the app uses. */
async function seed(page: Page, origin: string): Promise<Seeded> {
  const article = await rpc<{ id: string; version: number }>(page, origin, 'articles.create', {
    meta: { headline: `Headline ${PAYLOADS[0]}`, dek: `Dek ${PAYLOADS[1]}` },
  });
  const source = await rpc<{ id: string }>(page, origin, 'sources.create', {
    fields: { kind: 'web_page', title: `Source ${PAYLOAD}`, url: 'https://example.org/report', publisher: `Publisher ${PAYLOADS[2]}` },
    attachTo: article.id,
  });
  const added = await rpc<{ asset: { id: string } }>(page, origin, 'assets.add', {
    fileName: 'photo.jpg',
    data: fixtureImage('door-knocker.jpg').toString('base64'),
  });
  const body = block([
    paragraph(text(`Body ${PAYLOAD}`)),
    paragraph(
      text('See '),
      { type: 'link', version: 1, url: JS_URL, rel: null, target: null, title: null, direction: null, format: '', indent: 0, children: [text('this javascript link')] },
      text(' and '),
      { type: 'citation', version: 1, sourceIds: [source.id], locator: { kind: 'quote', value: `Quote ${PAYLOADS[1]}` }, direction: null, format: '', indent: 0, children: [text('a cited claim')] },
      { type: 'footnote', version: 1, noteId: '0f8d7c6b-5a49-4382-9170-6e5d4c3b2a19', text: `Note ${PAYLOADS[0]}`, sourceIds: [] },
    ),
    { type: 'figure', version: 1, assetId: added.asset.id, caption: `Caption ${PAYLOAD}`, alt: `Alt ${PAYLOADS[1]}`, credit: `Credit ${PAYLOADS[3]}`, crop: null, rotation: 0 },
  ]);
  await rpc(page, origin, 'articles.save', { id: article.id, baseVersion: article.version, body });
  // A comment thread with a reply, on words that are no longer in the text (so it is listed with its quote).
  const comment = await rpc<{ id: string }>(page, origin, 'review.addComment', {
    articleId: article.id,
    id: '7c1e2d3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
    quote: `Quote ${PAYLOADS[2]}`,
    text: `Comment ${PAYLOAD}`,
  });
  await rpc(page, origin, 'review.reply', { commentId: comment.id, text: `Reply ${PAYLOADS[1]}` });
  return { articleId: article.id };
}

const PLACES: readonly Place[] = [
  {
    name: 'headline',
    shown: async (page) => expect(new EditorPage(page).headline).toHaveValue(`Headline ${PAYLOADS[0]}`),
  },
  {
    name: 'dek',
    shown: async (page) => expect(new EditorPage(page).dek).toHaveValue(`Dek ${PAYLOADS[1]}`),
  },
  {
    name: 'body text',
    shown: async (page) => expect(new EditorPage(page).body).toContainText(`Body ${PAYLOAD}`),
  },
  {
    name: 'javascript: link',
    shown: async (page) => expect(new EditorPage(page).body).toContainText('this javascript link'),
  },
  {
    name: 'figure caption and credit',
    shown: async (page) => {
      const figure = new EditorPage(page).body.locator('figure');
      await expect(figure).toContainText(`Caption ${PAYLOAD}`);
      await expect(figure).toContainText(`Credit ${PAYLOADS[3]}`);
    },
  },
  {
    name: 'comment, its reply and its quote',
    shown: async (page) => {
      const review = new ReviewPanelsPage(page);
      await review.openTab('Comments');
      await expect(review.panel).toContainText(`Comment ${PAYLOAD}`);
      await expect(review.panel).toContainText(`Reply ${PAYLOADS[1]}`);
      await expect(review.panel).toContainText(`Quote ${PAYLOADS[2]}`);
    },
  },
  {
    name: 'source title',
    shown: async (page) => {
      const sources = new SourcesPanelPage(page);
      await sources.open();
      await expect(sources.items.first()).toContainText(`Source ${PAYLOAD}`);
    },
  },
];

/** What must never be in the page or an HTML export: elements that run code or leave the page. */
const ACTIVE_CONTENT = 'script:not([src]), [onerror], [onload], [onclick], a[href^="javascript:" i], img[src="x"], iframe, object, embed';

test('script, handlers and javascript: links in every field are text in the editor and inert in every export', async ({ app, page, host }) => {
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  const { articleId } = await seed(page, host.origin);
  await app.openArticleByUrl(articleId);
  await expect(app.editor.headline).toBeVisible();

  for (const place of PLACES) await test.step(`shown as text: ${place.name}`, () => place.shown(page));

  expect(await page.locator(ACTIVE_CONTENT).count(), 'active content in the page').toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  // Activating the link in the text runs nothing either.
  await app.editor.body.getByText('this javascript link').click({ modifiers: ['Control'] });
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);

  const exported = async (format: string) =>
    (await rpc<{ content: string }>(page, host.origin, 'articles.export', { id: articleId, format })).content;

  await test.step('HTML export: the text is there, escaped; nothing in it is active', async () => {
    const html = await exported('html');
    // Parsed outside the page (linkedom runs nothing), as any HTML consumer would parse it.
    const { document } = parseHTML(html);
    expect(document.querySelectorAll(ACTIVE_CONTENT).length).toBe(0);
    for (const payload of PAYLOADS) expect(document.body.textContent ?? '').toContain(payload);
    expect(html).toContain('&lt;script&gt;');
  });

  await test.step('Markdown export: no raw HTML a Markdown renderer would keep, no javascript: link', async () => {
    const md = await exported('md');
    expect(md).not.toMatch(/(^|[^\\])<(script|img|svg|a)\b/im);
    expect(md).not.toMatch(/\]\(\s*javascript:/i);
    expect(md).toContain('Body ');
  });

  await test.step('JSON-LD export: data, and safe to put inside a <script> element', async () => {
    const jsonld = await exported('jsonld');
    expect(jsonld).not.toMatch(/<\/script|<!--/i);
    expect(JSON.stringify(JSON.parse(jsonld))).toContain(`Headline ${PAYLOADS[0]}`.replace(/"/g, '\\"'));
  });

  await test.step('JSON export: the text as data', async () => {
    const json = JSON.parse(await exported('json')) as unknown;
    expect(JSON.stringify(json)).toContain('window.__pwned');
  });

  await test.step('Plain-text export: the text itself, with no javascript: address', async () => {
    const txt = await exported('txt');
    expect(txt).toContain(`Body ${PAYLOAD}`);
    expect(txt).not.toContain(JS_URL);
  });

  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
});

test('pasted and imported HTML with script comes in as text, never as markup', async ({ app, page, host }) => {
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  const imported = await rpc<{ id: string }>(page, host.origin, 'articles.import', {
    fileName: 'hostile.html',
    text: `<html><head><title>Imported ${PAYLOADS[0]}</title><script>window.__pwned='head'</script></head><body><h1>Imported</h1><p onclick="window.__pwned='p'">Paragraph <img src=x onerror="window.__pwned='img'"> with <a href="javascript:window.__pwned='a'">a link</a> and the words ${PAYLOADS[0].replace(/</g, '&lt;')}.</p></body></html>`,
  });
  await app.openArticleByUrl(imported.id);
  await expect(app.editor.body).toContainText('Paragraph');
  await expect(app.editor.body).toContainText(PAYLOADS[0]);
  expect(await page.locator(ACTIVE_CONTENT).count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
});
