import { $getRoot, $isElementNode, type LexicalEditor, type LexicalNode, type NodeKey } from 'lexical';
import { $isMarkNode } from '@lexical/mark';

type Listener = () => void;

/** How long after the last change to a mark the document order is worked out again. */
const ORDER_DELAY_MS = 250;

/**
 * The comment and claim marks of one live editor: which node keys carry each mark id (kept
 * from MarkNode mutations only, so typing elsewhere costs nothing), and the ids in document
 * order for the Comments and Claims panels. The order needs one walk of the document; it
 * is worked out after marks change, debounced, never per keystroke, except when a mark id
 * is new (a comment or claim just added): then at once, before its record reaches the
 * panels. Until the order names it the panel shows the record as detached, and moving it
 * to the open list a moment later remounts its item, taking the focus and what was typed
 * in its reply or note box with it.
 */
export class MarkRegistry {
  private readonly keysById = new Map<string, Set<NodeKey>>();
  private readonly idsByKey = new Map<NodeKey, readonly string[]>();
  private order: readonly string[] = [];
  private readonly listeners = new Set<Listener>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private orderQueued = false;

  constructor(private readonly editor: LexicalEditor) {}

  /** Mark ids (`comment:<id>`, `claim:<id>`) present in the text, in document order. */
  readonly getSnapshot = (): readonly string[] => this.order;

  readonly subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  keysOf(id: string): ReadonlySet<NodeKey> {
    return this.keysById.get(id) ?? new Set();
  }

  has(id: string): boolean {
    return (this.keysById.get(id)?.size ?? 0) > 0;
  }

  /** A mark node was created or changed (its ids may differ). */
  set(key: NodeKey, ids: readonly string[]): void {
    this.remove(key);
    this.idsByKey.set(key, ids);
    let isNew = false;
    for (const id of ids) {
      let keys = this.keysById.get(id);
      if (keys === undefined) {
        keys = new Set();
        this.keysById.set(id, keys);
        isNew ||= !this.order.includes(id);
      }
      keys.add(key);
    }
    if (isNew) this.orderSoon();
    else this.scheduleOrder();
  }

  remove(key: NodeKey): void {
    const ids = this.idsByKey.get(key);
    if (ids === undefined) return;
    this.idsByKey.delete(key);
    for (const id of ids) {
      const keys = this.keysById.get(id);
      keys?.delete(key);
      if (keys?.size === 0) this.keysById.delete(id);
    }
    this.scheduleOrder();
  }

  /** In this task, once for all the marks of one editor update (a document opened adds many). */
  private orderSoon(): void {
    if (this.orderQueued) return;
    this.orderQueued = true;
    queueMicrotask(() => {
      this.orderQueued = false;
      this.computeOrder();
    });
  }

  private scheduleOrder(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.computeOrder();
    }, ORDER_DELAY_MS);
  }

  /** Now rather than later (tests, and the panels' first look). */
  computeOrder(): void {
    const order: string[] = [];
    if (this.keysById.size > 0) {
      const seen = new Set<string>();
      this.editor.getEditorState().read(() => {
        const stack: LexicalNode[] = [...$getRoot().getChildren()].reverse();
        while (stack.length > 0) {
          const node = stack.pop()!;
          if ($isMarkNode(node)) {
            for (const id of node.getIDs()) {
              if (!seen.has(id)) {
                seen.add(id);
                order.push(id);
              }
            }
          }
          if ($isElementNode(node)) {
            const children = node.getChildren();
            for (let i = children.length - 1; i >= 0; i -= 1) stack.push(children[i]!);
          }
        }
      });
    }
    if (order.length === this.order.length && order.every((id, i) => id === this.order[i])) return;
    this.order = order;
    for (const listener of this.listeners) listener();
  }

  dispose(): void {
    if (this.timer !== null) clearTimeout(this.timer);
  }
}

const registries = new WeakMap<LexicalEditor, MarkRegistry>();

/** The editor's mark registry (kept by ReviewMarksPlugin); the panels reach it through the session's editor. */
export function markRegistryFor(editor: LexicalEditor): MarkRegistry {
  let registry = registries.get(editor);
  if (registry === undefined) {
    registry = new MarkRegistry(editor);
    registries.set(editor, registry);
  }
  return registry;
}
