import type { ArticleBody } from '../../../shared/content/body';
import { createRandom } from './random';
import { generateLongArticle } from './long-article';
import { text } from './lexical-json';

/**
 * The typing benchmark's third document: the 20,000-word long read under review, with 300
 * comment marks and 300 claim marks (@lexical/mark, ids `comment:<uuid>` / `claim:<uuid>`)
 * around sentences spread through the text, for Galley; and for the bare Lexical page,
 * which has no marks, the same text split the same way with each marked sentence as a
 * highlighted (comment) or underlined (claim) run, so both editors hold a document of the
 * same size and shape. The paragraph typed into starts with a comment mark, and the caret
 * lands inside it: typing inside a mark is the case that touches a mark per keystroke.
 */
export interface ReviewedRead {
  headline: string;
  galleyBody: ArticleBody;
  bareBody: ArticleBody;
  commentIds: string[];
  claimIds: string[];
  lastBlockText: string;
  typedIntoBlock: number;
}

export const REVIEW_MARKS_PER_KIND = 300;

const TEXT_UNDERLINE = 8;
const TEXT_HIGHLIGHT = 128;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null;

const mark = (ids: string[], value: string) => ({
  children: [text(value)],
  direction: null,
  format: '',
  indent: 0,
  type: 'mark',
  version: 1,
  ids,
});

/** A fixed-seed UUID (v4 layout), so each run marks the same sentences with the same ids. */
function uuidFrom(random: ReturnType<typeof createRandom>): string {
  const hex = Array.from({ length: 32 }, () => random.int(0, 15).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const sentencesOf = (value: string): string[] => value.match(/[^.!?]+[.!?]+\s*|[^.!?]+$/g) ?? [value];

const isPlainText = (node: unknown): node is Json & { text: string } =>
  isObject(node) && node.type === 'text' && node.format === 0 && typeof node.text === 'string';

export function generateReviewedRead(): ReviewedRead {
  const long = generateLongArticle();
  const random = createRandom('galley-bench:reviewed-read');
  const blocks = long.body.editorState.root.children;
  const last = blocks.length - 1;
  // Every sentence of a plain run in a paragraph (not the last block) is a candidate; marks are spread evenly over them.
  const candidates = blocks.reduce<number>((count, block, index) => {
    if (index === last || !isObject(block) || block.type !== 'paragraph' || !Array.isArray(block.children)) return count;
    return count + block.children.filter(isPlainText).reduce((n, run) => n + sentencesOf(run.text).length, 0);
  }, 0);
  const wanted = REVIEW_MARKS_PER_KIND * 2;
  if (candidates < wanted) throw new Error(`the long read has ${candidates} sentences to mark, fewer than ${wanted}`);
  const stride = Math.floor(candidates / wanted);

  const commentIds: string[] = [];
  const claimIds: string[] = [];
  let seen = 0;
  const galleyBlocks: unknown[] = [];
  const bareBlocks: unknown[] = [];
  blocks.forEach((block, index) => {
    if (index === last || !isObject(block) || block.type !== 'paragraph' || !Array.isArray(block.children)) {
      galleyBlocks.push(block);
      bareBlocks.push(block);
      return;
    }
    const galleyChildren: unknown[] = [];
    const bareChildren: unknown[] = [];
    for (const child of block.children) {
      if (!isPlainText(child)) {
        galleyChildren.push(child);
        bareChildren.push(child);
        continue;
      }
      for (const sentence of sentencesOf(child.text)) {
        const marked = seen % stride === 0 && commentIds.length + claimIds.length < wanted;
        seen += 1;
        if (!marked) {
          galleyChildren.push(text(sentence));
          bareChildren.push(text(sentence));
          continue;
        }
        const asComment = commentIds.length <= claimIds.length;
        const id = uuidFrom(random);
        (asComment ? commentIds : claimIds).push(id);
        galleyChildren.push(mark([`${asComment ? 'comment' : 'claim'}:${id}`], sentence));
        bareChildren.push(text(sentence, asComment ? TEXT_HIGHLIGHT : TEXT_UNDERLINE));
      }
    }
    // Neighbouring unmarked sentences are one run again, as Lexical would keep them.
    const join = (children: unknown[]) =>
      children.reduce<unknown[]>((out, child) => {
        const previous = out.at(-1);
        if (isPlainText(child) && isPlainText(previous)) out[out.length - 1] = text(previous.text + child.text);
        else out.push(child);
        return out;
      }, []);
    galleyBlocks.push({ ...block, children: join(galleyChildren) });
    bareBlocks.push({ ...block, children: join(bareChildren) });
  });

  const startsWithComment = (block: unknown) =>
    isObject(block) &&
    block.type === 'paragraph' &&
    Array.isArray(block.children) &&
    isObject(block.children[0]) &&
    block.children[0].type === 'mark' &&
    String((block.children[0].ids as unknown[])[0]).startsWith('comment:');
  const typedIntoBlock = galleyBlocks.findIndex((block, index) => index >= galleyBlocks.length / 2 && startsWithComment(block));
  if (typedIntoBlock === -1) throw new Error('the reviewed read has no paragraph starting with a comment past its middle');
  const withBlocks = (children: unknown[]): ArticleBody => ({
    ...long.body,
    editorState: { ...long.body.editorState, root: { ...long.body.editorState.root, children } },
  });
  return {
    headline: 'The long read, under review: 300 comments and 300 claims',
    galleyBody: withBlocks(galleyBlocks),
    bareBody: withBlocks(bareBlocks),
    commentIds,
    claimIds,
    lastBlockText: long.lastBlockText,
    typedIntoBlock,
  };
}
