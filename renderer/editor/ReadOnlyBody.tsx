import { useMemo } from 'react';
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import type { ArticleBody } from '../../shared/content/body';
import { galleyNodes } from '../../shared/content/nodes';
import { withFigureView } from './nodes/FigureEditorNode';
import { withSourceViews } from './nodes/sourceViews';
import { FootnoteNumbering } from './footnotes/FootnoteNumbering';
import { editorTheme } from './theme/editorTheme';

interface Props {
  body: ArticleBody;
  label: string;
  language: string;
  direction: 'ltr' | 'rtl';
}

/** A body rendered exactly as the editor renders it, but not editable: for previewing a revision. */
export function ReadOnlyBody({ body, label, language, direction }: Props) {
  const initialConfig = useMemo<InitialConfigType>(
    () => ({
      namespace: 'galley-preview',
      nodes: withSourceViews(withFigureView(galleyNodes)),
      theme: editorTheme,
      editable: false,
      editorState: JSON.stringify(body.editorState),
      onError: (error) => {
        throw error;
      },
    }),
    [body],
  );
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <RichTextPlugin
        contentEditable={
          <ContentEditable className="doc-body doc-body--readonly" aria-label={label} aria-readonly lang={language} dir={direction} />
        }
        ErrorBoundary={LexicalErrorBoundary}
      />
      <FootnoteNumbering />
    </LexicalComposer>
  );
}
