import {
  $getNodeByKey,
  $getRoot,
  $isElementNode,
  HISTORIC_TAG,
  type EditorState,
  type ElementNode,
  type LexicalEditor,
  type LexicalNode,
  type NodeKey,
} from 'lexical';
import { $isFootnoteNode, FootnoteNode } from './footnote-node';
import type { NoteLink } from './note-links';
import { footnoteNumber } from '../footnote-numbering';

/** One footnote as the editor shows it: its marker's key, its note, and its number. */
export interface FootnoteEntry {
  readonly key: NodeKey;
  readonly noteId: string;
  readonly text: string;
  /** The links on the note's words (./note-links). */
  readonly links: readonly NoteLink[];
  readonly sourceIds: readonly string[];
  /** 1-based, in document order. */
  readonly number: number;
}

type Listener = () => void;

/**
 * The footnotes of a live editor, in document order, kept up to date from what each
 * update changed. Subscribers (each marker, the Footnotes panel) hear only about what
 * concerns them, so a footnote typed near the end renumbers nothing before it.
 *
 * Plain Lexical, no DOM: the same code numbers footnotes in the editor and in headless
 * tests.
 */
export class FootnoteOrder {
  private keys: NodeKey[] = [];
  private readonly entries = new Map<NodeKey, FootnoteEntry>();
  private byNote = new Map<string, FootnoteEntry>();
  private snapshot: readonly FootnoteEntry[] = [];
  private readonly listeners = new Set<Listener>();
  private readonly keyListeners = new Map<NodeKey, Set<Listener>>();

  /** Every footnote in order: a new array whenever anything about them changed. */
  readonly getSnapshot = (): readonly FootnoteEntry[] => this.snapshot;

  readonly subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  entryFor(key: NodeKey): FootnoteEntry | undefined {
    return this.entries.get(key);
  }

  /** The first marker (in document order) that owns this note. */
  entryForNote(noteId: string): FootnoteEntry | undefined {
    return this.byNote.get(noteId);
  }

  /** Listens to one marker's entry (its number or note). */
  subscribeToKey(key: NodeKey, listener: Listener): () => void {
    let set = this.keyListeners.get(key);
    if (set === undefined) {
      set = new Set();
      this.keyListeners.set(key, set);
    }
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.keyListeners.delete(key);
    };
  }

  /** Replaces the whole order: after loading a document, undo and redo. Walks the document once. */
  $rebuild(): void {
    const keys: NodeKey[] = [];
    const stack: LexicalNode[] = [...$getRoot().getChildren()].reverse();
    while (stack.length > 0) {
      const node = stack.pop();
      if (node === undefined) break;
      if ($isFootnoteNode(node)) keys.push(node.getKey());
      else if ($isElementNode(node)) {
        const children = node.getChildren();
        for (let i = children.length - 1; i >= 0; i -= 1) stack.push(children[i] as LexicalNode);
      }
    }
    this.$commit(keys);
  }

  /**
   * Applies one update. `touched` are the footnotes that were written, created or sit
   * inside an element that moved: they are taken out and put back where they now are.
   * Every other footnote kept its relative order (a footnote moves only if it or an
   * ancestor is rewritten, and then it is touched), so the rest of the list stays sorted
   * and each touched one is placed by binary search.
   */
  $patch(touched: ReadonlySet<NodeKey>, checkMembership: boolean): void {
    let keys = this.keys;
    if (touched.size > 0 || checkMembership) {
      keys = keys.filter((key) => !touched.has(key) && (!checkMembership || $isLiveFootnote(key)));
    }
    for (const key of touched) {
      const node = $getNodeByKey(key);
      if (!$isFootnoteNode(node) || !node.isAttached()) continue;
      let low = 0;
      let high = keys.length;
      while (low < high) {
        const middle = (low + high) >>> 1;
        const other = $getNodeByKey(keys[middle] as NodeKey);
        if (other !== null && other.isBefore(node)) low = middle + 1;
        else high = middle;
      }
      keys.splice(low, 0, key);
    }
    this.$commit(keys);
  }

  /** Stores the new order, renumbers, and tells whoever is concerned. Call inside a read. */
  private $commit(keys: NodeKey[]): void {
    const changed: NodeKey[] = [];
    const next: FootnoteEntry[] = [];
    const seen = new Set<NodeKey>();
    for (const key of keys) {
      const node = $getNodeByKey(key);
      if (!$isFootnoteNode(node) || seen.has(key)) continue;
      seen.add(key);
      const before = this.entries.get(key);
      const number = footnoteNumber(next.length);
      const noteId = node.getNoteId();
      const text = node.getText();
      // The node replaces its links array whenever they change, so identity tells.
      const links = node.getLinks();
      const sourceIds = node.getSourceIds();
      const same =
        before !== undefined &&
        before.number === number &&
        before.noteId === noteId &&
        before.text === text &&
        before.links === links &&
        sameIds(before.sourceIds, sourceIds);
      const entry = same ? before : { key, noteId, text, links, sourceIds, number };
      if (!same) {
        this.entries.set(key, entry);
        changed.push(key);
      }
      next.push(entry);
    }
    for (const key of [...this.entries.keys()]) {
      if (!seen.has(key)) {
        this.entries.delete(key);
        changed.push(key);
      }
    }
    this.keys = next.map((entry) => entry.key);
    if (changed.length === 0 && next.length === this.snapshot.length) return;
    this.snapshot = next;
    this.byNote = new Map();
    for (const entry of next) if (!this.byNote.has(entry.noteId)) this.byNote.set(entry.noteId, entry);
    for (const key of changed) for (const listener of this.keyListeners.get(key) ?? []) listener();
    for (const listener of this.listeners) listener();
  }
}

const sameIds = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((id, i) => id === b[i]);

function $isLiveFootnote(key: NodeKey): boolean {
  const node = $getNodeByKey(key);
  return $isFootnoteNode(node) && node.isAttached();
}

function $collectFootnotes(element: ElementNode, into: Set<NodeKey>): void {
  const stack: LexicalNode[] = [element];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === undefined) break;
    if ($isFootnoteNode(node)) into.add(node.getKey());
    else if ($isElementNode(node)) for (const child of node.getChildren()) stack.push(child);
  }
}

/**
 * True when an update replaced the whole state (setEditorState marks only the root, and
 * not as written). A selection-only update marks nothing at all and is not this.
 */
function replacedWholeState(dirtyElements: ReadonlyMap<NodeKey, boolean>, dirtyLeaves: ReadonlySet<NodeKey>): boolean {
  return dirtyLeaves.size === 0 && dirtyElements.size === 1 && dirtyElements.get('root') === false;
}

/**
 * Keeps `order` in step with `editor`. Per update it looks only at what the update marked
 * dirty: typing in a paragraph costs one lookup, whatever the document's length. Loading,
 * undo and redo replace the whole state and are numbered with one walk (Lexical itself
 * redraws the whole document for those).
 *
 * Also gives a pasted copy of a marker its own note id: a copy is a second footnote, and
 * two markers must never share one note.
 */
export function registerFootnoteOrder(editor: LexicalEditor, order: FootnoteOrder): () => void {
  const apply = (editorState: EditorState, run: () => void) => editorState.read(run);
  apply(editor.getEditorState(), () => order.$rebuild());

  const stopUpdates = editor.registerUpdateListener(({ editorState, prevEditorState, dirtyElements, dirtyLeaves, tags }) => {
    if (editorState === prevEditorState) return;
    apply(editorState, () => {
      if (tags.has(HISTORIC_TAG) || replacedWholeState(dirtyElements, dirtyLeaves)) {
        order.$rebuild();
        return;
      }
      const touched = new Set<NodeKey>();
      let checkMembership = false;
      for (const key of dirtyLeaves) {
        const node = $getNodeByKey(key);
        if ($isFootnoteNode(node)) touched.add(key);
        else if (order.entryFor(key) !== undefined) checkMembership = true;
      }
      for (const [key, intentional] of dirtyElements) {
        if (!intentional || key === 'root') continue;
        const node = $getNodeByKey(key);
        // A removed element may have held footnotes: they were never marked themselves.
        if (node === null || !node.isAttached()) checkMembership = true;
        else if ($isElementNode(node)) $collectFootnotes(node, touched);
      }
      if (touched.size > 0 || checkMembership) order.$patch(touched, checkMembership);
    });
  });

  const stopTransform = editor.registerNodeTransform(FootnoteNode, (node) => {
    const existing = order.entryForNote(node.getNoteId());
    if (existing === undefined || existing.key === node.getKey()) return;
    const original = $getNodeByKey(existing.key);
    if ($isFootnoteNode(original) && original.isAttached() && original.getNoteId() === node.getNoteId()) {
      node.setNoteId(globalThis.crypto.randomUUID());
    }
  });

  return () => {
    stopUpdates();
    stopTransform();
  };
}
