import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot } from 'lexical';
import { countWords } from '../../../shared/content/text';

const SETTLE_MS = 500;

/**
 * Counts words after typing settles, in an idle moment: counting reads the whole document,
 * so it must never run per keystroke.
 */
export function WordCountPlugin({ onCount }: { onCount: (words: number) => void }) {
  const [editor] = useLexicalComposerContext();

  useEffect(() => {
    let timer: number | null = null;
    let idle: number | null = null;
    const count = () => {
      idle = null;
      onCount(countWords(editor.getEditorState().read(() => $getRoot().getTextContent())));
    };
    const schedule = () => {
      if (timer !== null) window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        timer = null;
        if (idle !== null) window.cancelIdleCallback(idle);
        idle = window.requestIdleCallback(count, { timeout: 1000 });
      }, SETTLE_MS);
    };
    const stop = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size > 0 || dirtyLeaves.size > 0) schedule();
    });
    return () => {
      stop();
      if (timer !== null) window.clearTimeout(timer);
      if (idle !== null) window.cancelIdleCallback(idle);
    };
  }, [editor, onCount]);

  return null;
}
