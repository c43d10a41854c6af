import type { ArticleBody } from '../body';
import { cleanText, oneLine } from './clean-text';
import type { RenderableArticle } from './html';
import { readBody } from './read-body';
import { figureText } from './figure';
import type { Block, FootnoteMarker, Inline, ListBlock } from './tree';
import { noteSegments } from './note-segments';
import { FootnoteNumbering } from '../footnote-numbering';

/**
 * Plain text for wire copy, e-mail and search snippets: no markup beyond list markers,
 * quotations indented, and each link's address after its text so that it is not lost.
 */

/** The footnotes met so far, with their numbers. */
interface TextState {
  footnotes: FootnoteNumbering<FootnoteMarker>;
}

function inlineText(inlines: readonly Inline[], state: TextState): string {
  let text = '';
  for (const inline of inlines) {
    switch (inline.kind) {
      case 'text':
        text += inline.text;
        break;
      case 'break':
        text += '\n';
        break;
      case 'link': {
        text += linkedText(inlineText(inline.children, state), inline.url);
        break;
      }
      case 'citation':
        text += inlineText(inline.children, state);
        break;
      case 'footnote':
        text += `[${state.footnotes.number(inline)}]`;
        break;
      case 'reference':
        text += `[${inline.label}]`;
        break;
    }
  }
  return text;
}

function renderInline(inlines: readonly Inline[], state: TextState): string {
  return cleanText(inlineText(inlines, state))
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

function renderList(list: ListBlock, state: TextState): string {
  return list.items
    .map((item, index) => {
      const marker = list.ordered ? `${list.start + index}.` : '-';
      const pad = ' '.repeat(marker.length + 1);
      const head = renderInline(item.children, state);
      const lines = [head === '' ? marker : indentLines(head, `${marker} `, pad)];
      for (const nested of item.lists) lines.push(indentLines(renderList(nested, state), pad, pad));
      return lines.join('\n');
    })
    .join('\n');
}

function renderBlock(block: Block, state: TextState): string {
  switch (block.kind) {
    case 'paragraph':
    case 'heading':
      return renderInline(block.children, state);
    case 'quote':
      return indentLines(renderInline(block.children, state), '    ', '    ');
    case 'list':
      return block.items.length > 0 ? renderList(block, state) : '';
    case 'figure':
      return figureText(block);
  }
}

/** Linked words in plain text: the words, then the address in brackets (once, when the words are the address). */
function linkedText(words: string, url: string): string {
  const label = words.trim();
  const address = url.replace(/^mailto:/i, '');
  if (label === '') return address;
  if (label === address || label === url) return label;
  return `${label} (${address})`;
}

/** A "Notes" section: each note after its number in brackets, further lines indented under it. */
function renderNotes(state: TextState): string {
  if (state.footnotes.notes.length === 0) return '';
  const notes = state.footnotes.notes.map(({ note, number }) => {
    const marker = `[${number}]`;
    const text = cleanText(noteSegments(note).map((segment) => (segment.url === null ? segment.text : linkedText(segment.text, segment.url))).join(''))
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '')
      .join('\n');
    return text === '' ? marker : indentLines(text, `${marker} `, ' '.repeat(marker.length + 1));
  });
  return `Notes\n\n${notes.join('\n')}`;
}

/** The body alone as plain text, blocks separated by blank lines; footnotes as `[N]` and a Notes section at the end. */
export function renderBodyPlainText(body: ArticleBody): string {
  const state: TextState = { footnotes: new FootnoteNumbering() };
  const blocks = readBody(body)
    .map((block) => renderBlock(block, state))
    .filter((block) => block !== '');
  const notes = renderNotes(state);
  if (notes !== '') blocks.push(notes);
  const text = blocks.join('\n\n');
  return text === '' ? '' : `${text}\n`;
}

/** The article as plain text: headline, dek, bylines, dateline, then the body. */
export function renderPlainText(article: RenderableArticle): string {
  const { meta } = article;
  const bylines = meta.bylines.map((name) => name.trim()).filter((name) => name !== '');
  const head = [meta.headline, meta.dek, bylines.join(', '), meta.dateline]
    .map(oneLine)
    .filter((part) => part !== '');
  const body = renderBodyPlainText(article.body).trimEnd();
  const parts = body === '' ? head : [...head, body];
  return parts.length === 0 ? '' : `${parts.join('\n\n')}\n`;
}
