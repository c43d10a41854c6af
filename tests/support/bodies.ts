import { emptyBody, type ArticleBody } from '../../shared/content/body';

export interface TextRun {
  text: string;
  format?: number;
}

export const textNode = ({ text, format = 0 }: TextRun) => ({
  type: 'text',
  version: 1,
  text,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
});

export const paragraph = (...runs: Array<TextRun | string>) => ({
  type: 'paragraph',
  version: 1,
  direction: null,
  format: '',
  indent: 0,
  textFormat: 0,
  textStyle: '',
  children: runs.map((r) => textNode(typeof r === 'string' ? { text: r } : r)),
});

export const heading = (tag: 'h1' | 'h2' | 'h3', text: string) => ({
  type: 'heading',
  tag,
  version: 1,
  direction: null,
  format: '',
  indent: 0,
  children: [textNode({ text })],
});

/** A body from block nodes (see paragraph, heading). */
export function bodyOf(...blocks: unknown[]): ArticleBody {
  const body = emptyBody();
  body.editorState.root.children = blocks;
  return body;
}

/** A body of plain paragraphs. */
export const bodyOfParagraphs = (...texts: string[]): ArticleBody => bodyOf(...texts.map((t) => paragraph(t)));

/** A comment or claim mark (@lexical/mark) around inline nodes or plain text; ids as stored, e.g. `comment:<uuid>`. */
export const markNode = (ids: string[], ...children: Array<TextRun | string | object>) => ({
  type: 'mark',
  version: 1,
  direction: null,
  format: '',
  indent: 0,
  ids,
  children: children.map((c) => (typeof c === 'string' ? textNode({ text: c }) : 'type' in c ? c : textNode(c as TextRun))),
});

/** A paragraph of inline nodes (text runs, marks, citations). */
export const paragraphOf = (...children: Array<string | object>) => ({
  ...paragraph(),
  children: children.map((c) => (typeof c === 'string' ? textNode({ text: c }) : c)),
});
