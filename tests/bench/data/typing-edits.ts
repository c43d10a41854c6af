import type { ArticleBody } from '../../../shared/content/body';

/** What a writer types between two autosaves: a few words, cycling through this phrase. */
const TYPED = 'and the committee said it would publish the revised figures before the end of the month'.split(' ');

interface TextNodeJson {
  type: string;
  text: string;
}

function textNodeOf(body: ArticleBody, blockIndex: number): TextNodeJson {
  const block = body.editorState.root.children[blockIndex] as { children?: TextNodeJson[] } | undefined;
  const node = block?.children?.find((child) => child.type === 'text');
  if (node === undefined) throw new Error(`block ${blockIndex} of the benchmark body has no text to edit`);
  return node;
}

/**
 * Edits a body in place the way a burst of typing does: one or two words inserted in the
 * middle of one paragraph. The document stays the same size within a few hundred bytes
 * across the whole run, so every save measures the same amount of work.
 */
export function typingEditor(body: ArticleBody, blockIndex: number): () => void {
  const node = textNodeOf(body, blockIndex);
  const original = node.text;
  let step = 0;
  return () => {
    step += 1;
    // Every 40 bursts the paragraph is back to its first text, as if the writer rewrote it.
    if (step % 40 === 0) {
      node.text = original;
      return;
    }
    const first = step % TYPED.length;
    const words = ' ' + TYPED.slice(first, first + 1 + (step % 3)).join(' ');
    const at = Math.floor(node.text.length / 2);
    node.text = node.text.slice(0, at) + words + node.text.slice(at);
  };
}
