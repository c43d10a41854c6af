import { safeLinkUrl } from '../../../shared/content/render/safe-url';
import { pushAll } from '../../../shared/content/render/push-all';
import { TEXT_FORMAT } from '../../../shared/content/render/text-format';
import type { Block, HeadingLevel, Inline, ListBlock, ListItem } from '../../../shared/content/render/tree';
import { randomUUID } from 'node:crypto';
import { FOOTNOTE_ELEMENT, REFERENCE_ELEMENT, unwrapRedirect } from './footnotes';
import { z } from 'zod';
import { MAX_NOTE_LINKS, NoteLinkSchema, type NoteLink } from '../../../shared/content/nodes/note-links';
import { collapseWhitespace } from './inline-whitespace';
import { pushTextWithReferences } from '../references';
import { textContent, type HtmlElement, type HtmlNode } from './sanitised-tree';

/**
 * Converts sanitised HTML (see sanitised-tree.ts) into the body tree
 * (shared/content/render/tree.ts), which shared/content/build.ts then writes as Lexical JSON.
 *
 * Why not Lexical's own `$generateNodesFromDOM` on a linkedom document: Lexical's import
 * reads CSS through `element.style` (`style.display.startsWith(...)` to tell blocks from
 * inline elements, font weight and decoration for formats). linkedom's
 * CSSStyleDeclaration answers `undefined` for unset properties, so the import throws on
 * the first element; making it work would mean patching linkedom's prototypes (or DOM
 * globals) for the whole process. After sanitising, only a dozen elements remain, and
 * mapping them here is short, needs no globals, and yields exactly the shapes Galley
 * stores (nested lists the way Lexical nests them).
 *
 * The walk recurses once per element level. Sanitising bounds that depth (see
 * sanitize.ts); SAFETY_DEPTH is a second bound should anything else feed this.
 */

const SAFETY_DEPTH = 256;

const FORMAT_ELEMENTS: Readonly<Record<string, number>> = {
  strong: TEXT_FORMAT.bold,
  b: TEXT_FORMAT.bold,
  em: TEXT_FORMAT.italic,
  i: TEXT_FORMAT.italic,
  u: TEXT_FORMAT.underline,
  s: TEXT_FORMAT.strikethrough,
  strike: TEXT_FORMAT.strikethrough,
  del: TEXT_FORMAT.strikethrough,
  code: TEXT_FORMAT.code,
  sub: TEXT_FORMAT.subscript,
  sup: TEXT_FORMAT.superscript,
  mark: TEXT_FORMAT.highlight,
};

const HEADING_LEVELS: Readonly<Record<string, HeadingLevel>> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };

const BLOCK_ELEMENTS: ReadonlySet<string> = new Set(['p', 'li', 'ul', 'ol', 'blockquote', 'pre', ...Object.keys(HEADING_LEVELS)]);

const isElement = (node: HtmlNode): node is HtmlElement => node.kind === 'element';
const nameOf = (element: HtmlElement): string => element.name;
const isList = (node: HtmlNode): node is HtmlElement => isElement(node) && (node.name === 'ul' || node.name === 'ol');

/** The links ./footnotes put on a note (as JSON on its synthetic element), checked as any stored link is. */
function noteLinks(json: string | undefined): NoteLink[] {
  if (json === undefined) return [];
  const parsed = z.array(NoteLinkSchema).max(MAX_NOTE_LINKS).safeParse(JSON.parse(json));
  return parsed.success ? parsed.data : [];
}

export interface ConvertedHtml {
  blocks: Block[];
  /** The text of the first `<title>`, if the HTML had one. */
  title: string | null;
  /** Bracketed references (`[8]`) found in the text, which have no note. */
  danglingInText: string[];
}

/** The number a list starts at, within what Lexical accepts (1 when missing or odd). */
function listStart(element: HtmlElement): number {
  const start = Number.parseInt(element.attributes.get('start') ?? '', 10);
  return Number.isFinite(start) && start >= 0 && start <= 999_999_999 ? start : 1;
}

class HtmlConverter {
  title: string | null = null;
  readonly danglingInText: string[] = [];
  /** Inside `<pre>`: text is kept exactly, brackets included. */
  private literal = 0;

  /** Block content of a container: loose inline content between blocks becomes paragraphs (quotes inside a blockquote). */
  blocks(parent: HtmlElement, inQuote: boolean, depth: number): Block[] {
    const blocks: Block[] = [];
    let pending: Inline[] = [];
    const flush = () => {
      const children = collapseWhitespace(pending);
      pending = [];
      if (children.length > 0) blocks.push(inQuote ? { kind: 'quote', direction: null, children } : { kind: 'paragraph', direction: null, children });
    };
    for (const child of parent.children) {
      if (!isElement(child) || depth > SAFETY_DEPTH) {
        this.inline(child, 0, false, pending, depth + 1);
        continue;
      }
      const name = nameOf(child);
      if (name === 'title') {
        this.title ??= textContent(child).replace(/\s+/g, ' ').trim();
        continue;
      }
      if (!BLOCK_ELEMENTS.has(name)) {
        this.inline(child, 0, false, pending, depth + 1);
        continue;
      }
      flush();
      const level = HEADING_LEVELS[name];
      if (level !== undefined) {
        const children = collapseWhitespace(this.inlineChildren(child, 0, false, depth + 1));
        if (children.length > 0) blocks.push({ kind: 'heading', level, direction: null, children });
      } else if (name === 'ul' || name === 'ol') {
        const list = this.list(child, depth + 1);
        if (list.items.length > 0) blocks.push(list);
      } else if (name === 'pre') {
        const children = this.preformatted(child, depth + 1);
        if (children.length > 0) blocks.push(inQuote ? { kind: 'quote', direction: null, children } : { kind: 'paragraph', direction: null, children });
      } else {
        pushAll(blocks, this.blocks(child, inQuote || name === 'blockquote', depth + 1));
      }
    }
    flush();
    return blocks;
  }

  inlineChildren(parent: HtmlElement, format: number, insideLink: boolean, depth: number): Inline[] {
    const out: Inline[] = [];
    for (const child of parent.children) this.inline(child, format, insideLink, out, depth);
    return out;
  }

  /** One node's inline content, appended to `out`. */
  inline(node: HtmlNode, format: number, insideLink: boolean, out: Inline[], depth: number): void {
    if (node.kind === 'text' || depth > SAFETY_DEPTH) {
      const text = textContent(node);
      // `[8]` in running text is a reference whose note this document does not have.
      if (insideLink || this.literal > 0 || (format & TEXT_FORMAT.code) !== 0) out.push({ kind: 'text', text, format });
      else pushAll(this.danglingInText, pushTextWithReferences(out, text, format));
      return;
    }
    const name = nameOf(node);
    if (name === 'br') {
      out.push({ kind: 'break' });
    } else if (name === FOOTNOTE_ELEMENT) {
      out.push({ kind: 'footnote', noteId: randomUUID(), text: node.attributes.get('text') ?? '', sourceIds: [], links: noteLinks(node.attributes.get('links')) });
    } else if (name === REFERENCE_ELEMENT) {
      out.push({ kind: 'reference', label: node.attributes.get('label') ?? '?' });
    } else if (name === 'title') {
      this.title ??= textContent(node).replace(/\s+/g, ' ').trim();
    } else if (name === 'a') {
      const href = node.attributes.get('href');
      const unwrapped = insideLink || href === undefined ? null : unwrapRedirect(href);
      const url = unwrapped === null ? null : safeLinkUrl(unwrapped);
      if (url === null) pushAll(out, this.inlineChildren(node, format, insideLink, depth + 1));
      else out.push({ kind: 'link', url, title: null, children: this.inlineChildren(node, format, true, depth + 1) });
    } else if (BLOCK_ELEMENTS.has(name)) {
      // A block inside inline content (a paragraph inside a link): keep it on its own line.
      if (out.length > 0 && out.at(-1)?.kind !== 'break') out.push({ kind: 'break' });
      pushAll(out, this.inlineChildren(node, format, insideLink, depth + 1));
      out.push({ kind: 'break' });
    } else {
      pushAll(out, this.inlineChildren(node, format | (FORMAT_ELEMENTS[name] ?? 0), insideLink, depth + 1));
    }
  }

  /** `<pre>` keeps its spaces and line breaks. */
  preformatted(element: HtmlElement, depth: number): Inline[] {
    this.literal += 1;
    const raw = this.inlineChildren(element, 0, false, depth);
    this.literal -= 1;
    const out: Inline[] = [];
    const split = (items: readonly Inline[]): Inline[] =>
      items.flatMap((item): Inline[] => {
        if (item.kind === 'link' || item.kind === 'citation') return [{ ...item, children: split(item.children) }];
        if (item.kind !== 'text') return [item];
        return item.text
          .replace(/\r\n?/g, '\n')
          .split('\n')
          .flatMap((line, index): Inline[] => [
            ...(index > 0 ? [{ kind: 'break' } as const] : []),
            ...(line === '' ? [] : [{ kind: 'text', text: line, format: item.format } as const]),
          ]);
      });
    pushAll(out, split(raw));
    while (out[0]?.kind === 'break') out.shift();
    while (out.at(-1)?.kind === 'break') out.pop();
    return out;
  }

  list(element: HtmlElement, depth: number): ListBlock {
    const list: ListBlock = { kind: 'list', ordered: nameOf(element) === 'ol', start: listStart(element), items: [] };
    let stray: Inline[] = [];
    const flushStray = () => {
      const children = collapseWhitespace(stray);
      stray = [];
      if (children.length > 0) list.items.push({ children, lists: [] });
    };
    for (const child of element.children) {
      if (isList(child)) {
        // A list straight inside a list (old editors write this) belongs to the item before it.
        flushStray();
        const nested = this.list(child, depth + 1);
        const previous = list.items.at(-1);
        if (previous !== undefined) previous.lists.push(nested);
        else list.items.push({ children: [], lists: [nested] });
      } else if (isElement(child) && nameOf(child) === 'li') {
        flushStray();
        const item = this.item(child, depth + 1);
        if (item.children.length > 0 || item.lists.length > 0) list.items.push(item);
      } else {
        this.inline(child, 0, false, stray, depth + 1);
      }
    }
    flushStray();
    return list;
  }

  item(element: HtmlElement, depth: number): ListItem {
    const item: ListItem = { children: [], lists: [] };
    const raw: Inline[] = [];
    const walk = (parent: HtmlElement, level: number) => {
      for (const child of parent.children) {
        if (isList(child)) {
          item.lists.push(this.list(child, level + 1));
        } else if (isElement(child) && BLOCK_ELEMENTS.has(nameOf(child)) && level < SAFETY_DEPTH) {
          // Paragraphs inside an item (a "loose" list) join the item's text, one per line.
          if (raw.length > 0 && raw.at(-1)?.kind !== 'break') raw.push({ kind: 'break' });
          walk(child, level + 1);
          raw.push({ kind: 'break' });
        } else {
          this.inline(child, 0, false, raw, level + 1);
        }
      }
    };
    walk(element, depth);
    item.children = collapseWhitespace(raw);
    return item;
  }
}

/** The blocks of a sanitised HTML document or fragment, and its `<title>` if it had one. */
export function htmlToBlocks(root: HtmlElement): ConvertedHtml {
  const converter = new HtmlConverter();
  const blocks = converter.blocks(root, false, 0);
  return { blocks, title: converter.title === '' ? null : converter.title, danglingInText: converter.danglingInText };
}
