import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { StyleMatch } from '../../../shared/style/matcher';
import type { TextLeaf } from './blockText';
import { rangesFor } from './highlights';
import { StyleFixBox } from './StyleFixBox';

/** A match the caret is in, offered for fixing. */
export interface OpenFix {
  blockKey: string;
  match: StyleMatch;
  leaves: TextLeaf[];
}

interface Props {
  fix: OpenFix;
  canEdit: boolean;
  onApply: (replacement: string) => void;
  onClose: () => void;
}

/** The fix box for words of the body, placed under them (or under the text when they are not drawn). */
export function StyleFixPopover({ fix, canEdit, onApply, onClose }: Props) {
  const [editor] = useLexicalComposerContext();
  const anchor = () => {
    const place = rangesFor(editor, fix.leaves, [fix.match])[0];
    if (place === undefined) return editor.getRootElement()?.getBoundingClientRect() ?? null;
    const range = document.createRange();
    range.setStart(place.startContainer, place.startOffset);
    range.setEnd(place.endContainer, place.endOffset);
    return range.getBoundingClientRect();
  };
  return <StyleFixBox match={fix.match} anchor={anchor} canEdit={canEdit} onApply={onApply} onClose={onClose} />;
}
