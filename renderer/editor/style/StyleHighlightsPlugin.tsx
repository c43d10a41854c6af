import { useEffect, useRef, useState } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $createRangeSelection,
  $getNodeByKey,
  $getRoot,
  $getSelection,
  $isRangeSelection,
  $setSelection,
  COMMAND_PRIORITY_HIGH,
  KEY_DOWN_COMMAND,
  type LexicalEditor,
} from 'lexical';
import { isFieldKey, useArticleStyle, type ArticleStyle } from './articleStyle';
import { $blockText, leafAt } from './blockText';
import { BlockHighlights, rangesFor } from './highlights';
import type { StyleIndex } from './styleIndex';
import { StyleFixPopover, type OpenFix } from './StyleFixPopover';
import './style.css';

/** How long typing may go on before the underlines catch up anyway. */
const IDLE_TIMEOUT_MS = 600;
/** Blocks matched and drawn per overdue idle callback (each takes well under a millisecond). */
const MAX_BLOCKS_WHEN_OVERDUE = 25;

/**
 * House-style underlines and one-click fixes in the editor. Typing only notes which
 * top-level blocks changed; in idle time those blocks (and no others) are matched again
 * and their underline ranges redrawn. A click on an underlined word, or Alt+Enter with the
 * caret in one, opens the fix; the fix is an ordinary Lexical edit, so Undo takes it back.
 */
class StyleWatcher {
  private readonly index: StyleIndex;
  private readonly highlights: BlockHighlights;
  private readonly dirty = new Set<string>();
  private idle: number | null = null;
  private checkRemoved = false;
  private disposed = false;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly editor: LexicalEditor,
    private readonly style: ArticleStyle,
  ) {
    this.index = style.index;
    this.highlights = new BlockHighlights(editor);
    editor.getEditorState().read(() => {
      for (const key of $getRoot().getChildrenKeys()) this.dirty.add(key);
    });
    // A name the headline or standfirst now spells another way underlines (or clears) its spellings here.
    this.unsubscribe = style.subscribe((groups) => this.redrawLater(this.blocksWithGroups(groups)));
    this.schedule();
  }

  /** The body's blocks (not the headline's or standfirst's entries) with a match of these name groups. */
  private blocksWithGroups(groups: ReadonlySet<number>): string[] {
    return this.index.blocksWithGroups(groups).filter((key) => !isFieldKey(key));
  }

  /** From the update listener: which blocks changed. Cheap on purpose: it runs on every keystroke. */
  noteUpdate(dirtyElements: ReadonlyMap<string, boolean>, dirtyLeaves: ReadonlySet<string>): void {
    if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
    // A whole new state (undo, redo, a restored version) marks only the root: every block may have changed.
    const wholeState = dirtyLeaves.size === 0 && dirtyElements.size === 1 && dirtyElements.has('root');
    // The root is marked on most edits; whether blocks went is settled in idle time, not on the keystroke.
    if (dirtyElements.get('root') === true) this.checkRemoved = true;
    this.editor.getEditorState().read(() => {
      if (wholeState) {
        for (const key of $getRoot().getChildrenKeys()) this.dirty.add(key);
        return;
      }
      for (const key of [...dirtyElements.keys(), ...dirtyLeaves]) {
        if (key === 'root') continue;
        const node = $getNodeByKey(key);
        const top = node === null ? null : node.getTopLevelElement();
        if (top !== null) this.dirty.add(top.getKey());
      }
    });
    if (this.dirty.size > 0 || this.checkRemoved) this.schedule();
  }

  /** The shown match at the caret, re-reading that one block first so a fix never acts on stale offsets. */
  $matchAtCaret(): OpenFix | null {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return null;
    const anchor = selection.anchor.getNode();
    const block = anchor.getTopLevelElement();
    if (block === null) return null;
    const { text, leaves } = $blockText(block);
    const changed = this.style.set(block.getKey(), text);
    if (changed !== null) this.redrawLater([block.getKey()]);
    const leaf = leaves.find((l) => l.key === anchor.getKey());
    if (leaf === undefined) return null;
    const at = leaf.start + selection.anchor.offset;
    const focusLeaf = leaves.find((l) => l.key === selection.focus.key);
    const focusAt = focusLeaf === undefined ? at : focusLeaf.start + selection.focus.offset;
    const [from, to] = at <= focusAt ? [at, focusAt] : [focusAt, at];
    const match = this.index.shown(block.getKey()).find((m) => m.offset <= from && to <= m.offset + m.length);
    return match === undefined ? null : { blockKey: block.getKey(), match, leaves };
  }

  dispose(): void {
    this.disposed = true;
    this.unsubscribe();
    if (this.idle !== null) window.cancelIdleCallback(this.idle);
    this.highlights.dispose();
  }

  private redrawLater(keys: readonly string[]): void {
    for (const key of keys) this.dirty.add(key);
    this.schedule();
  }

  private dropRemovedBlocks(): void {
    const live = new Set($getRoot().getChildrenKeys());
    const gone = [...this.index.keys()].filter((key) => !live.has(key) && !isFieldKey(key));
    for (const key of gone) {
      this.style.delete(key);
      this.highlights.replace(key, []);
    }
  }

  private schedule(): void {
    if (this.idle !== null || this.disposed) return;
    this.idle = window.requestIdleCallback((deadline) => this.flush(deadline), { timeout: IDLE_TIMEOUT_MS });
  }

  /** Matches and redraws the changed blocks, as many as the idle time allows; the rest wait for the next idle period. */
  private flush(deadline: IdleDeadline): void {
    this.idle = null;
    if (this.disposed) return;
    this.editor.getEditorState().read(() => {
      if (this.checkRemoved) {
        this.checkRemoved = false;
        this.dropRemovedBlocks();
      }
      let done = 0;
      for (const key of this.dirty) {
        this.dirty.delete(key);
        const block = $getNodeByKey(key);
        if (block === null || !block.isAttached()) {
          this.style.delete(key);
          this.highlights.replace(key, []);
          continue;
        }
        const { text, leaves } = $blockText(block);
        this.style.set(key, text);
        this.highlights.replace(key, rangesFor(this.editor, leaves, this.index.shown(key)));
        done += 1;
        // Slices of a few milliseconds, even when the idle callback is overdue: a pasted long read never holds up a frame.
        if (deadline.timeRemaining() < 2 && (!deadline.didTimeout || done >= MAX_BLOCKS_WHEN_OVERDUE)) break;
      }
    });
    if (this.dirty.size > 0) this.schedule();
  }
}

/** Selects a match's words and writes the replacement over them: one undoable edit. */
function applyFix(editor: LexicalEditor, fix: OpenFix, replacement: string): void {
  editor.update(() => {
    const block = $getNodeByKey(fix.blockKey);
    if (block === null) return;
    const { text, leaves } = $blockText(block);
    const { offset, length } = fix.match;
    // The words moved or changed since the fix was offered: leave them alone.
    if (text.slice(offset, offset + length) !== fix.match.text) return;
    const start = leafAt(leaves, offset, false);
    const end = leafAt(leaves, offset + length, true);
    if (start === null || end === null) return;
    const selection = $createRangeSelection();
    selection.anchor.set(start.key, start.offset, 'text');
    selection.focus.set(end.key, end.offset, 'text');
    $setSelection(selection);
    selection.insertText(replacement);
  });
  editor.focus();
}

/** How long after a click that did not move the caret the fix is offered anyway. */
const CARET_SETTLE_MS = 100;

/** The body's underlines and fixes, from the open article's house style (ArticleStyleContext). */
export function StyleHighlightsPlugin() {
  const [editor] = useLexicalComposerContext();
  const style = useArticleStyle();
  const watcher = useRef<StyleWatcher | null>(null);
  const [open, setOpen] = useState<OpenFix | null>(null);

  useEffect(() => {
    if (style === null) return;
    const current = new StyleWatcher(editor, style);
    watcher.current = current;
    const offerAtCaret = (): boolean => {
      let found: OpenFix | null = null;
      editor.getEditorState().read(() => {
        found = current.$matchAtCaret();
      });
      setOpen(found);
      return found !== null;
    };
    const root = editor.getRootElement();
    // Once the click has moved the caret: Lexical reads it on the selectionchange that
    // follows, which a busy page can deliver after a zero timeout. A click that leaves the
    // caret where it was fires none, hence the fallback.
    const onClick = () => {
      let offered = false;
      const offer = () => {
        if (offered) return;
        offered = true;
        document.removeEventListener('selectionchange', afterLexical);
        offerAtCaret();
      };
      const afterLexical = () => window.setTimeout(offer, 0);
      document.addEventListener('selectionchange', afterLexical, { once: true });
      window.setTimeout(offer, CARET_SETTLE_MS);
    };
    root?.addEventListener('click', onClick);
    const unregister = [
      editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => current.noteUpdate(dirtyElements, dirtyLeaves)),
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event: KeyboardEvent) => {
          if (!(event.altKey && event.key === 'Enter')) return false;
          event.preventDefault();
          offerAtCaret();
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    ];
    return () => {
      root?.removeEventListener('click', onClick);
      for (const off of unregister) off();
      current.dispose();
      watcher.current = null;
      setOpen(null);
    };
  }, [editor, style]);

  if (open === null) return null;
  return (
    <StyleFixPopover
      fix={open}
      canEdit={editor.isEditable()}
      onApply={(replacement) => {
        setOpen(null);
        applyFix(editor, open, replacement);
      }}
      onClose={() => {
        setOpen(null);
        editor.focus();
      }}
    />
  );
}

