import { parseHTML } from 'linkedom';
import { test, expect } from './fixtures';
import { FootnotesPage } from './pages/FootnotesPage';
import { ChecksPanelPage } from './pages/ChecksPanelPage';
import { rpc } from './support/rpc';

/**
 * Right-to-left articles written end to end: typed in the editor (which turns to
 * dir="rtl"), a citation, two footnotes numbered in the order a reader meets them, the
 * checks, and every export with the right language and direction.
 *
 * Footnote numbers are Western digits (1, 2) in the editor and in every export alike: the
 * exports' anchors (#fn-1) and Markdown labels ([^1]) must be ASCII, and one numbering
 * everywhere means the number a desk chief reads in Galley is the one readers see.
 */
const LANGUAGES = [
  {
    tag: 'ur',
    headline: 'کراچی میں بارش',
    first: 'شہر میں کل رات شدید بارش ہوئی۔',
    cited: 'شدید بارش',
    second: 'محکمہ موسمیات نے مزید بارش کی پیش گوئی کی ہے۔',
    notes: ['محکمہ موسمیات کا بیان', 'شہری انتظامیہ کے اعداد و شمار'],
    source: 'محکمہ موسمیات کی رپورٹ',
  },
  {
    tag: 'ar',
    headline: 'أمطار غزيرة في القاهرة',
    first: 'هطلت أمطار غزيرة على المدينة الليلة الماضية.',
    cited: 'أمطار غزيرة',
    second: 'وتتوقع هيئة الأرصاد مزيدا من الأمطار.',
    notes: ['بيان هيئة الأرصاد', 'أرقام المحافظة'],
    source: 'تقرير هيئة الأرصاد',
  },
] as const;

for (const lang of LANGUAGES) {
  test(`an article in ${lang.tag}: typed right to left, cited, footnoted, checked and exported with its direction and numbering`, async ({ app, page, host }) => {
    const notes = new FootnotesPage(page);
    const { editor } = app;
    await app.newArticle();
    await editor.headline.fill(lang.headline);
    await editor.language.fill(lang.tag);
    await editor.body.click();
    await editor.type(lang.first);
    await page.keyboard.press('Enter');
    await editor.type(lang.second);
    await expect(editor.body).toHaveAttribute('lang', lang.tag);
    // The frame around the body carries the direction (and so do the headline and dek inside it).
    expect(await editor.body.evaluate((body) => body.closest('[dir]')?.getAttribute('dir'))).toBe('rtl');
    await expect.poll(() => editor.direction()).toBe('rtl');
    // Text is stored and shown in logical order: the paragraphs read exactly as typed.
    await expect(editor.body.locator('p')).toHaveText([lang.first, lang.second]);

    // A citation on words in the first paragraph, to a new source with a right-to-left title.
    await notes.select(lang.cited);
    await page.keyboard.press('Control+Alt+C');
    await expect(notes.citeDialog).toBeVisible();
    await notes.citeDialog.getByRole('button', { name: 'New source…' }).click();
    const form = notes.citeDialog.getByRole('form', { name: 'New source' });
    await form.getByRole('textbox', { name: 'Title' }).fill(lang.source);
    await form.getByRole('textbox', { name: 'Address (URL)' }).fill('https://example.org/weather');
    await form.getByRole('button', { name: 'Add source' }).click();
    await notes.citeDialog.getByRole('button', { name: 'Cite', exact: true }).click();
    await expect(notes.citations).toHaveText([lang.cited]);

    // Footnotes: the second paragraph's first, then the first paragraph's: numbers follow the text.
    await notes.caretAtEndOf(1);
    await page.keyboard.press('Control+Alt+F');
    await notes.writeNote(lang.notes[1]);
    await notes.caretAtEndOf(0);
    await page.keyboard.press('Control+Alt+F');
    await notes.writeNote(lang.notes[0]);
    await expect.poll(() => notes.markerNotes()).toEqual([`1: ${lang.notes[0]}`, `2: ${lang.notes[1]}`]);
    expect(await notes.numbers()).toEqual(['1', '2']);
    await editor.expectSaved();

    // The checks run on it: nothing dangling, no empty note, the source is used.
    const checks = new ChecksPanelPage(page);
    await checks.open();
    const articleId = app.articleIdFromUrl();
    const { findings } = await rpc<{ findings: { code: string }[] }>(page, host.origin, 'checks.run', { articleId });
    const codes = findings.map((finding) => finding.code);
    for (const code of ['SOURCE_DANGLING_REFERENCE', 'FOOTNOTE_EMPTY', 'SOURCE_UNUSED', 'ARTICLE_UNSOURCED']) expect(codes).not.toContain(code);

    const exported = async (format: string) => (await rpc<{ content: string }>(page, host.origin, 'articles.export', { id: articleId, format })).content;

    const html = await exported('html');
    expect(html).toContain(`<html lang="${lang.tag}" dir="rtl">`);
    const { document } = parseHTML(html);
    const refs = [...document.querySelectorAll('sup[id^="fnref-"]')].map((sup) => sup.textContent);
    expect(refs).toEqual(['1', '2']);
    const listed = [...document.querySelectorAll('[id^="fn-"]')].map((note) => note.textContent ?? '');
    expect(listed[0]).toContain(lang.notes[0]);
    expect(listed[1]).toContain(lang.notes[1]);
    // The citation links to its source and names it (in the link's title).
    expect(html).toContain(lang.source);

    const md = await exported('md');
    expect(md.indexOf('[^1]')).toBeLessThan(md.indexOf('[^2]'));
    expect(md).toContain(`[^1]: ${lang.notes[0]}`);
    expect(md).toContain(`[^2]: ${lang.notes[1]}`);
    expect(md.indexOf(lang.second)).toBeGreaterThan(md.indexOf(lang.cited));

    const txt = await exported('txt');
    expect(txt).toContain(`${lang.first}[1]`);
    expect(txt).toContain(`${lang.second}[2]`);
    expect(txt).toContain(lang.notes[0]);

    const jsonld = JSON.parse(await exported('jsonld')) as { inLanguage?: string; headline?: string };
    expect(jsonld.inLanguage).toBe(lang.tag);
    expect(jsonld.headline).toBe(lang.headline);
  });
}
