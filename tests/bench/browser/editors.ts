import type { BrowserContext, Page } from '@playwright/test';
import { articleRow, GALLEY_BODY, loadGalley, type GalleyApp } from './galley-app';
import { BARE_LEXICAL_HINTED_PAGE, BARE_LEXICAL_PAGE, PLAIN_PAGE } from './bench-pages';
import { probe } from './probe-client';

/** One of the three editors the browser benchmarks compare. */
export interface EditorUnderTest {
  name: 'Galley' | 'bare Lexical' | 'bare Lexical, new editor per document' | 'bare Lexical, compiled at load' | 'plain contenteditable';
  /** The contenteditable element holding the document. */
  selector: string;
  context: BrowserContext;
  /** Loads the page, ready for the click that opens the long read. */
  load(page: Page): Promise<void>;
  /** The click that opens the long read. */
  clickOpen(page: Page): Promise<void>;
}

const BENCH_BODY = '#editor-body';

export function galleyEditor(context: BrowserContext, app: GalleyApp): EditorUnderTest {
  let visited = false;
  return {
    name: 'Galley',
    selector: GALLEY_BODY,
    context,
    async load(page) {
      await loadGalley(page, app, !visited);
      visited = true;
    },
    clickOpen: (page) => articleRow(page, app).click(),
  };
}

function benchPage(name: EditorUnderTest['name'], context: BrowserContext, url: string): EditorUnderTest {
  return {
    name,
    selector: BENCH_BODY,
    context,
    async load(page) {
      await page.goto(url);
      await page.locator(BENCH_BODY).waitFor({ state: 'attached' });
    },
    clickOpen: (page) => page.locator('#open').click(),
  };
}

export const bareLexicalEditor = (context: BrowserContext, origin: string) => benchPage('bare Lexical', context, origin + BARE_LEXICAL_PAGE);
/** The bare page on the variant with citations and footnotes (see data/cited-read.ts). */
export const bareLexicalCitedEditor = (context: BrowserContext, origin: string) =>
  benchPage('bare Lexical', context, `${origin}${BARE_LEXICAL_PAGE}?doc=cited`);
/** The bare page on the variant under review (see data/reviewed-read.ts). */
export const bareLexicalReviewedEditor = (context: BrowserContext, origin: string) =>
  benchPage('bare Lexical', context, `${origin}${BARE_LEXICAL_PAGE}?doc=reviewed`);
export const bareLexicalPerDocumentEditor = (context: BrowserContext, origin: string) =>
  benchPage('bare Lexical, new editor per document', context, `${origin}${BARE_LEXICAL_PAGE}?per-document`);
/** The bare page built with Galley's V8 compile hint, to tell the hint's share from the rest. */
export const bareLexicalHintedEditor = (context: BrowserContext, origin: string) =>
  benchPage('bare Lexical, compiled at load', context, origin + BARE_LEXICAL_HINTED_PAGE);
export const plainEditor = (context: BrowserContext, origin: string) => benchPage('plain contenteditable', context, origin + PLAIN_PAGE);

/** A new page with the long read open and fully rendered. */
export async function openLongRead(editor: EditorUnderTest, lastText: string): Promise<Page> {
  const page = await editor.context.newPage();
  await editor.load(page);
  await editor.clickOpen(page);
  await probe.waitForDocument(page, editor.selector, lastText);
  return page;
}
