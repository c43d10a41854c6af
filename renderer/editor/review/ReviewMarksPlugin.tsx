import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { MarkNode } from '@lexical/mark';
import { $getNodeByKey, type LexicalEditor, type NodeKey } from 'lexical';
import { mergeRegister } from '@lexical/utils';
import { markRegistryFor, type MarkRegistry } from './markRegistry';
import { $markIdsAtSelection } from './reviewActions';
import { registerMarksFollowTyping } from './marksFollowTyping';
import { registerMarksFollowPaste } from './insertIntoMark';
import { useReview } from './useReview';

/**
 * Draws comment and claim marks and keeps the mark registry: a mutation listener on
 * MarkNode only (so typing outside marks does nothing here), classes set on each mark's
 * element by kind, resolution and whether the caret is in it. The caret check reads the
 * selection's ancestors only: constant work per keystroke. Text typed in a mark stays in it
 * (./marksFollowTyping), and so do words pasted there (./insertIntoMark).
 */

function classesFor(ids: readonly string[], quiet: ReadonlySet<string>, active: ReadonlySet<string>): Record<string, boolean> {
  const comments = ids.filter((id) => id.startsWith('comment:'));
  const claim = ids.some((id) => id.startsWith('claim:'));
  return {
    'gl-mark': true,
    'gl-mark--comment': comments.length > 0 && comments.some((id) => !quiet.has(id)),
    'gl-mark--resolved': comments.length > 0 && comments.every((id) => quiet.has(id)) && !claim,
    'gl-mark--claim': claim,
    'gl-mark--active': ids.some((id) => active.has(id)),
  };
}

class MarkPainter {
  quiet: ReadonlySet<string> = new Set();
  active: ReadonlySet<string> = new Set();
  private readonly idsByKey = new Map<NodeKey, readonly string[]>();

  constructor(
    private readonly editor: LexicalEditor,
    private readonly registry: MarkRegistry,
  ) {}

  paint(key: NodeKey): void {
    const ids = this.idsByKey.get(key);
    const element = this.editor.getElementByKey(key);
    if (ids === undefined || element === null) return;
    for (const [name, on] of Object.entries(classesFor(ids, this.quiet, this.active))) {
      if (element.classList.contains(name) !== on) element.classList.toggle(name, on);
    }
    const joined = ids.join(' ');
    if (element.dataset.markIds !== joined) element.dataset.markIds = joined;
  }

  set(key: NodeKey, ids: readonly string[]): void {
    const before = this.idsByKey.get(key);
    // The same mark with the same ids (its words changed): nothing to draw or reorder.
    if (before !== undefined && before.length === ids.length && before.every((id, i) => id === ids[i])) return;
    this.idsByKey.set(key, ids);
    this.registry.set(key, ids);
    this.paint(key);
  }

  remove(key: NodeKey): void {
    this.idsByKey.delete(key);
    this.registry.remove(key);
  }

  /** Repaints the marks of these ids (few: the ones whose state changed). */
  repaintIds(ids: Iterable<string>): void {
    const keys = new Set<NodeKey>();
    for (const id of ids) for (const key of this.registry.keysOf(id)) keys.add(key);
    for (const key of keys) this.paint(key);
  }
}

export function ReviewMarksPlugin({ articleId }: { articleId: string | null }) {
  const [editor] = useLexicalComposerContext();
  const { load } = useReview(articleId);
  const painter = usePainter(editor);

  const resolved = load.kind === 'ready' ? load.value.comments.filter((c) => c.resolved !== null).map((c) => `comment:${c.id}`) : [];
  const resolvedKey = resolved.join(' ');
  useEffect(() => {
    const previous = painter.quiet;
    painter.quiet = new Set(resolvedKey === '' ? [] : resolvedKey.split(' '));
    painter.repaintIds(new Set([...previous, ...painter.quiet]));
  }, [painter, resolvedKey]);

  return null;
}

function usePainter(editor: LexicalEditor): MarkPainter {
  const registry = markRegistryFor(editor);
  const painter = painters.get(editor) ?? new MarkPainter(editor, registry);
  painters.set(editor, painter);

  useEffect(
    () =>
      mergeRegister(
        editor.registerMutationListener(
          MarkNode,
          (mutations) => {
            editor.getEditorState().read(() => {
              for (const [key, mutation] of mutations) {
                if (mutation === 'destroyed') {
                  painter.remove(key);
                  continue;
                }
                const node = $getNodeByKey<MarkNode>(key);
                if (node !== null) painter.set(key, node.getIDs());
              }
            });
          },
          { skipInitialization: false },
        ),
        editor.registerUpdateListener(({ editorState }) => {
          const active = new Set(editorState.read($markIdsAtSelection));
          const before = painter.active;
          if (active.size === before.size && [...active].every((id) => before.has(id))) return;
          painter.active = active;
          painter.repaintIds(new Set([...before, ...active]));
        }),
        registerMarksFollowTyping(editor),
        registerMarksFollowPaste(editor),
        () => registry.dispose(),
      ),
    [editor, painter, registry],
  );
  return painter;
}

const painters = new WeakMap<LexicalEditor, MarkPainter>();
