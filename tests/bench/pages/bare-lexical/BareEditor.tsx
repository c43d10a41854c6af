import { useEffect, useState } from 'react';
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { ListItemNode, ListNode } from '@lexical/list';
import { AutoLinkNode, LinkNode } from '@lexical/link';
import type { SerializedEditorState } from 'lexical';
import { fetchDocument, onOpenClicked } from '../shared/document';

// The node classes the long read needs (the same ones Galley registers today), nothing more.
const config: InitialConfigType = {
  namespace: 'bench-bare',
  nodes: [HeadingNode, QuoteNode, ListNode, ListItemNode, LinkNode, AutoLinkNode],
  onError: (error) => {
    throw error;
  },
};

function Editor() {
  return (
    <>
      <RichTextPlugin
        contentEditable={<ContentEditable id="editor-body" className="doc-body" aria-label="Body" />}
        ErrorBoundary={LexicalErrorBoundary}
      />
      <HistoryPlugin />
      <ListPlugin />
      <LinkPlugin />
    </>
  );
}

/** Opening = fetch the JSON, parse it into an editor state, set it; the probe waits for it on screen. */
function OpenIntoThisEditor() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      onOpenClicked(() => {
        void fetchDocument().then((json) => {
          editor.setEditorState(editor.parseEditorState(json as SerializedEditorState));
        });
      }),
    [editor],
  );
  return null;
}

/** The baseline the brief defines: one editor, mounted with the page, that each opened document is set into. */
export function BareEditor() {
  return (
    <LexicalComposer initialConfig={config}>
      <Editor />
      <OpenIntoThisEditor />
    </LexicalComposer>
  );
}

/**
 * For diagnosis: the same editor, but a new one mounted for each opened document with the
 * document as its initial state, as Galley's ArticleEditor does. Comparing it with
 * BareEditor shows what mounting an editor per article costs, apart from Galley's own code.
 */
export function BareEditorPerDocument() {
  const [documentJson, setDocumentJson] = useState<string | null>(null);
  useEffect(
    () =>
      onOpenClicked(() => {
        void fetchDocument().then((json) => setDocumentJson(JSON.stringify(json)));
      }),
    [],
  );
  if (documentJson === null) return <div id="editor-body" className="doc-body" />;
  return (
    <LexicalComposer initialConfig={{ ...config, editorState: documentJson }}>
      <Editor />
    </LexicalComposer>
  );
}
