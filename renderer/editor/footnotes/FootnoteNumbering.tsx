import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { registerFootnoteOrder } from '../../../shared/content/nodes/footnote-order';
import { footnoteOrderFor } from './footnoteStore';

/** Numbers the footnote markers of a read-only body (a revision preview); nothing opens. */
export function FootnoteNumbering() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerFootnoteOrder(editor, footnoteOrderFor(editor)), [editor]);
  return null;
}
