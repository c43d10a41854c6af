import { noteSegments } from './note-segments';
import { FootnoteNumbering } from '../footnote-numbering';
import type { ArticleBody } from '../body';
import { cleanText } from './clean-text';
import { planFormats, planningFormats } from './format-nesting';
import { pushAll } from './push-all';
import type { RenderableArticle, RenderOptions } from './html';
import { isBlank, readBody } from './read-body';
import { figureMarkdown } from './figure';
import { hasFormat, TEXT_FORMAT } from './text-format';
import { nameableSources, sourceLabel, type SourceLookup } from './sources';
import type { Block, FootnoteMarker, Inline, ListBlock, ListItem } from './tree';

/**
 * CommonMark (with GitHub's `~~strikethrough~~`). Text is escaped so that it can never
 * turn into markup, whatever the writer typed. Underline, subscript, superscript and
 * highlight have no Markdown and keep only their text.
 */

const DELIMITERS: ReadonlyArray<readonly [number, string]> = [
  [TEXT_FORMAT.bold, '**'],
  [TEXT_FORMAT.italic, '*'],
  [TEXT_FORMAT.strikethrough, '~~'],
];
const TRACKED = DELIMITERS.map(([flag]) => flag);
const TRACKED_MASK = TRACKED.reduce((mask, flag) => mask | flag, 0);
const delimiterOf = (flag: number): string => DELIMITERS.find(([f]) => f === flag)?.[1] ?? '';

type Token =
  | { kind: 'text'; value: string }
  | { kind: 'open' | 'close'; value: string }
  | { kind: 'break' }
  | { kind: 'raw'; value: string };

/** Escapes what could start markup anywhere in a line. Line starts get more (escapeLineStart). */
function escapeText(text: string): string {
  return cleanText(text)
    .replace(/[\\`*_[\]<~]/g, '\\$&')
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
}

/** At the start of a line, these would begin a heading, quote, list, setext underline or break. */
function escapeLineStart(escaped: string): string {
  return escaped.replace(/^[#>+=-]/, '\\$&').replace(/^(\d{1,9})([.)])/, '$1\\$2');
}

function codeSpan(text: string): string {
  const clean = cleanText(text);
  let longestRun = 0;
  for (const match of clean.matchAll(/`+/g)) longestRun = Math.max(longestRun, match[0].length);
  const fence = '`'.repeat(longestRun + 1);
  // A parser strips one space from each side when both are there, and a backtick next to
  // the fence would lengthen it: pad in both cases so the content survives exactly.
  const pad = /^`|`$/.test(clean) || (/^ /.test(clean) && / $/.test(clean) && /[^ ]/.test(clean)) ? ' ' : '';
  return `${fence}${pad}${clean}${pad}${fence}`;
}

/**
 * A link destination. URLs with parentheses or spaces go between angle brackets, where
 * CommonMark reads them literally (only `<`, `>` and backslashes need escaping), so the
 * address comes back exactly as it was.
 */
function destination(url: string): string {
  if (!/[\s()<>\\]/.test(url)) return url;
  return `<${url.replace(/[<>\\]/g, '\\$&').replace(/[\r\n]/g, (ch) => encodeURIComponent(ch))}>`;
}

function linkTitle(title: string | null): string {
  if (title === null || title.trim() === '') return '';
  return ` "${cleanText(title).replace(/\s+/g, ' ').replace(/["\\<>&]/g, '\\$&')}"`;
}

interface InlineContext {
  /** Headings are one line: line breaks become spaces. */
  singleLine: boolean;
}

/** What renderers carry through one body: the footnotes met so far, and the sources to link. */
interface MarkdownState {
  footnotes: FootnoteNumbering<FootnoteMarker>;
  sources: SourceLookup | undefined;
}

function pushLinkTokens(tokens: Token[], url: string, title: string | null, children: readonly Inline[], outerFormat: number, context: InlineContext, state: MarkdownState): void {
  tokens.push({ kind: 'raw', value: '[' });
  if (isBlank(children)) tokens.push({ kind: 'text', value: escapeText(url) });
  else pushInlines(tokens, children, outerFormat, context, state, true);
  tokens.push({ kind: 'raw', value: `](${destination(url)}${linkTitle(title)})` });
}

function pushInlines(
  tokens: Token[],
  inlines: readonly Inline[],
  outerFormat: number,
  context: InlineContext,
  state: MarkdownState,
  insideLink: boolean,
): void {
  const formats = planningFormats(inlines, TRACKED_MASK & ~outerFormat);
  // Emphasis around nothing but whitespace is not emphasis in CommonMark: let such a run
  // take only what both its neighbours have.
  inlines.forEach((inline, i) => {
    if (inline.kind === 'text' && inline.text.trim() === '') {
      formats[i] = (formats[i] ?? 0) & (formats[i - 1] ?? 0) & (formats[i + 1] ?? 0);
    }
  });
  const { steps, closeAtEnd } = planFormats(formats, TRACKED);
  inlines.forEach((inline, i) => {
    const step = steps[i];
    if (step !== undefined) {
      for (const flag of step.close) tokens.push({ kind: 'close', value: delimiterOf(flag) });
      for (const flag of step.open) tokens.push({ kind: 'open', value: delimiterOf(flag) });
    }
    const format = outerFormat | (formats[i] ?? 0);
    switch (inline.kind) {
      case 'text':
        if (hasFormat(inline.format, 'code')) tokens.push({ kind: 'raw', value: codeSpan(inline.text) });
        else tokens.push({ kind: 'text', value: escapeText(inline.text) });
        break;
      case 'break':
        tokens.push(context.singleLine ? { kind: 'text', value: ' ' } : { kind: 'break' });
        break;
      case 'link':
        if (insideLink) pushInlines(tokens, inline.children, format, context, state, true);
        else pushLinkTokens(tokens, inline.url, inline.title, inline.children, format, context, state);
        break;
      case 'citation': {
        // Cited words link to the first cited source with an address, when sources are known.
        const linked = insideLink || isBlank(inline.children) ? undefined : nameableSources(inline.sourceIds, state.sources).find((source) => source.url !== null);
        if (linked?.url) pushLinkTokens(tokens, linked.url, linked.title, inline.children, format, context, state);
        else pushInlines(tokens, inline.children, format, context, state, insideLink);
        break;
      }
      case 'footnote':
        tokens.push({ kind: 'raw', value: `[^${state.footnotes.number(inline)}]` });
        break;
      case 'reference':
        tokens.push({ kind: 'text', value: escapeText(`[${inline.label}]`) });
        break;
    }
  });
  for (const flag of closeAtEnd) tokens.push({ kind: 'close', value: delimiterOf(flag) });
}

const isWhitespace = (ch: string | undefined): boolean => ch !== undefined && /\s/u.test(ch);

/** The text without trailing whitespace, cut by hand: `/\s+$/` is quadratic on long inner runs of spaces. */
function trimEnd(text: string): string {
  let end = text.length;
  while (end > 0 && isWhitespace(text[end - 1])) end -= 1;
  return text.slice(0, end);
}

/** Removes trailing whitespace from the last parts (but not from escapes or markup before them). */
function trimTrailingWhitespace(parts: string[]): void {
  while (parts.length > 0) {
    const last = parts[parts.length - 1] ?? '';
    if (last === '\\\n') return;
    const trimmed = trimEnd(last);
    if (trimmed !== '') {
      parts[parts.length - 1] = trimmed;
      return;
    }
    parts.pop();
  }
}

/**
 * A delimiter next to whitespace on its inner side does not count as emphasis
 * (`**bold **`), so whitespace is moved out past runs of delimiters.
 */
function moveWhitespaceOutOfDelimiters(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (token === undefined) continue;
    if (token.kind === 'close') {
      let end = i;
      while (tokens[end + 1]?.kind === 'close') end += 1;
      const previous = out.at(-1);
      let moved = '';
      if (previous?.kind === 'text') {
        const trimmed = trimEnd(previous.value);
        moved = previous.value.slice(trimmed.length);
        previous.value = trimmed;
      }
      pushAll(out, tokens.slice(i, end + 1));
      if (moved !== '') out.push({ kind: 'text', value: moved });
      i = end;
    } else if (token.kind === 'open') {
      let end = i;
      while (tokens[end + 1]?.kind === 'open') end += 1;
      const next = tokens[end + 1];
      if (next?.kind === 'text') {
        const trimmed = next.value.replace(/^\s+/u, '');
        if (trimmed.length < next.value.length) out.push({ kind: 'text', value: next.value.slice(0, next.value.length - trimmed.length) });
        tokens[end + 1] = { kind: 'text', value: trimmed };
      }
      pushAll(out, tokens.slice(i, end + 1));
      i = end;
    } else {
      out.push(token);
    }
  }
  return out;
}

/** Joins the tokens into lines, escaping what would be markup at the start of a line. */
function joinTokens(tokens: readonly Token[]): string {
  // Parts, not one growing string: trimming the end of a growing string at every line
  // break would copy the whole paragraph each time.
  const parts: string[] = [];
  let atLineStart = true;
  for (const token of moveWhitespaceOutOfDelimiters([...tokens])) {
    if (token.kind === 'text') {
      let value = token.value;
      if (atLineStart) {
        value = escapeLineStart(value.replace(/^\s+/u, ''));
        if (value === '') continue;
      }
      parts.push(value);
      atLineStart = false;
    } else if (token.kind === 'break') {
      trimTrailingWhitespace(parts);
      parts.push('\\\n');
      atLineStart = true;
    } else {
      parts.push(token.value);
      if (token.kind === 'raw') atLineStart = false;
    }
  }
  // A hard break at the very end of a block is not a break; drop it.
  for (;;) {
    trimTrailingWhitespace(parts);
    if (parts.at(-1) !== '\\\n') break;
    parts.pop();
  }
  return parts.join('');
}

function renderInline(inlines: readonly Inline[], state: MarkdownState, context: InlineContext = { singleLine: false }): string {
  const tokens: Token[] = [];
  pushInlines(tokens, inlines, 0, context, state, false);
  return joinTokens(tokens);
}

const indentLines = (text: string, first: string, rest: string): string =>
  text
    .split('\n')
    .map((line, index) => (line === '' ? line : `${index === 0 ? first : rest}${line}`))
    .join('\n');

function renderList(list: ListBlock, alternate: boolean, state: MarkdownState): string {
  const lines = list.items.map((item: ListItem, index) => {
    const number = Math.min(list.start + index, 999_999_999);
    const marker = list.ordered ? `${number}${alternate ? ')' : '.'}` : alternate ? '*' : '-';
    const pad = ' '.repeat(marker.length + 1);
    const head = renderInline(item.children, state);
    const nested = item.lists.map((inner, innerIndex) => renderList(inner, innerIndex % 2 === 1, state)).join('\n');
    const text = head === '' ? marker : indentLines(head, `${marker} `, pad);
    if (nested === '') return text;
    // A list that cannot interrupt a paragraph (an empty first item, or numbering that does
    // not start at 1) would read as more of the item's text, or even as a setext underline:
    // a blank line keeps it a list.
    const separator = /^(?:[-*]|\d{1,9}[.)])(?:\n|$)|^(?!1[.)])\d{1,9}[.)]/.test(nested) ? '\n\n' : '\n';
    return `${text}${separator}${indentLines(nested, pad, pad)}`;
  });
  return lines.join('\n');
}

function renderBlocks(blocks: readonly Block[], state: MarkdownState): string {
  const out: string[] = [];
  let quote: string[] = [];
  let previousList: { ordered: boolean; alternate: boolean } | null = null;
  const flushQuote = () => {
    if (quote.length > 0) out.push(quote.map((paragraph) => indentLines(paragraph, '> ', '> ')).join('\n>\n'));
    quote = [];
  };
  for (const block of blocks) {
    if (block.kind !== 'quote') flushQuote();
    if (block.kind !== 'list') previousList = null;
    switch (block.kind) {
      case 'paragraph': {
        const text = renderInline(block.children, state);
        if (text !== '') out.push(text);
        break;
      }
      case 'heading': {
        // A closing run of #s would be eaten as the heading's optional closing sequence.
        const text = renderInline(block.children, state, { singleLine: true }).replace(/#$/, '\\#');
        if (text !== '') out.push(`${'#'.repeat(block.level)} ${text}`);
        break;
      }
      case 'quote': {
        const text = renderInline(block.children, state);
        if (text !== '') quote.push(text);
        break;
      }
      case 'list': {
        if (block.items.length === 0) break;
        // Two lists in a row with the same marker would merge into one: alternate it.
        const alternate: boolean = previousList !== null && previousList.ordered === block.ordered && !previousList.alternate;
        out.push(renderList(block, alternate, state));
        previousList = { ordered: block.ordered, alternate };
        break;
      }
      case 'figure':
        out.push(figureMarkdown(block, (text) => escapeLineStart(escapeText(text))));
        break;
    }
  }
  flushQuote();
  return out.join('\n\n');
}

/**
 * Footnote definitions, `[^N]: note`, numbered as their markers. Further lines of a note
 * are indented so that they stay part of it; its sources follow its text.
 */
function renderNotes(state: MarkdownState): string {
  return state.footnotes.notes
    .map(({ note, number }) => {
      // Each stretch escaped on its own, links written as Markdown links; then cut into lines.
      const written = noteSegments(note)
        .map((segment) => {
          const words = escapeText(cleanText(segment.text));
          return segment.url === null ? words : `[${words.replace(/\n/g, ' ')}](${destination(segment.url)})`;
        })
        .join('');
      const lines = written
        .trim()
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '')
        .map((line, lineIndex) => (lineIndex === 0 ? line : escapeLineStart(line)));
      const sources = nameableSources(note.sourceIds, state.sources).map((source) =>
        source.url === null ? escapeText(sourceLabel(source)) : `[${escapeText(sourceLabel(source))}](${destination(source.url)})`,
      );
      if (sources.length > 0) lines.push(sources.join('; '));
      const [first = '', ...rest] = lines;
      return [`[^${number}]: ${first}`.trimEnd(), ...rest.map((line) => `    ${line}`)].join('\n');
    })
    .join('\n');
}

function renderBody(body: ArticleBody, sources: SourceLookup | undefined): string {
  const state: MarkdownState = { footnotes: new FootnoteNumbering(), sources };
  const parts = [renderBlocks(readBody(body), state), renderNotes(state)].filter((part) => part !== '');
  return parts.join('\n\n');
}

/** The body alone as Markdown, with footnotes as `[^N]` and their definitions at the end. */
export function renderBodyMarkdown(body: ArticleBody, options: RenderOptions = {}): string {
  const markdown = renderBody(body, options.sources);
  return markdown === '' ? '' : `${markdown}\n`;
}

const plain = (text: string, format = 0): Inline[] => [{ kind: 'text', text: text.trim(), format }];

/** The article as Markdown: `# headline`, the dek in italics, bylines, dateline, then the body. */
export function renderMarkdown(article: RenderableArticle, options: RenderOptions = {}): string {
  const { meta } = article;
  const state: MarkdownState = { footnotes: new FootnoteNumbering(), sources: undefined };
  const line = (inlines: Inline[]) => renderInline(inlines, state, { singleLine: true });
  const parts: string[] = [];
  if (meta.headline.trim() !== '') parts.push(`# ${line(plain(meta.headline)).replace(/#$/, '\\#')}`);
  if (meta.dek.trim() !== '') parts.push(line(plain(meta.dek, TEXT_FORMAT.italic)));
  const bylines = meta.bylines.map((name) => name.trim()).filter((name) => name !== '');
  if (bylines.length > 0) parts.push(line(plain(bylines.join(', '))));
  if (meta.dateline.trim() !== '') parts.push(line(plain(meta.dateline)));
  const body = renderBodyMarkdown(article.body, options).trimEnd();
  if (body !== '') parts.push(body);
  return parts.length === 0 ? '' : `${parts.join('\n\n')}\n`;
}
