import { createCommand, type LexicalCommand, type LexicalEditor, type NodeKey } from 'lexical';
import { FootnoteOrder } from '../../../shared/content/nodes/footnote-order';

/** Puts a new footnote at the caret and opens its note for writing. */
export const INSERT_FOOTNOTE_COMMAND: LexicalCommand<void> = createCommand('GALLEY_INSERT_FOOTNOTE');

type Listener = () => void;

/**
 * Which note is open for writing in place (the popover by its marker). One per editor,
 * shared by the markers, the popover and the Footnotes panel.
 */
export class FootnoteUi {
  private open: NodeKey | null = null;
  /** False in a preview (a revision shown read-only): markers show their numbers and nothing opens. */
  interactive = false;
  private readonly listeners = new Set<Listener>();

  private selected: NodeKey | null = null;
  private readonly selectionListeners = new Set<Listener>();

  readonly getOpen = (): NodeKey | null => this.open;

  /** The marker selected as a whole (arrow keys, or its number in the panel), drawn with a ring. */
  readonly getSelected = (): NodeKey | null => this.selected;

  readonly subscribeSelected = (listener: Listener): (() => void) => {
    this.selectionListeners.add(listener);
    return () => this.selectionListeners.delete(listener);
  };

  setSelected(key: NodeKey | null): void {
    if (this.selected === key) return;
    this.selected = key;
    for (const listener of this.selectionListeners) listener();
  }

  readonly subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  setOpen(key: NodeKey | null): void {
    if (this.open === key) return;
    this.open = key;
    for (const listener of this.listeners) listener();
  }
}

const orders = new WeakMap<LexicalEditor, FootnoteOrder>();
const uis = new WeakMap<LexicalEditor, FootnoteUi>();

/**
 * The footnotes of an editor, in order, kept current by FootnotesPlugin. The Footnotes
 * panel sits outside the editor's React tree and reaches the same instance through the
 * editor it is given.
 */
export function footnoteOrderFor(editor: LexicalEditor): FootnoteOrder {
  let order = orders.get(editor);
  if (order === undefined) {
    order = new FootnoteOrder();
    orders.set(editor, order);
  }
  return order;
}

export function footnoteUiFor(editor: LexicalEditor): FootnoteUi {
  let ui = uis.get(editor);
  if (ui === undefined) {
    ui = new FootnoteUi();
    uis.set(editor, ui);
  }
  return ui;
}
