import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { LexicalEditor } from 'lexical';
import { footnoteOrderFor } from '../../editor/footnotes/footnoteStore';
import type { PanelProps } from '../panelTypes';
import { FootnoteItem } from './FootnoteItem';
import '../../css/citations.css';

/**
 * The open article's footnotes, in order, each editable where it is listed. The numbers
 * are the markers' places in the text, so they change as text moves; a number leads to
 * its marker, and clicking a marker in the text brings its note here.
 */
export function FootnotesPanel({ session, request }: PanelProps) {
  if (session === null) return <p className="panel-empty">Open an article to see and write its footnotes.</p>;
  return <FootnoteList editor={session.editor} readOnly={session.readOnly} request={request} />;
}

function FootnoteList({ editor, readOnly, request }: { editor: LexicalEditor; readOnly: boolean; request: PanelProps['request'] }) {
  const order = footnoteOrderFor(editor);
  const entries = useSyncExternalStore(order.subscribe, order.getSnapshot);
  const [highlighted, setHighlighted] = useState<string | null>(null);
  const handledRequest = useRef(0);

  useEffect(() => {
    if (request?.kind !== 'showFootnote' || request.nonce === handledRequest.current) return;
    handledRequest.current = request.nonce;
    setHighlighted(request.noteId);
    document.getElementById(`footnote-${request.noteId}`)?.scrollIntoView({ block: 'nearest' });
  }, [request]);

  if (entries.length === 0) {
    return (
      <p className="panel-empty">
        No footnotes yet. Put the caret where a note belongs and choose Insert footnote (Ctrl+Alt+F); its number follows
        its place in the text.
      </p>
    );
  }

  const empty = entries.filter((entry) => entry.text.trim() === '').length;
  return (
    <section className="footnotes-panel" aria-label="Footnotes">
      <p className="footnotes-panel__summary" role="status">
        {entries.length === 1 ? '1 footnote' : `${entries.length} footnotes`}
        {empty > 0 ? ` · ${empty} without a note` : ''}
      </p>
      <ol className="footnote-list">
        {entries.map((entry) => (
          <FootnoteItem key={entry.key} editor={editor} entry={entry} readOnly={readOnly} highlighted={entry.noteId === highlighted} />
        ))}
      </ol>
    </section>
  );
}
