import type { ArticleBody } from '../content/body';
import { scanBody, scannedBody, type ScannedBlock } from '../content/scan';
import { isObject, type JsonObject } from '../json/narrow';
import { childrenOf } from '../content/stored-node';

/** What the diff compares line by line: a top-level block, or one item of a list. */
export interface DiffBlock {
  type: string;
  text: string;
}

/** The text of one node's subtree, by the body scan's rule (text, tabs, line breaks). */
function textOf(node: unknown): string {
  const body = { format: 'galley.lexical', version: 1, editorState: { root: { type: 'root', children: [node] } } } as ArticleBody;
  return scanBody(body).blocks[0]?.text ?? '';
}

/**
 * A list's items, each a line of its own: the scan's location text joins a whole list into
 * one string (its offsets must match the editor's), which would run "plant;" into "the
 * status" in a diff. An item holding a nested list gives its own words, then the nested items.
 */
function listItems(list: JsonObject): DiffBlock[] {
  const out: DiffBlock[] = [];
  const stack: unknown[] = [...childrenOf(list)].reverse();
  while (stack.length > 0) {
    const item = stack.pop();
    if (!isObject(item)) continue;
    const children = childrenOf(item);
    const nested = children.filter((child) => isObject(child) && child.type === 'list') as JsonObject[];
    const own = children.filter((child) => !nested.includes(child as JsonObject));
    if (own.length > 0 || nested.length === 0) out.push({ type: 'listitem', text: textOf({ ...item, children: own }) });
    for (let n = nested.length - 1; n >= 0; n -= 1) stack.push(...[...childrenOf(nested[n]!)].reverse());
  }
  return out;
}

/** The body as the diff's lines: each top-level block, with lists opened into their items. */
export function diffBlocks(body: ArticleBody): DiffBlock[] {
  const scanned: readonly ScannedBlock[] = scannedBody(body).blocks;
  return body.editorState.root.children.flatMap((node, index) =>
    isObject(node) && node.type === 'list' ? listItems(node) : [{ type: scanned[index]?.type ?? '', text: scanned[index]?.text ?? '' }],
  );
}
