import { importSanitisedHtml } from '../html/import-html';
import { PartBudget } from '../budget';
import type { ImportResult } from '../result';
import { parseMarkdownBlocks } from './blocks';
import { readFrontMatter } from './front-matter';
import { linkFootnotes, takeFootnoteDefinitions } from './footnotes';
import { markdownToHtml } from './to-html';

/**
 * Markdown (CommonMark with GitHub's strikethrough, tables and bare links): front matter
 * gives metadata, the Markdown becomes HTML, and the HTML goes the same way as an HTML
 * import (sanitised, converted, a leading `# Title` taken as the headline).
 */
export function importMarkdown(text: string, fileName: string): ImportResult {
  const warnings: string[] = [];
  const budget = new PartBudget(fileName);
  const { found, content, ignored } = readFrontMatter(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  if (ignored.length > 0) warnings.push(`These front-matter fields mean nothing to Galley and were ignored: ${ignored.join(', ')}.`);
  const { content: markdown, notes } = takeFootnoteDefinitions(content);
  const document = parseMarkdownBlocks(markdown, budget);
  const html = linkFootnotes(markdownToHtml(document, warnings, budget), notes, document.definitions, budget);
  return importSanitisedHtml(html, found, warnings, budget);
}
