import { $isElementNode, $isLineBreakNode, $isTextNode, type LexicalNode } from 'lexical';

/** A text node of a block and where its text starts in the block's location text. */
export interface TextLeaf {
  key: string;
  start: number;
  size: number;
}

/**
 * A top-level block's location text (shared/content/text-location: text and tab nodes, a
 * line break counting one, decorators nothing) and its text leaves, read inside an editor
 * read or update. The same rule as the main process's body scan, so offsets agree.
 */
export function $blockText(block: LexicalNode): { text: string; leaves: TextLeaf[] } {
  const leaves: TextLeaf[] = [];
  const parts: string[] = [];
  let offset = 0;
  const stack: LexicalNode[] = [block];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if ($isTextNode(node)) {
      const text = node.getTextContent();
      leaves.push({ key: node.getKey(), start: offset, size: text.length });
      parts.push(text);
      offset += text.length;
    } else if ($isLineBreakNode(node)) {
      parts.push('\n');
      offset += 1;
    } else if ($isElementNode(node)) {
      const children = node.getChildren();
      for (let i = children.length - 1; i >= 0; i -= 1) stack.push(children[i]!);
    }
  }
  return { text: parts.join(''), leaves };
}

/** The leaf holding `offset` (the one ending there when `atEnd`), and the offset inside it. */
export function leafAt(leaves: readonly TextLeaf[], offset: number, atEnd: boolean): { key: string; offset: number } | null {
  for (const leaf of leaves) {
    const inside = atEnd ? offset > leaf.start && offset <= leaf.start + leaf.size : offset >= leaf.start && offset < leaf.start + leaf.size;
    if (inside) return { key: leaf.key, offset: offset - leaf.start };
  }
  const last = leaves.at(-1);
  if (last !== undefined && offset === last.start + last.size) return { key: last.key, offset: last.size };
  return null;
}
