import { useEffect, useMemo, type ReactNode } from 'react';
import {
  createLexicalComposerContext,
  LexicalComposerContext,
  type LexicalComposerContextWithEditor,
} from '@lexical/react/LexicalComposerContext';
import { namedSignals } from '@lexical/extension';
import { registerLink } from '@lexical/link';
import { registerList } from '@lexical/list';
import { createEditor, HISTORY_MERGE_TAG, type LexicalEditor, type SerializedEditorState } from 'lexical';
import type { Article } from '../../shared/domain/article';
import { galleyNodes } from '../../shared/content/nodes';
import { primeArticleSchema } from './session/primeArticleSchema';
import { isAllowedLinkUrl } from './commands/linkUrl';
import { withFigureView } from './nodes/FigureEditorNode';
import { withSourceViews } from './nodes/sourceViews';
import { editorTheme } from './theme/editorTheme';

/**
 * Lexical's composer for one opened article, with the article's text already in its editor
 * when anything mounts. Opening a long article is fast when:
 *
 * - The editor is made beforehand. Making the first editor of a page is slow (Lexical sets
 *   up each node class on first use), so the next article's editor is made while Galley is
 *   idle. Every article still gets a fresh editor.
 * - Behaviour that transforms nodes (lists, links) is registered before the text goes in.
 *   Registering a transform marks every node of its type dirty: registered after the text,
 *   as Lexical's ListPlugin and LinkPlugin do from passive effects, each ran over the whole
 *   article on open.
 * - The text goes in before the editor has an element. An update on an editor with an
 *   element first reads the page's selection, and reading it forces Chromium to lay out
 *   the page, here the workspace React has just made; without an element that read is
 *   skipped, and attaching the element draws the text in one pass.
 */
let spare: LexicalEditor | null = null;

function makeEditor(): LexicalEditor {
  const editor = createEditor({
    namespace: 'galley-article',
    nodes: withSourceViews(withFigureView(galleyNodes)),
    theme: editorTheme,
    onError: (error) => {
      throw error;
    },
  });
  // For the editor's lifetime: it is never reused for another article, so nothing to undo.
  registerList(editor);
  registerLink(editor, namedSignals({ validateUrl: isAllowedLinkUrl, attributes: undefined }));
  return editor;
}

function takeEditor(): LexicalEditor {
  const editor = spare ?? makeEditor();
  spare = null;
  return editor;
}

/**
 * Makes the next article's editor in an idle moment, unless one is waiting already, and
 * sets up the schema its reply is checked with (see primeArticleSchema).
 */
export function prepareSpareEditor(): () => void {
  const handle = window.requestIdleCallback(() => {
    spare ??= makeEditor();
    primeArticleSchema();
  });
  return () => window.cancelIdleCallback(handle);
}

interface Props {
  /** The article's text; in the editor, outside the undo history, before its element exists. */
  initialBody: Article['body']['editorState'];
  children: ReactNode;
}

export function ArticleComposer({ initialBody, children }: Props) {
  // The text of the article this composer was made for: a different copy mounts a new composer (ArticleWorkspace keys it).
  const context = useMemo<LexicalComposerContextWithEditor>(() => {
    const editor = takeEditor();
    editor.setEditorState(editor.parseEditorState(initialBody as unknown as SerializedEditorState), { tag: HISTORY_MERGE_TAG });
    return [editor, createLexicalComposerContext(null, editorTheme)];
  }, []);
  useEffect(() => prepareSpareEditor(), []);
  return <LexicalComposerContext.Provider value={context}>{children}</LexicalComposerContext.Provider>;
}
