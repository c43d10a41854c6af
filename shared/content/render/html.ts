import type { ArticleBody } from '../body';
import type { ArticleMeta } from '../../domain/article';
import { textDirection, type TextDirection } from './direction';
import { escapeHtml } from './escape-html';
import { noteSegments } from './note-segments';
import { FootnoteNumbering } from '../footnote-numbering';
import { planFormats, planningFormats } from './format-nesting';
import { isBlank, readBody } from './read-body';
import { figureHtml } from './figure';
import { TEXT_FORMAT } from './text-format';
import { nameableSources, sourceLabel, type SourceLookup } from './sources';
import type { Block, FigureBlock, FootnoteMarker, Inline, ListBlock } from './tree';

export interface RenderableArticle {
  meta: ArticleMeta;
  body: ArticleBody;
}

export interface BodyHtmlOptions {
  /** The direction of the page the fragment goes into; blocks that differ get their own `dir`. */
  direction?: TextDirection;
  /** The cited sources by id: citations then link to them. Without it, cited words are plain text. */
  sources?: SourceLookup;
  /** How footnotes are written; Galley's own (numbered notes after the body) when not given. */
  footnotes?: FootnoteDialect;
  /** How figures are written; `figureHtml` when not given. */
  figure?: (figure: FigureBlock) => string;
}

/** One note as a dialect receives it: its marker, its number, and its content already as HTML. */
export interface RenderedNote {
  note: FootnoteMarker;
  n: number;
  /** The note's text and the sources it names (confidential ones never), as inline HTML. */
  html: string;
}

/**
 * How a publishing dialect writes footnotes: the marker in the text, and the notes after
 * the body. Backends differ (WordPress keeps notes in post meta and wants `data-fn`
 * anchors); the walk, the numbering and the redaction of sources stay here.
 */
export interface FootnoteDialect {
  marker(note: FootnoteMarker, n: number): string;
  notes(notes: readonly RenderedNote[]): string;
}

/** What a whole-article renderer may be given besides the article. */
export interface RenderOptions {
  sources?: SourceLookup;
}

/** HTML elements for the format bits, in the order they nest when they run equally far. */
const FORMAT_TAGS: ReadonlyArray<readonly [number, string]> = [
  [TEXT_FORMAT.bold, 'strong'],
  [TEXT_FORMAT.italic, 'em'],
  [TEXT_FORMAT.underline, 'u'],
  [TEXT_FORMAT.strikethrough, 's'],
  [TEXT_FORMAT.highlight, 'mark'],
  [TEXT_FORMAT.subscript, 'sub'],
  [TEXT_FORMAT.superscript, 'sup'],
  [TEXT_FORMAT.code, 'code'],
];
const TRACKED = FORMAT_TAGS.map(([flag]) => flag);
const TRACKED_MASK = TRACKED.reduce((mask, flag) => mask | flag, 0);
const tagOf = (flag: number): string => FORMAT_TAGS.find(([f]) => f === flag)?.[1] ?? 'span';

/** Links always carry this: the exported page must not hand the reader's tab to the target. */
const LINK_REL = 'noopener noreferrer';

/** What renderers carry through one body: the footnotes met so far, and the sources to link. */
interface HtmlState {
  footnotes: FootnoteNumbering<FootnoteMarker>;
  sources: SourceLookup | undefined;
  dialect: FootnoteDialect;
  figure: (figure: FigureBlock) => string;
}

function renderInlines(inlines: readonly Inline[], outerFormat: number, state: HtmlState, insideAnchor: boolean): string {
  const formats = planningFormats(inlines, TRACKED_MASK & ~outerFormat);
  const { steps, closeAtEnd } = planFormats(formats, TRACKED);
  let html = '';
  inlines.forEach((inline, i) => {
    const step = steps[i];
    if (step !== undefined) {
      for (const flag of step.close) html += `</${tagOf(flag)}>`;
      for (const flag of step.open) html += `<${tagOf(flag)}>`;
    }
    const format = outerFormat | (formats[i] ?? 0);
    switch (inline.kind) {
      case 'text':
        html += escapeHtml(inline.text);
        break;
      case 'break':
        html += '<br>';
        break;
      case 'link':
        html += insideAnchor ? renderInlines(inline.children, format, state, true) : renderLink(inline.url, inline.title, inline.children, format, state);
        break;
      case 'citation':
        html += renderCitation(inline.sourceIds, inline.children, format, state, insideAnchor);
        break;
      case 'footnote':
        html += state.dialect.marker(inline, state.footnotes.number(inline));
        break;
      case 'reference':
        html += escapeHtml(`[${inline.label}]`);
        break;
    }
  });
  for (const flag of closeAtEnd) html += `</${tagOf(flag)}>`;
  return html;
}

function renderLink(url: string, title: string | null, children: readonly Inline[], outerFormat: number, state: HtmlState): string {
  const titleAttribute = title !== null && title !== '' ? ` title="${escapeHtml(title)}"` : '';
  const content = isBlank(children) ? escapeHtml(url) : renderInlines(children, outerFormat, state, true);
  return `<a href="${escapeHtml(url)}" rel="${LINK_REL}"${titleAttribute}>${content}</a>`;
}

/**
 * Cited words link to the first cited source that has an address; with sources but no
 * address they are a span naming the source; without sources (or inside a link, where an
 * anchor may not nest) they are just the words.
 */
function renderCitation(sourceIds: readonly string[], children: readonly Inline[], outerFormat: number, state: HtmlState, insideAnchor: boolean): string {
  const named = nameableSources(sourceIds, state.sources);
  const linked = insideAnchor ? undefined : named.find((source) => source.url !== null);
  const content = renderInlines(children, outerFormat, state, insideAnchor || linked !== undefined);
  if (named.length === 0 || insideAnchor || isBlank(children)) return content;
  const title = ` title="${escapeHtml(named.map(sourceLabel).join('; '))}"`;
  if (linked?.url) return `<a class="citation" href="${escapeHtml(linked.url)}" rel="${LINK_REL}"${title}>${content}</a>`;
  return `<span class="citation"${title}>${content}</span>`;
}

const dirAttribute = (direction: TextDirection | null, base: TextDirection): string =>
  direction !== null && direction !== base ? ` dir="${direction}"` : '';

function renderList(list: ListBlock, state: HtmlState): string {
  const tag = list.ordered ? 'ol' : 'ul';
  const start = list.ordered && list.start !== 1 ? ` start="${list.start}"` : '';
  const items = list.items.map(
    (item) => `<li>${renderInlines(item.children, 0, state, false)}${item.lists.map((nested) => renderList(nested, state)).join('')}</li>`,
  );
  return `<${tag}${start}>\n${items.join('\n')}\n</${tag}>`;
}

/**
 * Adjacent quote blocks are one quotation in two paragraphs: Lexical makes a new quote
 * node for each paragraph typed inside a quote, and a reader sees a single block.
 */
function renderBlocks(blocks: readonly Block[], base: TextDirection, state: HtmlState): string[] {
  const out: string[] = [];
  let quote: string[] = [];
  const flushQuote = () => {
    if (quote.length > 0) out.push(`<blockquote>\n${quote.join('\n')}\n</blockquote>`);
    quote = [];
  };
  const inline = (children: readonly Inline[]) => renderInlines(children, 0, state, false);
  for (const block of blocks) {
    if (block.kind !== 'quote') flushQuote();
    switch (block.kind) {
      case 'paragraph':
        if (!isBlank(block.children)) out.push(`<p${dirAttribute(block.direction, base)}>${inline(block.children)}</p>`);
        break;
      case 'heading':
        if (!isBlank(block.children)) {
          out.push(`<h${block.level}${dirAttribute(block.direction, base)}>${inline(block.children)}</h${block.level}>`);
        }
        break;
      case 'quote':
        if (!isBlank(block.children)) quote.push(`<p${dirAttribute(block.direction, base)}>${inline(block.children)}</p>`);
        break;
      case 'list':
        if (block.items.length > 0) out.push(renderList(block, state));
        break;
      case 'figure':
        out.push(state.figure(block));
        break;
    }
  }
  flushQuote();
  return out;
}

/** A note's text, then its own sources named and linked as citations are (confidential ones never). */
export function noteContentHtml(note: FootnoteMarker, sources: SourceLookup | undefined): string {
  const text = noteSegments(note)
    .map((segment) => (segment.url === null ? escapeHtml(segment.text) : `<a href="${escapeHtml(segment.url)}" rel="${LINK_REL}">${escapeHtml(segment.text)}</a>`))
    .join('')
    .trim()
    .replace(/\n/g, '<br>');
  const named = nameableSources(note.sourceIds, sources).map((source) =>
    source.url === null ? escapeHtml(sourceLabel(source)) : `<a href="${escapeHtml(source.url)}" rel="${LINK_REL}">${escapeHtml(sourceLabel(source))}</a>`,
  );
  const cited = named.length > 0 ? `${text === '' ? '' : ' '}${named.join('; ')}` : '';
  return `${text}${cited}`;
}

/** Galley's own footnotes: a numbered list after the body, each note linking back to its marker. */
export const GALLEY_FOOTNOTES: FootnoteDialect = {
  marker: (_note, n) => `<sup id="fnref-${n}"><a href="#fn-${n}">${n}</a></sup>`,
  notes(notes) {
    if (notes.length === 0) return '';
    const items = notes.map(({ n, html }) => {
      const space = html === '' ? '' : ' ';
      return `<li id="fn-${n}">${html}${space}<a href="#fnref-${n}" aria-label="Back to reference ${n}">↩</a></li>`;
    });
    return `<section class="footnotes" aria-label="Notes">\n<ol>\n${items.join('\n')}\n</ol>\n</section>`;
  },
};

function renderNotes(state: HtmlState): string {
  return state.dialect.notes(state.footnotes.notes.map(({ note, number }) => ({ note, n: number, html: noteContentHtml(note, state.sources) })));
}

/** The body alone as an HTML fragment: what a publishing target receives as the article's content. */
export function renderBodyHtml(body: ArticleBody, options: BodyHtmlOptions = {}): string {
  const state: HtmlState = {
    footnotes: new FootnoteNumbering(),
    sources: options.sources,
    dialect: options.footnotes ?? GALLEY_FOOTNOTES,
    figure: options.figure ?? figureHtml,
  };
  const parts = renderBlocks(readBody(body), options.direction ?? 'ltr', state);
  const notes = renderNotes(state);
  if (notes !== '') parts.push(notes);
  const html = parts.join('\n');
  return html === '' ? '' : `${html}\n`;
}

/** A little typography so that an exported file reads well when opened on its own. */
const STYLE = [
  'body{margin:0;padding:2rem 1rem;font:1.125rem/1.6 Georgia,serif;color:#1a1a1a;background:#fff}',
  'article{max-width:40rem;margin:0 auto}',
  'h1{font-size:2.25rem;line-height:1.2;margin:0 0 .5rem}',
  '.dek{font-size:1.25rem;color:#444;margin:0 0 1rem}',
  '.byline,.dateline{font:.95rem/1.4 system-ui,sans-serif;color:#555;margin:0 0 .25rem}',
  'blockquote{margin:1.5rem 0;padding:0 1rem;border-inline-start:3px solid #ccc;color:#333}',
  '.footnotes{margin-top:2.5rem;border-top:1px solid #ddd;font-size:.95rem}',
  'sup a{text-decoration:none}',
].join('\n');

/**
 * A complete, standalone HTML5 page for an article: headline, dek, bylines, dateline and
 * body inside an `<article>`, with `lang` and `dir` from the article's language. Nothing
 * in it loads a remote resource or runs a script.
 */
export function renderHtml(article: RenderableArticle, options: RenderOptions = {}): string {
  const { meta } = article;
  const direction = textDirection(meta.language);
  const language = /^[A-Za-z0-9-]+$/.test(meta.language) ? meta.language : 'und';
  const headline = meta.headline.trim();
  const header: string[] = [];
  if (headline !== '') header.push(`<h1>${escapeHtml(headline)}</h1>`);
  if (meta.dek.trim() !== '') header.push(`<p class="dek">${escapeHtml(meta.dek.trim())}</p>`);
  const bylines = meta.bylines.map((name) => name.trim()).filter((name) => name !== '');
  if (bylines.length > 0) {
    header.push(`<p class="byline">${bylines.map((name) => `<span class="author">${escapeHtml(name)}</span>`).join(', ')}</p>`);
  }
  if (meta.dateline.trim() !== '') header.push(`<p class="dateline">${escapeHtml(meta.dateline.trim())}</p>`);
  const description = meta.dek.trim() !== '' ? `\n<meta name="description" content="${escapeHtml(meta.dek.trim())}">` : '';
  return [
    '<!DOCTYPE html>',
    `<html lang="${language}" dir="${direction}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(headline === '' ? 'Untitled' : headline)}</title>${description}`,
    `<style>\n${STYLE}\n</style>`,
    '</head>',
    '<body>',
    '<article>',
    header.length > 0 ? `<header>\n${header.join('\n')}\n</header>` : '',
    renderBodyHtml(article.body, { direction, sources: options.sources }).trimEnd(),
    '</article>',
    '</body>',
    '</html>',
    '',
  ]
    .filter((line, index, lines) => line !== '' || index === lines.length - 1)
    .join('\n');
}
