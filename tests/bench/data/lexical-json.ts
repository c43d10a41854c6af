import { BODY_FORMAT_VERSION, type ArticleBody } from '../../../shared/content/body';

/**
 * Builders for serialized Lexical nodes, in exactly the shape Lexical 0.52 exports them,
 * so a generated body loads in Galley, in the bare Lexical page and headless without any
 * normalisation that would make one of them do extra work.
 */
export type SerializedBlock = Record<string, unknown> & { type: string };

export const TEXT_BOLD = 1;
export const TEXT_ITALIC = 2;
export const TEXT_SUPERSCRIPT = 64;

export const text = (value: string, format = 0) => ({
  detail: 0,
  format,
  mode: 'normal',
  style: '',
  text: value,
  type: 'text',
  version: 1,
});

const elementFields = { direction: null, format: '', indent: 0, version: 1 };

export const link = (url: string, value: string) => ({
  children: [text(value)],
  rel: null,
  target: null,
  title: null,
  url,
  ...elementFields,
  type: 'link',
});

export const paragraph = (children: unknown[]): SerializedBlock => ({
  children,
  ...elementFields,
  textFormat: 0,
  textStyle: '',
  type: 'paragraph',
});

export const heading = (tag: 'h2' | 'h3', value: string): SerializedBlock => ({
  children: [text(value)],
  tag,
  ...elementFields,
  type: 'heading',
});

export const quote = (value: string): SerializedBlock => ({ children: [text(value)], ...elementFields, type: 'quote' });

export const bulletList = (items: readonly string[]): SerializedBlock => ({
  children: items.map((item, index) => ({ children: [text(item)], value: index + 1, ...elementFields, type: 'listitem' })),
  listType: 'bullet',
  start: 1,
  tag: 'ul',
  ...elementFields,
  type: 'list',
});

export function bodyOfBlocks(blocks: SerializedBlock[]): ArticleBody {
  return {
    format: 'galley.lexical',
    version: BODY_FORMAT_VERSION,
    editorState: { root: { children: blocks, ...elementFields, type: 'root' } },
  };
}
