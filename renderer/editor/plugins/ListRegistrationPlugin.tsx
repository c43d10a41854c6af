import { useLayoutEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { registerList } from '@lexical/list';

/**
 * Lexical's list behaviour, registered in a layout effect that runs before the article's
 * text is put into the editor (InitialBody comes after it). Registering a node transform
 * marks every node of its type dirty, and registerList has one on TextNode: registered
 * after the text, as Lexical's ListPlugin does from a passive effect, it ran over every
 * text node of a long article on open (ListPlugin also registers it twice).
 */
export function ListRegistrationPlugin() {
  const [editor] = useLexicalComposerContext();
  useLayoutEffect(() => registerList(editor), [editor]);
  return null;
}
