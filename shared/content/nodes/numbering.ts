import type { ArticleBody } from '../body';
import { FOOTNOTE_TYPE } from './footnote-node';
import { isObject } from '../../json/narrow';

/** A footnote as the stored body holds it, with its number. */
export interface NumberedFootnote {
  /** 1-based position among the footnote markers in document order. */
  number: number;
  noteId: string;
  text: string;
  sourceIds: string[];
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);

/**
 * The footnotes of a stored body, numbered in document order (a depth-first walk, which is
 * the order a reader meets the markers). Written without recursion, and without trusting
 * the JSON beyond its outer shape, for the checks and the index built on save.
 */
export function footnotesInBody(body: ArticleBody): NumberedFootnote[] {
  const found: NumberedFootnote[] = [];
  const stack: unknown[] = [...body.editorState.root.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop();
    if (!isObject(node)) continue;
    if (node.type === FOOTNOTE_TYPE) {
      found.push({
        number: found.length + 1,
        noteId: typeof node.noteId === 'string' ? node.noteId : '',
        text: typeof node.text === 'string' ? node.text : '',
        sourceIds: strings(node.sourceIds),
      });
      continue;
    }
    const children = node.children;
    if (Array.isArray(children)) for (let i = children.length - 1; i >= 0; i -= 1) stack.push(children[i]);
  }
  return found;
}
