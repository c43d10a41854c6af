import type { ArticleBody } from '../../../shared/content/body';
import { generateLongArticle } from './long-article';
import { TEXT_SUPERSCRIPT, link, text } from './lexical-json';
import { generateSourcedArticle } from './sourced-article';

/**
 * The typing benchmark's second document: the 20,000-word long read with 500 citations
 * and 200 footnotes (the sourced article the checks bench uses), for Galley; and for the
 * bare Lexical page, which has no such nodes, the same document with each citation as a
 * link around the same words and each footnote as a superscript number, so that both
 * editors hold a document of the same size and shape.
 */
export interface CitedRead {
  headline: string;
  galleyBody: ArticleBody;
  bareBody: ArticleBody;
  citations: number;
  footnotes: number;
  lastBlockText: string;
  /** The paragraph typed into: it has a citation and a footnote, and plain text before them. */
  typedIntoBlock: number;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null;

/** The same node tree with citations as links and footnotes as superscript numbers, numbered in document order. */
function withoutGalleyNodes(body: ArticleBody): ArticleBody {
  let footnotes = 0;
  const convert = (node: unknown): unknown => {
    if (!isObject(node)) return node;
    if (node.type === 'footnote') {
      footnotes += 1;
      return text(String(footnotes), TEXT_SUPERSCRIPT);
    }
    const children = Array.isArray(node.children) ? node.children.map(convert) : undefined;
    if (node.type === 'citation') {
      const ids = Array.isArray(node.sourceIds) ? node.sourceIds : [];
      return { ...link(`https://sources.example/${String(ids[0] ?? 'source')}`, ''), children };
    }
    return children === undefined ? node : { ...node, children };
  };
  const root = body.editorState.root;
  return { ...body, editorState: { ...body.editorState, root: { ...root, children: root.children.map(convert) } } };
}

const plainTextOf = (block: unknown): string =>
  isObject(block) && Array.isArray(block.children) ? block.children.map((child) => (isObject(child) && typeof child.text === 'string' ? child.text : '')).join('') : '';

export function generateCitedRead(): CitedRead {
  const long = generateLongArticle();
  const sourced = generateSourcedArticle();
  const galleyBody = structuredClone(sourced.body);
  const blocks = galleyBody.editorState.root.children;
  // The last block stays plain, so that "the whole document is on screen" reads the same in both editors.
  blocks[blocks.length - 1] = structuredClone(long.body.editorState.root.children.at(-1));
  const hasBoth = (block: unknown) =>
    isObject(block) &&
    block.type === 'paragraph' &&
    Array.isArray(block.children) &&
    isObject(block.children[0]) &&
    block.children[0].type === 'text' &&
    block.children.some((child) => isObject(child) && child.type === 'citation') &&
    block.children.some((child) => isObject(child) && child.type === 'footnote');
  const typedIntoBlock = blocks.findIndex((block, index) => index >= blocks.length / 2 && hasBoth(block));
  if (typedIntoBlock === -1) throw new Error('the cited read has no paragraph with both a citation and a footnote past its middle');
  return {
    headline: 'The long read, sourced: 500 citations and 200 footnotes',
    galleyBody,
    bareBody: withoutGalleyNodes(galleyBody),
    citations: sourced.citations,
    footnotes: sourced.footnotes,
    lastBlockText: plainTextOf(blocks.at(-1)),
    typedIntoBlock,
  };
}
