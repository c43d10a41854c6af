import { createHeadlessEditor } from '@lexical/headless';
import type { ArticleBody } from '../../../shared/content/body';
import { BODY_FORMAT_VERSION } from '../../../shared/content/body';
import { buildBody } from '../../../shared/content/build';
import { galleyNodes } from '../../../shared/content/nodes';
import type { Block, HeadingLevel, Inline, ListBlock, ListItem } from '../../../shared/content/render/tree';
import { emptyMeta, type ArticleMeta } from '../../../shared/domain/article';

/** Small builders for the body tree, so tests read like the document they describe. */
export const text = (value: string, format = 0): Inline => ({ kind: 'text', text: value, format });
export const br: Inline = { kind: 'break' };
export const link = (url: string, ...children: Inline[]): Inline => ({ kind: 'link', url, title: null, children });
export const p = (...children: Inline[]): Block => ({ kind: 'paragraph', direction: null, children });
export const h = (level: HeadingLevel, ...children: Inline[]): Block => ({ kind: 'heading', level, direction: null, children });
export const quote = (...children: Inline[]): Block => ({ kind: 'quote', direction: null, children });
export const item = (children: Inline[], ...lists: ListBlock[]): ListItem => ({ children, lists });
export const ul = (...items: ListItem[]): ListBlock => ({ kind: 'list', ordered: false, start: 1, items });
export const ol = (start: number, ...items: ListItem[]): ListBlock => ({ kind: 'list', ordered: true, start, items });
export const cite = (sourceIds: string[], ...children: Inline[]): Inline => ({ kind: 'citation', sourceIds, locator: null, children });
export const fn = (note: string, noteId = '0e9d8c7b-6a5f-4e3d-8c2b-1a0f9e8d7c6b', sourceIds: string[] = []): Inline => ({
  kind: 'footnote',
  noteId,
  text: note,
  sourceIds,
});
export const ref = (label: string): Inline => ({ kind: 'reference', label });

export function article(blocks: Block[], meta: Partial<ArticleMeta> = {}): { meta: ArticleMeta; body: ArticleBody } {
  return { meta: { ...emptyMeta(), ...meta }, body: buildBody(blocks) };
}

/** A body written by Lexical itself: the renderers must read real editor output, not only ours. */
export function lexicalBody(build: () => void): ArticleBody {
  const editor = createHeadlessEditor({
    nodes: [...galleyNodes],
    onError: (error) => {
      throw error;
    },
  });
  editor.update(build, { discrete: true });
  return {
    format: 'galley.lexical',
    version: BODY_FORMAT_VERSION,
    editorState: editor.getEditorState().toJSON() as unknown as ArticleBody['editorState'],
  };
}

/** A body from raw root children, for malformed and unknown nodes. */
export function rawBody(children: unknown[]): ArticleBody {
  return {
    format: 'galley.lexical',
    version: BODY_FORMAT_VERSION,
    editorState: { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children } },
  };
}
