import type { Block, Inline } from '../../../shared/content/render/tree';
import { importedBody, PartBudget } from '../budget';
import { checkedMeta, type FoundMeta } from '../meta';
import type { ImportResult } from '../result';
import { limitNesting } from './limit-nesting';
import { danglingWarning } from '../references';
import { extractFootnotes } from './footnotes';
import { readableArticle } from './readable';
import { htmlToBlocks, type ConvertedHtml } from './to-blocks';
import { parseSanitisedHtml, textContent, type HtmlElement } from './sanitised-tree';
import { sanitizeImportedHtml, SUBTITLE_ID } from './sanitize';

const plainText = (inlines: readonly Inline[]): string =>
  inlines
    .map((inline) => {
      switch (inline.kind) {
        case 'text':
          return inline.text;
        case 'break':
          return ' ';
        case 'link':
        case 'citation':
          return plainText(inline.children);
        case 'footnote':
          return '';
        case 'reference':
          return `[${inline.label}]`;
      }
    })
    .join('');

/** Things the sanitiser removes that the person should hear about. */
function removalWarnings(html: string): string[] {
  const warnings: string[] = [];
  let images = 0;
  for (const _ of html.matchAll(/<img\b/gi)) images += 1;
  if (images > 0) {
    warnings.push(
      `${images === 1 ? 'An image was' : `${images} images were`} left out. Add images with the image tool, which records their credit and licence.`,
    );
  }
  if (/<(?:script|iframe|object|embed|frame|video|audio|svg)\b/i.test(html)) {
    warnings.push('Scripts and embedded content (videos, frames, drawings) were removed.');
  }
  if (/<table\b/i.test(html)) warnings.push('Tables were turned into paragraphs, one per cell.');
  return warnings;
}

/** Removes the paragraph the sanitiser tagged as a Google Docs subtitle, and gives its text. */
function takeSubtitle(root: HtmlElement): string | null {
  const stack: HtmlElement[] = [root];
  while (stack.length > 0) {
    const parent = stack.pop()!;
    for (let i = 0; i < parent.children.length; i += 1) {
      const child = parent.children[i]!;
      if (child.kind !== 'element') continue;
      if (child.attributes.get('id') === SUBTITLE_ID) {
        parent.children.splice(i, 1);
        return textContent(child).replace(/\s+/g, ' ').trim() || null;
      }
      stack.push(child);
    }
  }
  return null;
}

/** Sanitise, parse, find the footnotes, convert: the blocks of any HTML, with what the person should hear. */
function convertHtml(html: string, warnings: string[], budget: PartBudget): ConvertedHtml & { subtitle: string | null } {
  warnings.push(...removalWarnings(html));
  // Pages carry layout markup around the text: allow five start tags per part of the body
  // before sanitising, and three nodes per part after it (a list item's <li>, <p> and text).
  const limited = limitNesting(html, budget.forStage(5));
  const tree = parseSanitisedHtml(sanitizeImportedHtml(limited), budget.forStage(3));
  const subtitle = takeSubtitle(tree);
  const notes = extractFootnotes(tree);
  if (notes.comments > 0) {
    warnings.push(`${notes.comments === 1 ? 'A reviewer’s comment was' : `${notes.comments} reviewers’ comments were`} left out: comments are not part of the article.`);
  }
  const converted = htmlToBlocks(tree);
  warnings.push(...danglingWarning([...notes.dangling, ...converted.danglingInText]));
  return { ...converted, subtitle };
}

/**
 * The shared second half of the HTML and Markdown importers: sanitise, convert, and take
 * the headline from a leading `<h1>` (removed from the body so it is not there twice) or
 * else from `<title>`.
 */
export function importSanitisedHtml(html: string, found: FoundMeta, warnings: string[], budget: PartBudget): ImportResult {
  const { blocks, title, subtitle } = convertHtml(html, warnings, budget);
  const meta: FoundMeta = { ...found };
  if (meta.dek === undefined && subtitle !== null) meta.dek = subtitle;
  const first: Block | undefined = blocks[0];
  if (first?.kind === 'heading' && first.level === 1) {
    const heading = plainText(first.children).trim();
    if (meta.headline === undefined || meta.headline.trim() === heading) {
      meta.headline ??= heading;
      blocks.shift();
    }
  }
  if (meta.headline === undefined && title !== null) meta.headline = title;
  return { meta: checkedMeta(meta, warnings), body: importedBody(blocks, budget), warnings };
}

/**
 * An HTML file: an export from another editor, a Word or Google Docs document saved as a
 * web page, or a whole saved web page (from which only the article is taken).
 */
export function importHtml(text: string, fileName: string): ImportResult {
  const page = readableArticle(text);
  if (page === null) return importSanitisedHtml(text, {}, [], new PartBudget(fileName));
  const found: FoundMeta = {};
  if (page.title !== null) found.headline = page.title;
  if (page.byline !== null) found.bylines = [page.byline.replace(/^by\s+/i, '')];
  const warnings = ['Only the article was kept from this web page: its menus, links to other pages and footer were left out.'];
  return importSanitisedHtml(page.content, found, warnings, new PartBudget(fileName));
}

/** What a paste becomes: body content (no headline is taken from it) and what was changed. */
export interface ConvertedPaste {
  blocks: Block[];
  warnings: string[];
}

/** HTML pasted into the editor, through the same sanitiser and footnote conversion as an import. */
export function convertPastedHtml(html: string): ConvertedPaste {
  const warnings: string[] = [];
  const budget = new PartBudget('The pasted text');
  const { blocks } = convertHtml(html, warnings, budget);
  importedBody(blocks, budget);
  return { blocks, warnings };
}
