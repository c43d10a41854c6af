import type { ArticleBody } from '../body';
import type { TextDirection } from './direction';
import { safeLinkUrl } from './safe-url';
import { pushAll } from './push-all';
import { readFigure } from './figure';
import { FIGURE_TYPE } from '../nodes/figure-data';
import type { Block, HeadingLevel, Inline, ListBlock, ListItem } from './tree';
import { linksFitText, MAX_NOTE_LINKS, NoteLinkSchema, type NoteLink } from '../nodes/note-links';
import { isObject, type JsonObject } from '../../json/narrow';
import { childrenOf, hasChildren, locatorOf, stringOrNull, stringsOf, textOf, typeOf } from '../stored-node';

/** A note's links as stored, when they are sound; none otherwise (the note's text still renders). */
function noteLinksOf(value: unknown, text: string): NoteLink[] {
  if (!Array.isArray(value) || value.length === 0) return [];
  const links = value.slice(0, MAX_NOTE_LINKS).flatMap((link) => {
    const parsed = NoteLinkSchema.safeParse(link);
    return parsed.success ? [parsed.data] : [];
  });
  return linksFitText(links, text) ? links : [];
}

/**
 * Reads a stored body into the renderers' tree (tree.ts).
 *
 * The JSON has normally passed validateBody, but a renderer must not trust it blindly: an
 * export may run on an old revision or a body a later Galley wrote. So every field read is
 * narrowed (through ../stored-node, as the scan reads them), bad values fall back to harmless
 * defaults, unsafe links lose their link, and node types this code does not know still show
 * their text instead of throwing.
 *
 * The narrowing is written out by hand rather than with zod: it runs for every node of
 * every export, and schema parsing (which builds an error object for each defaulted field)
 * made a 20,000-paragraph body take seconds instead of milliseconds.
 */

/** Deeper subtrees are flattened to their text, so hostile nesting cannot exhaust the stack. */
const MAX_DEPTH = 64;

const BLOCK_TYPES: ReadonlySet<string> = new Set(['paragraph', 'heading', 'quote', 'list', 'listitem']);
/** Elements that live inside a paragraph, among the words. */
export const INLINE_ELEMENT_TYPES: ReadonlySet<string> = new Set(['link', 'autolink', 'citation', 'mark']);
const HEADING_TAGS: Readonly<Record<string, HeadingLevel>> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };

/** Lexical's format bits; anything else (a string from an old format, a float) is no format. */
function formatOf(node: JsonObject): number {
  const format = node.format;
  return typeof format === 'number' && Number.isInteger(format) && format >= 0 && format <= 0xffff ? format : 0;
}

function directionOf(node: JsonObject): TextDirection | null {
  return node.direction === 'ltr' || node.direction === 'rtl' ? node.direction : null;
}

/** The text of a whole subtree, walked without recursion; blocks and breaks become spaces. */
function flattenText(nodes: readonly unknown[]): string {
  const parts: string[] = [];
  const stack: unknown[] = [...nodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop();
    const type = typeOf(node);
    if (type === 'linebreak') parts.push(' ');
    if (type === 'reference-marker' && isObject(node) && typeof node.label === 'string') parts.push(`[${node.label}]`);
    const text = textOf(node);
    if (text !== null) parts.push(text);
    const children = childrenOf(node);
    if (children.length > 0) {
      if (type !== null && BLOCK_TYPES.has(type)) parts.push(' ');
      for (let i = children.length - 1; i >= 0; i -= 1) stack.push(children[i]);
    }
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** A text run, with stored line feeds turned into line breaks. */
function textRuns(text: string, format: number): Inline[] {
  const out: Inline[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, index) => {
    if (index > 0) out.push({ kind: 'break' });
    if (line !== '') out.push({ kind: 'text', text: line, format });
  });
  return out;
}

function readInlines(nodes: readonly unknown[], depth: number, insideLink: boolean): Inline[] {
  if (depth > MAX_DEPTH) return textRuns(flattenText(nodes), 0);
  const out: Inline[] = [];
  for (const node of nodes) {
    const type = typeOf(node);
    if (type === null || !isObject(node)) continue;
    if (type === 'linebreak') {
      out.push({ kind: 'break' });
    } else if (type === 'link' || type === 'autolink') {
      const children = readInlines(childrenOf(node), depth + 1, true);
      const rawUrl = stringOrNull(node.url);
      const url = node.isUnlinked === true || insideLink || rawUrl === null ? null : safeLinkUrl(rawUrl);
      if (url === null) pushAll(out, children);
      else out.push({ kind: 'link', url, title: stringOrNull(node.title), children });
    } else if (type === 'citation') {
      const children = readInlines(childrenOf(node), depth + 1, insideLink);
      out.push({ kind: 'citation', sourceIds: stringsOf(node.sourceIds), locator: locatorOf(node.locator), children });
    } else if (type === 'footnote') {
      out.push({
        kind: 'footnote',
        noteId: stringOrNull(node.noteId) ?? '',
        text: stringOrNull(node.text) ?? '',
        sourceIds: stringsOf(node.sourceIds),
        links: noteLinksOf(node.links, stringOrNull(node.text) ?? ''),
      });
    } else if (type === 'mark') {
      // A comment or claim anchor (../marks): an annotation, never content; only its words go out.
      pushAll(out, readInlines(childrenOf(node), depth + 1, insideLink));
    } else if (type === 'reference-marker') {
      const label = stringOrNull(node.label)?.trim() ?? '';
      if (label !== '') out.push({ kind: 'reference', label });
    } else if (hasChildren(node)) {
      // A block where inline content was expected (a paragraph inside a list item, a
      // node type from a later Galley): keep its text, on a line of its own.
      const children = readInlines(childrenOf(node), depth + 1, insideLink);
      if (BLOCK_TYPES.has(type) && out.length > 0 && children.length > 0) out.push({ kind: 'break' });
      pushAll(out, children);
    } else {
      const text = textOf(node);
      if (text !== null) pushAll(out, textRuns(text, formatOf(node)));
    }
  }
  return out;
}

function readList(node: JsonObject, depth: number): ListBlock {
  const start = typeof node.start === 'number' && Number.isInteger(node.start) && node.start >= 0 ? Math.min(node.start, 999_999_999) : 1;
  const list: ListBlock = { kind: 'list', ordered: node.listType === 'number', start, items: [] };
  if (depth > MAX_DEPTH) {
    list.items.push({ children: textRuns(flattenText(childrenOf(node)), 0), lists: [] });
    return list;
  }
  for (const child of childrenOf(node)) {
    const parts = typeOf(child) === 'listitem' ? childrenOf(child) : [child];
    const inlineParts = parts.filter((part) => typeOf(part) !== 'list');
    const item: ListItem = {
      children: readInlines(inlineParts, depth + 1, false),
      lists: parts.filter((part): part is JsonObject => typeOf(part) === 'list' && isObject(part)).map((part) => readList(part, depth + 2)),
    };
    // Lexical nests a list by giving it an item of its own after the item it belongs to.
    const previous = list.items.at(-1);
    if (item.children.length === 0 && item.lists.length > 0 && previous !== undefined) pushAll(previous.lists, item.lists);
    else list.items.push(item);
  }
  return list;
}

function readBlock(node: JsonObject, type: string, depth: number): Block[] {
  const direction = directionOf(node);
  const children = () => readInlines(childrenOf(node), depth + 1, false);
  switch (type) {
    case 'paragraph':
    case 'listitem':
      return [{ kind: 'paragraph', direction, children: children() }];
    case 'heading': {
      // Lexical writes h1 to h6 only; a stranger tag is still a heading.
      const level = (typeof node.tag === 'string' ? HEADING_TAGS[node.tag] : undefined) ?? 2;
      return [{ kind: 'heading', level, direction, children: children() }];
    }
    case 'quote':
      return [{ kind: 'quote', direction, children: children() }];
    case 'list':
      return [readList(node, depth + 1)];
    default: {
      // An element this code does not know: keep its content, as blocks if it holds any.
      const nested = childrenOf(node);
      const holdsBlocks = nested.some((child) => {
        const childType = typeOf(child);
        return childType !== null && (BLOCK_TYPES.has(childType) || hasChildren(child));
      });
      return holdsBlocks ? readBlocks(nested, depth + 1) : [{ kind: 'paragraph', direction, children: children() }];
    }
  }
}

function readBlocks(nodes: readonly unknown[], depth: number): Block[] {
  if (depth > MAX_DEPTH) return [{ kind: 'paragraph', direction: null, children: textRuns(flattenText(nodes), 0) }];
  const blocks: Block[] = [];
  let loose: unknown[] = [];
  const flushLoose = () => {
    // Inline nodes straight under a block container: Lexical would not write this, but
    // if it is there it is text, and it reads as a paragraph.
    if (loose.length > 0) blocks.push({ kind: 'paragraph', direction: null, children: readInlines(loose, depth + 1, false) });
    loose = [];
  };
  for (const node of nodes) {
    const type = typeOf(node);
    if (type === null || !isObject(node)) continue;
    // Galley's figure (an asset id, no children); a node of another shape under that name keeps its text below.
    if (type === FIGURE_TYPE && typeof node.assetId === 'string' && !hasChildren(node)) {
      flushLoose();
      blocks.push(readFigure(node));
      continue;
    }
    if (BLOCK_TYPES.has(type) || (!INLINE_ELEMENT_TYPES.has(type) && hasChildren(node))) {
      flushLoose();
      pushAll(blocks, readBlock(node, type, depth));
    } else {
      loose.push(node);
    }
  }
  flushLoose();
  return blocks;
}

/** The blocks of a body, ready for a renderer. Never throws on a body of the right outer shape. */
export function readBody(body: ArticleBody): Block[] {
  return readBlocks(body.editorState.root.children, 0);
}

/** True when the inline content shows nothing (no text, or only line breaks). Markers show something. */
export const isBlank = (inlines: readonly Inline[]): boolean =>
  inlines.every((inline) => {
    switch (inline.kind) {
      case 'break':
        return true;
      case 'text':
        return inline.text.trim() === '';
      case 'link':
      case 'citation':
        return isBlank(inline.children);
      case 'footnote':
      case 'reference':
        return false;
    }
  });
