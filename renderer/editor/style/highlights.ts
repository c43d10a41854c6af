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

const sameRanges = (a: readonly StaticRange[], b: readonly StaticRange[]): boolean =>
  a.length === b.length &&
  a.every((r, i) => {
    const o = b[i]!;
    return r.startContainer === o.startContainer && r.startOffset === o.startOffset && r.endContainer === o.endContainer && r.endOffset === o.endOffset;
  });

/**
 * The ranges of every block, kept per block so a change redraws only that block's. Only the
 * blocks on or near the screen have their ranges in the highlight: the browser re-marks every
 * range of a highlight whenever the document changes, so hundreds of underlines in a long
 * read would cost every keystroke; an IntersectionObserver adds and removes blocks as they scroll.
 */
export class BlockHighlights {
  private readonly byBlock = new Map<string, StaticRange[]>();
  private readonly visible = new Set<string>();
  private readonly keyOf = new WeakMap<Element, string>();
  private readonly highlight: Highlight | null;
  private readonly observer: IntersectionObserver | null;

  constructor(private readonly editor: LexicalEditor) {
    this.highlight = highlightsSupported() ? new Highlight() : null;
    if (this.highlight !== null) CSS.highlights.set(HIGHLIGHT_NAME, this.highlight);
    this.observer =
      this.highlight === null
        ? null
        : new IntersectionObserver((entries) => this.onIntersect(entries), { rootMargin: '600px 0px' });
  }

  replace(key: string, ranges: StaticRange[]): void {
    if (this.highlight === null) return;
    const old = this.byBlock.get(key) ?? [];
    if (sameRanges(old, ranges)) return;
    if (this.visible.has(key)) {
      for (const range of old) this.highlight.delete(range);
      for (const range of ranges) this.highlight.add(range);
    }
    if (ranges.length === 0) this.byBlock.delete(key);
    else {
      this.byBlock.set(key, ranges);
      this.observe(key);
    }
  }

  dispose(): void {
    this.observer?.disconnect();
    if (this.highlight !== null && CSS.highlights.get(HIGHLIGHT_NAME) === this.highlight) CSS.highlights.delete(HIGHLIGHT_NAME);
    this.byBlock.clear();
    this.visible.clear();
  }

  private observe(key: string): void {
    const element = this.editor.getElementByKey(key);
    if (element === null || this.observer === null || this.keyOf.get(element) === key) return;
    this.keyOf.set(element, key);
    this.observer.observe(element);
  }

  private onIntersect(entries: readonly IntersectionObserverEntry[]): void {
    if (this.highlight === null) return;
    for (const entry of entries) {
      const key = this.keyOf.get(entry.target);
      if (key === undefined) continue;
      const ranges = this.byBlock.get(key) ?? [];
      if (entry.isIntersecting && !this.visible.has(key)) {
        this.visible.add(key);
        for (const range of ranges) this.highlight.add(range);
      } else if (!entry.isIntersecting && this.visible.has(key)) {
        this.visible.delete(key);
        for (const range of ranges) this.highlight.delete(range);
      }
    }
  }
}
