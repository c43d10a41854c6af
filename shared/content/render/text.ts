import type { ArticleBody } from '../body';
import { cleanText } from './clean-text';
import type { RenderableArticle } from './html';
import { readBody } from './read-body';
import type { Block, Inline, ListBlock } from './tree';

/**
 * Plain text for wire copy, e-mail and search snippets: no markup beyond list markers,
 * quotations indented, and each link's address after its text so that it is not lost.
 */

function renderInline(inlines: readonly Inline[]): string {
  let text = '';
  for (const inline of inlines) {
    if (inline.kind === 'text') text += inline.text;
    else if (inline.kind === 'break') text += '\n';
    else {
      const label = renderInline(inline.children).trim();
      const address = inline.url.replace(/^mailto:/i, '');
      if (label === '') text += address;
      else if (label === address || label === inline.url) text += label;
      else text += `${label} (${address})`;
    }
  }
  return cleanText(text)
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .trim();
}

const indentLines = (text: string, first: string, rest: string): string =>
  text
    .split('\n')
    .map((line, index) => (line === '' ? line : `${index === 0 ? first : rest}${line}`))
    .join('\n');

function renderList(list: ListBlock): string {
  return list.items
    .map((item, index) => {
      const marker = list.ordered ? `${list.start + index}.` : '-';
      const pad = ' '.repeat(marker.length + 1);
      const head = renderInline(item.children);
      const lines = [head === '' ? marker : indentLines(head, `${marker} `, pad)];
      for (const nested of item.lists) lines.push(indentLines(renderList(nested), pad, pad));
      return lines.join('\n');
    })
    .join('\n');
}

function renderBlock(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
    case 'heading':
      return renderInline(block.children);
    case 'quote':
      return indentLines(renderInline(block.children), '    ', '    ');
    case 'list':
      return block.items.length > 0 ? renderList(block) : '';
  }
}

/** The body alone as plain text, blocks separated by blank lines. */
export function renderBodyPlainText(body: ArticleBody): string {
  const text = readBody(body)
    .map(renderBlock)
    .filter((block) => block !== '')
    .join('\n\n');
  return text === '' ? '' : `${text}\n`;
}

/** The article as plain text: headline, dek, bylines, dateline, then the body. */
export function renderPlainText(article: RenderableArticle): string {
  const { meta } = article;
  const bylines = meta.bylines.map((name) => name.trim()).filter((name) => name !== '');
  const head = [meta.headline, meta.dek, bylines.join(', '), meta.dateline]
    .map((part) => cleanText(part).replace(/\s+/g, ' ').trim())
    .filter((part) => part !== '');
  const body = renderBodyPlainText(article.body).trimEnd();
  const parts = body === '' ? head : [...head, body];
  return parts.length === 0 ? '' : `${parts.join('\n\n')}\n`;
}
