import type { LexicalEditor } from 'lexical';
import type { StyleMatch } from '../../../shared/style/matcher';
import { leafAt, type TextLeaf } from './blockText';

/**
 * The underlines, drawn with the CSS Custom Highlight API: ranges over the editor's DOM text
 * registered under one highlight name and styled with ::highlight(galley-style). Nothing is
 * written into the Lexical document, so undo history, autosave and the saved JSON never see them.
 */
export const HIGHLIGHT_NAME = 'galley-style';

export const highlightsSupported = (): boolean => typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';

function textNodeOf(element: HTMLElement | null): Text | null {
  if (element === null) return null;
  if (element.firstChild instanceof Text) return element.firstChild;
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const found = walker.nextNode();
  return found instanceof Text ? found : null;
}

/**
 * One block's highlight ranges; a block that is not drawn yet (or a place that moved) gives
 * none. Static ranges, not live ones: the browser adjusts every live Range in the document on
 * each keystroke, and the changed block's ranges are redrawn in idle time anyway.
 */
export function rangesFor(editor: LexicalEditor, leaves: readonly TextLeaf[], matches: readonly StyleMatch[]): StaticRange[] {
  const ranges: StaticRange[] = [];
  for (const match of matches) {
    const start = leafAt(leaves, match.offset, false);
    const end = leafAt(leaves, match.offset + match.length, true);
    if (start === null || end === null) continue;
    const startText = textNodeOf(editor.getElementByKey(start.key));
    const endText = textNodeOf(editor.getElementByKey(end.key));
    if (startText === null || endText === null) continue;
    if (start.offset > startText.length || end.offset > endText.length) continue;
    ranges.push(new StaticRange({ startContainer: startText, startOffset: start.offset, endContainer: endText, endOffset: end.offset }));
  }
  return ranges;
}

/** The ranges of every block, kept per block so a change redraws only that block's. */
export class BlockHighlights {
  private readonly byBlock = new Map<string, StaticRange[]>();
  private readonly highlight: Highlight | null;

  constructor() {
    this.highlight = highlightsSupported() ? new Highlight() : null;
    if (this.highlight !== null) CSS.highlights.set(HIGHLIGHT_NAME, this.highlight);
  }

  replace(key: string, ranges: StaticRange[]): void {
    if (this.highlight === null) return;
    for (const range of this.byBlock.get(key) ?? []) this.highlight.delete(range);
    if (ranges.length === 0) this.byBlock.delete(key);
    else this.byBlock.set(key, ranges);
    for (const range of ranges) this.highlight.add(range);
  }

  dispose(): void {
    if (this.highlight !== null && CSS.highlights.get(HIGHLIGHT_NAME) === this.highlight) CSS.highlights.delete(HIGHLIGHT_NAME);
    this.byBlock.clear();
  }
}
