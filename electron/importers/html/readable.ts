import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

/**
 * A saved web page carries menus, "related posts", share buttons and footers around the
 * article. Readability (Firefox's reader view) finds the article; it runs over linkedom,
 * a DOM without a script engine, so nothing in the page runs while it is read. What it
 * returns is still sanitised like any other HTML afterwards.
 */

export interface ReadableArticle {
  /** The article's HTML, not yet sanitised. */
  content: string;
  title: string | null;
  byline: string | null;
}

/**
 * Larger pages are left to the plain importer: linkedom builds a full DOM (about ten
 * microseconds and a few hundred bytes a node), and a real article page is far smaller.
 */
const MAX_PAGE_CHARS = 4 * 1024 * 1024;

/** Files written by word processors are documents, not pages: their notes must not be "cleaned" away. */
const WORD_PROCESSOR = /mso-|urn:schemas-microsoft-com|docs-internal-guid|id="?(?:_ftn|ftnt|_edn)|class="?(?:Mso|wp-block-footnotes)/i;

/** The marks of a page with a site around the article. */
const SITE_FURNITURE = /<(?:nav|header|footer|aside)\b|class="[^"]*\b(?:menu|navbar|sidebar|footer|share|related|widget)\b/i;

function looksLikeSavedPage(html: string): boolean {
  return html.length <= MAX_PAGE_CHARS && /<(?:html|body)\b/i.test(html) && SITE_FURNITURE.test(html) && !WORD_PROCESSOR.test(html);
}

/**
 * Page titles carry the site's name: "Headline | Site", "Site – Headline". The part that
 * is the page's own <h1> is the headline; failing that, the first part, which is where
 * most sites put it.
 */
function withoutSiteName(title: string, heading: string | null): string {
  const parts = title.split(/\s+[|–—»:·-]\s+/).map((part) => part.trim()).filter((part) => part !== '');
  if (parts.length < 2) return title;
  const normal = (text: string) => text.toLowerCase().replace(/\s+/g, ' ');
  if (heading !== null) {
    const match = parts.find((part) => normal(part) === normal(heading));
    if (match !== undefined) return match;
  }
  return parts[0] ?? title;
}

const clean = (value: string | null | undefined): string | null => {
  const text = value?.replace(/\s+/g, ' ').trim() ?? '';
  return text === '' ? null : text;
};

/** The article inside a saved web page, or null when the HTML is not one (or no article was found). */
export function readableArticle(html: string): ReadableArticle | null {
  if (!looksLikeSavedPage(html)) return null;
  let parsed;
  let heading: string | null = null;
  try {
    const { document } = parseHTML(html);
    // Read before Readability, which rearranges the document as it works.
    heading = clean(document.querySelector('h1')?.textContent);
    parsed = new Readability(document, { maxElemsToParse: 200_000, keepClasses: false }).parse();
  } catch {
    // A page linkedom or Readability cannot read is imported whole, as before.
    return null;
  }
  const content = parsed?.content ?? '';
  if (parsed === null || content.trim() === '' || (parsed.textContent ?? '').trim().length < 200) return null;
  const byline = clean(parsed.byline);
  const title = clean(parsed.title);
  return { content, title: title === null ? null : withoutSiteName(title, heading), byline: byline !== null && byline.length <= 200 ? byline : null };
}
