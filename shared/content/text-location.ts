/**
 * A place in the body that survives reloads and is the same in the main process and the
 * editor: no Lexical runtime keys (they change every time a document is loaded).
 *
 * - `block` is the index of a top-level block (a child of the root: paragraph, heading,
 *   quote, list…).
 * - `offset` and `length` count UTF-16 code units of the block's *location text*: the text
 *   of its text and tab nodes in document order, with each line break counting as one
 *   character ("\n"). Element boundaries (a link, a citation, a list item) and decorators
 *   (a footnote marker, a reference marker) add nothing.
 *
 * The body scan (./scan) computes locations from the stored JSON by this rule; the editor's
 * SelectLocationPlugin maps them back onto live nodes by the same rule.
 */
export interface TextLocation {
  block: number;
  offset: number;
  length: number;
}

/** What a leaf node contributes to the location text: its text, "\n" for a line break, nothing otherwise. */
export function locationTextOf(type: string, text: string | null): string {
  if (type === 'linebreak') return '\n';
  if ((type === 'text' || type === 'tab') && text !== null) return text;
  return '';
}
