import type { Block, Inline } from '../../../shared/content/render/tree';
import { importedBody, PartBudget } from '../budget';
import { checkedMeta, type FoundMeta } from '../meta';
import type { ImportResult } from '../result';
import { limitNesting } from './limit-nesting';
import { htmlToBlocks } from './to-blocks';
import { parseSanitisedHtml } from './sanitised-tree';
import { sanitizeImportedHtml } from './sanitize';

const plainText = (inlines: readonly Inline[]): string =>
  inlines.map((inline) => (inline.kind === 'text' ? inline.text : inline.kind === 'break' ? ' ' : plainText(inline.children))).join('');

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

/**
 * The shared second half of the HTML and Markdown importers: sanitise, convert, and take
 * the headline from a leading `<h1>` (removed from the body so it is not there twice) or
 * else from `<title>`.
 */
export function importSanitisedHtml(html: string, found: FoundMeta, warnings: string[], budget: PartBudget): ImportResult {
  warnings.push(...removalWarnings(html));
  // Pages carry layout markup around the text: allow five start tags per part of the body
  // before sanitising, and three nodes per part after it (a list item's <li>, <p> and text).
  const limited = limitNesting(html, budget.forStage(5));
  const { blocks, title } = htmlToBlocks(parseSanitisedHtml(sanitizeImportedHtml(limited), budget.forStage(3)));
  const meta: FoundMeta = { ...found };
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

/** An HTML file (a saved web page, an export from another editor, HTML pasted from Word or Google Docs). */
export function importHtml(text: string, fileName: string): ImportResult {
  return importSanitisedHtml(text, {}, [], new PartBudget(fileName));
}
