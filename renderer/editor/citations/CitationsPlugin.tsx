import { useCallback, useEffect, useState } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNearestNodeFromDOMNode, $getSelection, $setSelection, COMMAND_PRIORITY_LOW, type BaseSelection, type NodeKey } from 'lexical';

import type { Locator } from '../../../shared/domain/source';
import { useToasts } from '../../ui/toasts';
import {
  $citationOfElementKey,
  $citeSelection,
  $removeCitation,
  $selectedCitation,
  $selectedText,
  $updateCitation,
  OPEN_CITE_DIALOG_COMMAND,
  type CitationDraft,
} from './citationEditing';
import { CitationHoverCard } from './CitationHoverCard';
import { useFloatingLayerTaken } from '../../ui/floating/floatingLayer';
import { CiteDialog } from './CiteDialog';
import { useArticleSourceMap } from './useArticleSourceMap';

interface DialogState {
  /** The selection to cite, kept while focus is in the dialog. */
  selection: BaseSelection | null;
  quote: string;
  /** The citation being edited. */
  editing: { key: NodeKey; draft: CitationDraft } | null;
}

interface HoverState {
  sourceIds: readonly string[];
  locator: Locator | null;
  anchor: DOMRect;
}

/**
 * Citations in the editor: the Cite dialog (for the selection, or for the citation the
 * caret is in) and the card that names a citation's sources when the pointer rests on it.
 */
export function CitationsPlugin({ articleId }: { articleId: string | null }) {
  const [editor] = useLexicalComposerContext();
  const toasts = useToasts();
  const { sources, refresh } = useArticleSourceMap(articleId);
  const [dialog, setDialog] = useState<DialogState | null>(null);
  const [hover, setHover] = useState<HoverState | null>(null);
  // A box being worked in (the house-style fix on these words) keeps the card away.
  const floatingLayerTaken = useFloatingLayerTaken();

  useEffect(
    () =>
      editor.registerCommand(
        OPEN_CITE_DIALOG_COMMAND,
        () => {
          if (articleId === null || !editor.isEditable()) return false;
          const existing = $selectedCitation();
          const quote = existing?.getTextContent() ?? $selectedText();
          if (existing === null && quote.trim() === '') {
            toasts.showInfo('Select the words you want to cite, then choose Cite.');
            return true;
          }
          setHover(null);
          setDialog({
            selection: $getSelection()?.clone() ?? null,
            quote,
            editing: existing === null ? null : { key: existing.getKey(), draft: { sourceIds: [...existing.getSourceIds()], locator: existing.getLocator() } },
          });
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor, articleId, toasts],
  );

  // The hover card: the pointer resting on cited words.
  useEffect(() => {
    const root = editor.getRootElement();
    if (root === null) return;
    const onOver = (event: MouseEvent) => {
      const target = event.target instanceof Element ? event.target.closest('.doc-citation') : null;
      if (!(target instanceof HTMLElement)) return;
      // editor.read, not editorState.read: finding a node from the DOM needs the editor.
      editor.read(() => {
        const node = $getNearestNodeFromDOMNode(target);
        const citation = node === null ? null : $citationOfElementKey(node.getKey());
        if (citation !== null) setHover({ sourceIds: citation.getSourceIds(), locator: citation.getLocator(), anchor: target.getBoundingClientRect() });
      });
    };
    const onOut = (event: MouseEvent) => {
      const from = event.target instanceof Element ? event.target.closest('.doc-citation') : null;
      const to = event.relatedTarget instanceof Element ? event.relatedTarget.closest('.doc-citation') : null;
      if (from !== null && from !== to) setHover(null);
    };
    root.addEventListener('mouseover', onOver);
    root.addEventListener('mouseout', onOut);
    return () => {
      root.removeEventListener('mouseover', onOver);
      root.removeEventListener('mouseout', onOut);
    };
  }, [editor]);

  const close = useCallback(() => {
    setDialog(null);
    editor.focus();
  }, [editor]);

  const restoreSelection = (state: DialogState) => {
    if (state.selection !== null) $setSelection(state.selection.clone());
  };

  const apply = (draft: CitationDraft) => {
    const state = dialog;
    if (state === null) return;
    editor.update(() => {
      restoreSelection(state);
      if (state.editing !== null) $updateCitation(state.editing.key, draft);
      else if (!$citeSelection(draft)) toasts.showInfo('Those words are already cited: select them alone to change their citation.');
    });
    close();
  };

  const remove = () => {
    const state = dialog;
    if (state?.editing == null) return;
    const key = state.editing.key;
    editor.update(() => {
      restoreSelection(state);
      $removeCitation(key);
    });
    close();
  };

  return (
    <>
      {dialog !== null && articleId !== null ? (
        <CiteDialog
          articleId={articleId}
          quote={dialog.quote}
          initial={dialog.editing?.draft ?? null}
          articleSources={sources}
          onApply={apply}
          onRemove={dialog.editing !== null ? remove : null}
          onClose={close}
          onSourcesChanged={refresh}
        />
      ) : null}
      {hover !== null && dialog === null && !floatingLayerTaken ? <CitationHoverCard {...hover} sources={sources} /> : null}
    </>
  );
}

