import type { PartBudget } from '../budget';
import { MAX_MARKDOWN_NESTING } from '../limits';

/**
 * The block structure of a Markdown document (CommonMark's container and leaf blocks),
 * read line by line in one pass.
 *
 * Why not `marked`: measured on marked 16, a few kilobytes of hostile Markdown hang the
 * import for minutes (24 KB of `[a](` took 440 s, 600 KB of lazy block-quote lines 95 s,
 * emphasis runs grow quadratically) and deep nesting overflows the stack or exhausts
 * memory. This parser does a bounded amount of work per line (container depth is capped),
 * so its time grows linearly with the input, and its inline half (inline.ts) is linear too.
 *
 * It implements the CommonMark block rules an article uses: ATX and setext headings,
 * paragraphs with lazy continuation, block quotes, bullet and ordered lists with nesting,
 * fenced and indented code, thematic breaks, HTML blocks and link reference definitions.
 */

export interface MarkdownParagraph {
  type: 'paragraph';
  lines: string[];
}
export interface MarkdownHeading {
  type: 'heading';
  level: 1 | 2 | 3 | 4 | 5 | 6;
  text: string;
}
export interface MarkdownCode {
  type: 'code';
  lines: string[];
  /** Null for indented code. */
  fence: { char: string; length: number; indent: number } | null;
}
export interface MarkdownHtml {
  type: 'html';
  lines: string[];
  /** The block ends at a line matching this, or at a blank line when null. */
  end: RegExp | null;
}
export interface MarkdownQuote {
  type: 'quote';
  children: MarkdownBlock[];
}
export interface MarkdownListItem {
  type: 'item';
  children: MarkdownBlock[];
  /** Columns a continuation line must be indented by, counted from the parent's content. */
  contentIndent: number;
}
export interface MarkdownList {
  type: 'list';
  ordered: boolean;
  start: number;
  /** The bullet character, or the ordered delimiter (`.` or `)`): a change starts a new list. */
  marker: string;
  items: MarkdownListItem[];
}
/** A thematic break (`***`): the body has no rules, but it still ends a list before it. */
export interface MarkdownRule {
  type: 'rule';
}
export type MarkdownBlock = MarkdownParagraph | MarkdownHeading | MarkdownCode | MarkdownHtml | MarkdownQuote | MarkdownList | MarkdownRule;

export interface LinkDefinition {
  url: string;
  title: string | null;
}

export interface MarkdownDocument {
  blocks: MarkdownBlock[];
  /** Link reference definitions by normalised label. */
  definitions: Map<string, LinkDefinition>;
}

interface DocumentContainer {
  type: 'document';
  children: MarkdownBlock[];
}
type Container = DocumentContainer | MarkdownQuote | MarkdownListItem;
type Leaf = MarkdownParagraph | MarkdownCode | MarkdownHtml;

/** Only the opening is matched by a pattern: the content and closing run are cut by hand (see atxHeading). */
const ATX_OPENING = /^#{1,6}(?=[ \t]|$)/;
const FENCE_OPEN = /^(`{3,}|~{3,})(.*)$/;
const THEMATIC_BREAK = /^(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const SETEXT_UNDERLINE = /^(=+|-+)[ \t]*$/;
const BULLET_MARKER = /^([-+*])(?=[ \t]|$)/;
const ORDERED_MARKER = /^(\d{1,9})([.)])(?=[ \t]|$)/;
/** HTML blocks that end at a closing tag rather than a blank line (CommonMark's type 1). */
const RAW_HTML_START = /^<(script|pre|style|textarea)(?:[\s>]|$)/i;
/** Block-level tags: an HTML block starting with one may interrupt a paragraph (type 6). */
const BLOCK_TAG_NAMES =
  'address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul';
const BLOCK_HTML_START = new RegExp(`^</?(?:${BLOCK_TAG_NAMES})(?:[\\s/>]|$)`, 'i');
const ANY_HTML_START = /^(?:<[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>[ \t]*$|<\/[A-Za-z][A-Za-z0-9-]*\s*>[ \t]*$)/;
const DEFINITION_LABEL = /^\[((?:[^\]\\[]|\\.){1,999})\]:/;

/** A link label as CommonMark compares them: case-folded, inner whitespace collapsed. */
export const normaliseLabel = (label: string): string => label.trim().replace(/\s+/g, ' ').toLowerCase();

const unescapePunctuation = (text: string): string => text.replace(/\\([!-/:-@[-`{-~])/g, '$1');

/** Tabs to spaces with stops every four columns, as CommonMark reads indentation. */
function expandTabs(line: string): string {
  if (!line.includes('\t')) return line;
  let out = '';
  for (const ch of line) {
    if (ch === '\t') out += ' '.repeat(4 - (out.length % 4));
    else out += ch;
  }
  return out;
}

function indentAt(line: string, pos: number): number {
  let i = pos;
  while (line.charCodeAt(i) === 32) i += 1;
  return i - pos;
}

const isBlank = (text: string): boolean => /^[ \t]*$/.test(text);

/**
 * Trailing spaces and tabs removed by hand: a pattern such as `/[ \t]+$/` retries at every
 * space of a long run and takes quadratic time on hostile lines.
 */
function trimEndSpaces(text: string): string {
  let end = text.length;
  while (end > 0 && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end -= 1;
  return text.slice(0, end);
}

/**
 * Leading spaces and tabs: paragraph lines lose their indentation, but keep trailing
 * spaces, which may mark a hard line break.
 */
const trimStartSpaces = (text: string): string => text.replace(/^[ \t]+/, '');

/** An ATX heading (`## Title ##`): its level and text, or null. */
function atxHeading(text: string): { level: MarkdownHeading['level']; text: string } | null {
  const opening = ATX_OPENING.exec(text);
  if (opening === null) return null;
  let content = trimEndSpaces(text.slice(opening[0].length));
  // An optional closing run of #s, if a space or tab separates it from the content.
  let hashes = content.length;
  while (hashes > 0 && content[hashes - 1] === '#') hashes -= 1;
  if (hashes < content.length && (hashes === 0 || content[hashes - 1] === ' ' || content[hashes - 1] === '\t')) {
    content = trimEndSpaces(content.slice(0, hashes));
  }
  return { level: opening[0].length as MarkdownHeading['level'], text: content.trim() };
}

/** The index just past a quoted title starting at `start`, honouring backslash escapes, or -1. */
function titleEnd(text: string, start: number): number {
  const open = text[start];
  const close = open === '(' ? ')' : open;
  if (open !== '"' && open !== "'" && open !== '(') return -1;
  for (let i = start + 1; i < text.length; i += 1) {
    if (text[i] === '\\') i += 1;
    else if (text[i] === close) return i + 1;
    else if (open === '(' && text[i] === '(') return -1;
  }
  return -1;
}

/** A link reference definition on one line (`[label]: url "title"`), read by hand to stay linear. */
function linkDefinition(line: string): { label: string; definition: LinkDefinition } | null {
  const label = DEFINITION_LABEL.exec(line);
  if (label === null) return null;
  let i = label[0].length + indentAt(line.replace(/\t/g, ' '), label[0].length);
  let url: string;
  if (line[i] === '<') {
    const close = line.indexOf('>', i + 1);
    if (close === -1 || line.slice(i + 1, close).includes('<')) return null;
    url = line.slice(i + 1, close);
    i = close + 1;
  } else {
    const start = i;
    while (i < line.length && line[i] !== ' ' && line[i] !== '\t') i += 1;
    if (i === start) return null;
    url = line.slice(start, i);
  }
  const gap = indentAt(line.replace(/\t/g, ' '), i);
  let title: string | null = null;
  if (gap > 0 && i + gap < line.length) {
    const end = titleEnd(line, i + gap);
    if (end === -1) return null;
    title = unescapePunctuation(line.slice(i + gap + 1, end - 1));
    i = end;
  }
  if (!isBlank(line.slice(i))) return null;
  return {
    label: normaliseLabel(unescapePunctuation(label[1] ?? '')),
    definition: { url: unescapePunctuation(url), title },
  };
}

interface ListMarker {
  ordered: boolean;
  start: number;
  marker: string;
  /** Columns from the marker's start to the item's content. */
  width: number;
  /** Nothing follows the marker on its line. */
  empty: boolean;
}

function matchListMarker(text: string): ListMarker | null {
  const bullet = BULLET_MARKER.exec(text);
  const ordered = bullet === null ? ORDERED_MARKER.exec(text) : null;
  if (bullet === null && ordered === null) return null;
  const markerLength = (bullet ?? ordered)?.[0].length ?? 1;
  const after = text.slice(markerLength);
  const empty = isBlank(after);
  const spaces = indentAt(after, 0);
  // One to four spaces separate marker and content; five or more mean the content is
  // indented code, which starts one space after the marker.
  const gap = empty || spaces > 4 ? 1 : spaces;
  return {
    ordered: ordered !== null,
    start: ordered === null ? 1 : Number(ordered[1]),
    marker: bullet?.[1] ?? ordered?.[2] ?? '-',
    width: markerLength + gap,
    empty,
  };
}

class BlockParser {
  private readonly document: DocumentContainer = { type: 'document', children: [] };
  private stack: Container[] = [this.document];
  private leaf: Leaf | null = null;
  readonly definitions = new Map<string, LinkDefinition>();

  constructor(private readonly budget: PartBudget | null) {}

  /** Every block and list item counts against the import's budget. */
  private add(container: Container, block: MarkdownBlock): void {
    this.budget?.spend();
    container.children.push(block);
  }

  parse(text: string): MarkdownBlock[] {
    for (const line of text.split('\n')) this.line(expandTabs(line));
    this.closeLeaf();
    return this.document.children;
  }

  private get tip(): Container {
    return this.stack.at(-1) ?? this.document;
  }

  private line(line: string): void {
    // 1. Which open containers does this line continue?
    let pos = 0;
    let matched = 1;
    for (; matched < this.stack.length; matched += 1) {
      const container = this.stack[matched];
      const indent = indentAt(line, pos);
      if (container?.type === 'quote') {
        if (indent > 3 || line[pos + indent] !== '>') break;
        pos += indent + 1;
        if (line[pos] === ' ') pos += 1;
      } else if (container?.type === 'item') {
        if (isBlank(line.slice(pos))) continue;
        if (indent < container.contentIndent) break;
        pos += container.contentIndent;
      }
    }
    const allMatched = matched === this.stack.length;

    // 2. Fenced code and HTML blocks take their lines verbatim until they end.
    if (allMatched && this.leaf?.type === 'code' && this.leaf.fence !== null) {
      this.fencedLine(this.leaf, line.slice(pos));
      return;
    }
    if (allMatched && this.leaf?.type === 'html') {
      const text = line.slice(pos);
      if (this.leaf.end === null && isBlank(text)) {
        this.closeLeaf();
      } else {
        this.leaf.lines.push(text);
        if (this.leaf.end?.test(text) === true) this.closeLeaf();
      }
      return;
    }

    // 3. New containers (block quotes, list items) opening on this line.
    let opened = false;
    for (;;) {
      const indent = indentAt(line, pos);
      // Containers open after this line's unmatched ones close; past the cap, markers are text.
      const containers = (opened ? this.stack.length : matched) - 1;
      if (indent >= 4 || containers >= MAX_MARKDOWN_NESTING) break;
      const rest = line.slice(pos + indent);
      if (rest.startsWith('>')) {
        if (!opened) this.closeUnmatched(matched);
        opened = true;
        const quote: MarkdownQuote = { type: 'quote', children: [] };
        this.closeLeaf();
        this.add(this.tip, quote);
        this.stack.push(quote);
        pos += indent + 1;
        if (line[pos] === ' ') pos += 1;
        continue;
      }
      const marker = THEMATIC_BREAK.test(rest) ? null : matchListMarker(rest);
      if (marker === null) break;
      // An empty item, or numbering not starting at 1, cannot interrupt a paragraph that
      // this line would otherwise continue (one in the innermost matched container).
      if (this.leaf?.type === 'paragraph' && allMatched && !opened && (marker.empty || (marker.ordered && marker.start !== 1))) break;
      if (!opened) this.closeUnmatched(matched);
      opened = true;
      this.closeLeaf();
      this.openItem(marker, indent);
      pos += indent + marker.width;
      if (marker.empty) pos = line.length;
    }

    // 4. The rest of the line is leaf content.
    const text = line.slice(Math.min(pos, line.length));
    if (!opened && !allMatched && this.leaf?.type === 'paragraph' && !isBlank(text) && !this.interruptsParagraph(text)) {
      this.leaf.lines.push(trimStartSpaces(text)); // lazy continuation
      return;
    }
    if (!opened) this.closeUnmatched(matched);
    this.leafLine(text);
  }

  private closeUnmatched(matched: number): void {
    if (matched < this.stack.length) {
      this.closeLeaf();
      this.stack = this.stack.slice(0, matched);
    }
  }

  private openItem(marker: ListMarker, indent: number): void {
    const parent = this.tip;
    const last = parent.children.at(-1);
    let list: MarkdownList;
    if (last?.type === 'list' && last.ordered === marker.ordered && last.marker === marker.marker) {
      list = last;
    } else {
      list = { type: 'list', ordered: marker.ordered, start: marker.start, marker: marker.marker, items: [] };
      this.add(parent, list);
    }
    const item: MarkdownListItem = { type: 'item', children: [], contentIndent: indent + marker.width };
    this.budget?.spend();
    list.items.push(item);
    this.stack.push(item);
  }

  private interruptsParagraph(text: string): boolean {
    const indent = indentAt(text, 0);
    if (indent >= 4) return false;
    const rest = text.slice(indent);
    if (rest.startsWith('>') || ATX_OPENING.test(rest) || FENCE_OPEN.test(rest) || THEMATIC_BREAK.test(rest)) return true;
    if (RAW_HTML_START.test(rest) || BLOCK_HTML_START.test(rest) || rest.startsWith('<!--')) return true;
    const marker = matchListMarker(rest);
    return marker !== null && !marker.empty && (!marker.ordered || marker.start === 1);
  }

  private fencedLine(code: MarkdownCode, text: string): void {
    const fence = code.fence;
    if (fence === null) return;
    const indent = indentAt(text, 0);
    // A closing fence: at least as many of the same character, then nothing but spaces.
    let run = indent;
    while (text[run] === fence.char) run += 1;
    if (indent <= 3 && run - indent >= fence.length && isBlank(text.slice(run))) {
      this.leaf = null;
      return;
    }
    code.lines.push(text.slice(Math.min(indent, fence.indent)));
  }

  private leafLine(text: string): void {
    const container = this.tip;
    if (isBlank(text)) {
      if (this.leaf?.type === 'code' && this.leaf.fence === null) this.leaf.lines.push('');
      else this.closeLeaf();
      return;
    }
    const indent = indentAt(text, 0);
    if (indent >= 4) {
      if (this.leaf?.type === 'paragraph') {
        this.leaf.lines.push(trimStartSpaces(text));
      } else if (this.leaf?.type === 'code' && this.leaf.fence === null) {
        this.leaf.lines.push(text.slice(4));
      } else {
        this.closeLeaf();
        this.leaf = { type: 'code', lines: [text.slice(4)], fence: null };
        this.add(container, this.leaf);
      }
      return;
    }
    const rest = text.slice(indent);

    const heading = atxHeading(rest);
    if (heading !== null) {
      this.closeLeaf();
      this.add(container, { type: 'heading', ...heading });
      return;
    }
    const fence = FENCE_OPEN.exec(rest);
    if (fence !== null && !(fence[1]?.startsWith('`') === true && (fence[2] ?? '').includes('`'))) {
      this.closeLeaf();
      const marker = fence[1] ?? '```';
      this.leaf = { type: 'code', lines: [], fence: { char: marker[0] ?? '`', length: marker.length, indent } };
      this.add(container, this.leaf);
      return;
    }
    const underline = SETEXT_UNDERLINE.exec(rest);
    if (underline !== null && this.leaf?.type === 'paragraph') {
      const paragraph = this.leaf;
      this.closeLeaf();
      // Reference definitions at its start are not part of the heading; if nothing else
      // is left, the underline is an ordinary line.
      if (container.children.at(-1) === paragraph) {
        container.children.pop();
        container.children.push({ type: 'heading', level: underline[1]?.startsWith('=') === true ? 1 : 2, text: paragraph.lines.join('\n') });
        return;
      }
    }
    if (THEMATIC_BREAK.test(rest)) {
      this.closeLeaf();
      this.add(container, { type: 'rule' });
      return;
    }
    const rawHtml = RAW_HTML_START.exec(rest);
    const startsHtml =
      rawHtml !== null || rest.startsWith('<!--') || BLOCK_HTML_START.test(rest) || (this.leaf?.type !== 'paragraph' && ANY_HTML_START.test(rest));
    if (startsHtml) {
      this.closeLeaf();
      const end = rawHtml !== null ? new RegExp(`</${rawHtml[1] ?? 'script'}>`, 'i') : rest.startsWith('<!--') ? /-->/ : null;
      const html: MarkdownHtml = { type: 'html', lines: [text], end };
      this.add(container, html);
      if (end === null || !end.test(rest.slice(4))) this.leaf = html;
      return;
    }
    if (this.leaf?.type === 'paragraph') {
      this.leaf.lines.push(rest);
    } else {
      this.closeLeaf();
      this.leaf = { type: 'paragraph', lines: [rest] };
      this.add(container, this.leaf);
    }
  }

  /** Ends the open leaf; a paragraph first gives up the link definitions it starts with. */
  private closeLeaf(): void {
    const leaf = this.leaf;
    this.leaf = null;
    if (leaf?.type !== 'paragraph') {
      if (leaf?.type === 'code' && leaf.fence === null) {
        while (leaf.lines.at(-1) === '') leaf.lines.pop();
      }
      return;
    }
    let definitions = 0;
    for (const line of leaf.lines) {
      const found = linkDefinition(line);
      if (found === null) break;
      definitions += 1;
      if (found.label !== '' && !this.definitions.has(found.label)) this.definitions.set(found.label, found.definition);
    }
    if (definitions === 0) return;
    leaf.lines.splice(0, definitions);
    if (leaf.lines.length === 0) {
      for (const container of this.stack) {
        const index = container.children.lastIndexOf(leaf);
        if (index !== -1) container.children.splice(index, 1);
      }
    }
  }
}

/** Reads a Markdown document's blocks and link definitions. Line endings must already be `\n`. */
export function parseMarkdownBlocks(text: string, budget: PartBudget | null = null): MarkdownDocument {
  const parser = new BlockParser(budget);
  const blocks = parser.parse(text);
  return { blocks, definitions: parser.definitions };
}
