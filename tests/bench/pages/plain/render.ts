/**
 * Turns the long read's serialized Lexical state into ordinary HTML elements, so the plain
 * contenteditable holds the same text in the same blocks (paragraphs, headings, quotes,
 * lists, bold, italic, links) with no editor code behind it.
 */
interface SerializedNode {
  type: string;
  text?: string;
  format?: number | string;
  tag?: string;
  url?: string;
  children?: SerializedNode[];
}

const BOLD = 1;
const ITALIC = 2;

function inline(node: SerializedNode): Node {
  if (node.type === 'link') {
    const anchor = document.createElement('a');
    anchor.href = node.url ?? '#';
    for (const child of node.children ?? []) anchor.append(inline(child));
    return anchor;
  }
  let result: Node = document.createTextNode(node.text ?? '');
  const format = typeof node.format === 'number' ? node.format : 0;
  if (format & ITALIC) {
    const em = document.createElement('em');
    em.append(result);
    result = em;
  }
  if (format & BOLD) {
    const strong = document.createElement('strong');
    strong.append(result);
    result = strong;
  }
  return result;
}

function block(node: SerializedNode): HTMLElement {
  const tag =
    node.type === 'heading' ? (node.tag ?? 'h2') : node.type === 'quote' ? 'blockquote' : node.type === 'list' ? 'ul' : node.type === 'listitem' ? 'li' : 'p';
  const element = document.createElement(tag);
  for (const child of node.children ?? []) {
    element.append(child.type === 'listitem' ? block(child) : inline(child));
  }
  return element;
}

export function renderDocument(target: HTMLElement, state: unknown): void {
  const root = (state as { root?: SerializedNode }).root;
  if (root === undefined) throw new Error('not a serialized Lexical state');
  target.replaceChildren(...(root.children ?? []).map(block));
}
