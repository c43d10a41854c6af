import { useEffect, useMemo, type ReactNode } from 'react';
import {
  createLexicalComposerContext,
  LexicalComposerContext,
  type LexicalComposerContextWithEditor,
} from '@lexical/react/LexicalComposerContext';
import { createEditor, type LexicalEditor } from 'lexical';
import { galleyNodes } from '../../shared/content/nodes';
import { withFigureView } from './nodes/FigureEditorNode';
import { withSourceViews } from './nodes/sourceViews';
import { editorTheme } from './theme/editorTheme';

/**
 * Lexical's composer for one opened article, with an editor made beforehand. Making the
 * first editor of a page is slow (Lexical sets up each node class on first use), and an
 * article is opened with the person waiting; so the editor for the next article is made
 * while Galley is idle, and opening one takes it. Every article still gets a fresh editor.
 */
let spare: LexicalEditor | null = null;

function makeEditor(): LexicalEditor {
  return createEditor({
    namespace: 'galley-article',
    nodes: withSourceViews(withFigureView(galleyNodes)),
    theme: editorTheme,
    onError: (error) => {
      throw error;
    },
  });
}

function takeEditor(): LexicalEditor {
  const editor = spare ?? makeEditor();
  spare = null;
  return editor;
}

/** Makes the next article's editor in an idle moment, unless one is waiting already. */
export function prepareSpareEditor(): () => void {
  const handle = window.requestIdleCallback(() => {
    spare ??= makeEditor();
  });
  return () => window.cancelIdleCallback(handle);
}

export function ArticleComposer({ children }: { children: ReactNode }) {
  const context = useMemo<LexicalComposerContextWithEditor>(() => [takeEditor(), createLexicalComposerContext(null, editorTheme)], []);
  useEffect(() => prepareSpareEditor(), []);
  return <LexicalComposerContext.Provider value={context}>{children}</LexicalComposerContext.Provider>;
}
