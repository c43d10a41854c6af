import { curlTyped, type QuoteStyle } from '../../../shared/content/smart-quotes';

/**
 * After an input event in a text field: when one character was typed at the caret, curls
 * it as the body does (shared/content/smart-quotes). Pasting, dropping, undo and an input
 * method's composing are left alone. The curl is typed over the straight quote
 * (insertText), so it is a step of the field's own undo: Ctrl+Z right after it gives the
 * straight quote back.
 */
export function curlTypedInTextarea(field: HTMLTextAreaElement, event: Event, quotes: QuoteStyle): void {
  if (!(event instanceof InputEvent) || event.inputType !== 'insertText' || event.isComposing) return;
  const caret = field.selectionStart;
  if ([...(event.data ?? '')].length !== 1 || caret !== field.selectionEnd) return;
  const edit = curlTyped(field.value.slice(0, caret), quotes);
  if (edit === null) return;
  field.setSelectionRange(edit.at, edit.at + edit.length);
  const typed = document.execCommand('insertText', false, edit.text);
  // The caret goes back after the typed character: an edit before it (’90s) would leave it before.
  // Where the field could not take the edit, the quote stays straight and the caret where it was.
  const after = typed ? caret - edit.length + edit.text.length : caret;
  field.setSelectionRange(after, after);
}
