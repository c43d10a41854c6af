import type { PartBudget } from '../budget';
import type { LinkDefinition, MarkdownBlock, MarkdownDocument } from './blocks';
import { inlineMarkdownToHtml } from './inline';
import { escapeHtml } from '../../../shared/content/render/escape-html';

/** A GFM table's delimiter row (`| --- | :-: |`), checked cell by cell rather than with one backtracking pattern. */
function isTableDelimiterRow(line: string): boolean {
  if (!line.includes('|') && !line.includes('-')) return false;
  const cells = line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|');
  return cells.length > 0 && cells.every((cell) => /^:?-+:?$/.test(cell.trim()));
}

const tableRow = (line: string): string => line.trim().replace(/^\|/, '').replace(/\|$/, '').trim();

class HtmlWriter {
  readonly warnings = new Set<string>();

  constructor(
    private readonly definitions: ReadonlyMap<string, LinkDefinition>,
    private readonly budget: PartBudget | null,
  ) {}

  private inline(text: string): string {
    return inlineMarkdownToHtml(text, this.definitions, this.budget);
  }

  blocks(blocks: readonly MarkdownBlock[]): string {
    return blocks.map((block) => this.block(block)).join('\n');
  }

  private block(block: MarkdownBlock): string {
    switch (block.type) {
      case 'paragraph': {
        const [header, delimiter] = block.lines;
        if (header?.includes('|') === true && delimiter !== undefined && isTableDelimiterRow(delimiter)) {
          // The body has no tables: keep each row as a paragraph, cells apart.
          this.warnings.add('Tables were turned into paragraphs, one per row.');
          return [header, ...block.lines.slice(2)].map((row) => `<p>${this.inline(tableRow(row))}</p>`).join('\n');
        }
        return `<p>${this.inline(block.lines.join('\n'))}</p>`;
      }
      case 'heading':
        return `<h${block.level}>${this.inline(block.text)}</h${block.level}>`;
      case 'code':
        return `<pre><code>${escapeHtml(block.lines.join('\n'))}</code></pre>`;
      case 'html':
        return block.lines.join('\n');
      case 'rule':
        return '';
      case 'quote':
        return `<blockquote>\n${this.blocks(block.children)}\n</blockquote>`;
      case 'list': {
        const tag = block.ordered ? 'ol' : 'ul';
        const start = block.ordered && block.start !== 1 ? ` start="${block.start}"` : '';
        const items = block.items.map((item) => `<li>${this.blocks(item.children)}</li>`).join('\n');
        return `<${tag}${start}>\n${items}\n</${tag}>`;
      }
    }
  }
}

/** A parsed Markdown document as HTML (not yet sanitised: raw HTML in the Markdown passes through). */
export function markdownToHtml(document: MarkdownDocument, warnings: string[], budget: PartBudget | null = null): string {
  // Inline output runs to several pieces per part of the body (text, markup, delimiters).
  const writer = new HtmlWriter(document.definitions, budget?.forStage(10) ?? null);
  const html = writer.blocks(document.blocks);
  warnings.push(...writer.warnings);
  return html;
}
