import type { PartBudget } from '../budget';

/**
 * A light tree of sanitised HTML: elements with attributes, and text.
 *
 * Sanitising leaves a small, well-formed dialect (a dozen element names, two attributes,
 * every element closed, text escaped with a handful of entities), so it is read here with
 * one linear scan and a stack, without recursion. A general DOM (linkedom) was tried
 * first: at about ten microseconds and a few hundred bytes per node, a dense 20 MB file
 * took minutes and gigabytes to parse.
 */

export interface HtmlText {
  kind: 'text';
  text: string;
}

export interface HtmlElement {
  kind: 'element';
  /** Lower case. */
  name: string;
  attributes: ReadonlyMap<string, string>;
  children: HtmlNode[];
}

export type HtmlNode = HtmlText | HtmlElement;

const VOID_ELEMENTS: ReadonlySet<string> = new Set(['br', 'hr', 'img', 'wbr', 'meta', 'link', 'input', 'col', 'area', 'base', 'source', 'track', 'embed', 'param']);

const TOKEN = /<\/([A-Za-z][A-Za-z0-9-]*)\s*>|<([A-Za-z][A-Za-z0-9-]*)((?:\s+[^\s"'<>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'<>=`]+))?)*)\s*\/?>|<!--[\s\S]*?-->|[^<]+|</g;
const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'<>=`]+)))?/g;
const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9A-Fa-f]{1,6})|(amp|lt|gt|quot|apos|nbsp));/g;
const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' };

function fromCodePoint(code: number): string {
  return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\uFFFD';
}

/** Decodes the entities a sanitiser writes (and numeric ones); others stay as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, decimal?: string, hex?: string, name?: string) => {
    if (decimal !== undefined) return fromCodePoint(Number.parseInt(decimal, 10));
    if (hex !== undefined) return fromCodePoint(Number.parseInt(hex, 16));
    return NAMED[name ?? ''] ?? whole;
  });
}

function attributesOf(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of source.matchAll(ATTRIBUTE)) {
    const name = (match[1] ?? '').toLowerCase();
    if (!attributes.has(name)) attributes.set(name, decodeEntities(match[2] ?? match[3] ?? match[4] ?? ''));
  }
  return attributes;
}

/** Parses sanitised HTML into a root element holding its top-level nodes. */
export function parseSanitisedHtml(html: string, budget: PartBudget): HtmlElement {
  const root: HtmlElement = { kind: 'element', name: '#root', attributes: new Map(), children: [] };
  const open: HtmlElement[] = [root];
  const current = () => open[open.length - 1] ?? root;
  const appendText = (text: string) => {
    const siblings = current().children;
    const last = siblings[siblings.length - 1];
    if (last?.kind === 'text') last.text += text;
    else {
      budget.spend();
      siblings.push({ kind: 'text', text });
    }
  };
  for (const match of html.matchAll(TOKEN)) {
    const [token, closing, opening, attributes] = match;
    if (closing !== undefined) {
      const name = closing.toLowerCase();
      // Close the nearest open element of that name; a stray end tag is ignored.
      const index = open.findLastIndex((element, i) => i > 0 && element.name === name);
      if (index > 0) open.length = index;
    } else if (opening !== undefined) {
      budget.spend();
      const element: HtmlElement = { kind: 'element', name: opening.toLowerCase(), attributes: attributesOf(attributes ?? ''), children: [] };
      current().children.push(element);
      if (!VOID_ELEMENTS.has(element.name) && !token.endsWith('/>')) open.push(element);
    } else if (!token.startsWith('<!--')) {
      appendText(decodeEntities(token));
    }
  }
  return root;
}

/** All the text under a node, gathered without recursion. */
export function textContent(node: HtmlNode): string {
  const parts: string[] = [];
  const stack: HtmlNode[] = [node];
  while (stack.length > 0) {
    const next = stack.pop();
    if (next === undefined) break;
    if (next.kind === 'text') parts.push(next.text);
    else for (let i = next.children.length - 1; i >= 0; i -= 1) stack.push(next.children[i] as HtmlNode);
  }
  return parts.join('');
}
