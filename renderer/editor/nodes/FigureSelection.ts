import { useSyncExternalStore } from 'react';
import {
  $createNodeSelection,
  $getNodeByKey,
  $setSelection,
  createCommand,
  type LexicalCommand,
  type LexicalEditor,
  type NodeKey,
} from 'lexical';
import { $isFigureNode } from '../../../shared/content/nodes/figure';
import type { FigureFields } from '../../../shared/content/nodes/figure-data';
import type { AssetWithRights } from '../../../shared/domain/asset';
import { requestShowPanel } from '../../common/locationEvents';
import { TYPED_OUTSIDE_THE_TEXT } from '../commands/editTags';

/**
 * What the Rights panel knows of the open article's figures, kept by the ImagesPlugin (which
 * lives inside the editor) for the panel (which lives beside it): the editor, its figures in
 * document order, the one the panel shows, and how many images are on their way in.
 */
export interface EditorFigure {
  key: NodeKey;
  fields: FigureFields;
}

export interface FigureState {
  editor: LexicalEditor | null;
  figures: readonly EditorFigure[];
  /** The figure the Rights panel shows: the last one selected, kept while the caret is elsewhere. */
  selectedKey: NodeKey | null;
  uploading: number;
}

/** Opens the file picker (the toolbar button, the panel's button). */
export const OPEN_IMAGE_PICKER_COMMAND: LexicalCommand<void> = createCommand('OPEN_IMAGE_PICKER_COMMAND');
/** Puts an image from the library into the text at the caret (or at the end). */
export const INSERT_FIGURE_COMMAND: LexicalCommand<AssetWithRights> = createCommand('INSERT_FIGURE_COMMAND');

const EMPTY: FigureState = { editor: null, figures: [], selectedKey: null, uploading: 0 };
let state: FigureState = EMPTY;
const listeners = new Set<() => void>();

function set(next: Partial<FigureState>): void {
  state = { ...state, ...next };
  for (const listener of listeners) listener();
}

export const figureStore = {
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  get: (): FigureState => state,

  /** The editor of the open article; returns the detach for when it closes. */
  attach(editor: LexicalEditor): () => void {
    set({ ...EMPTY, editor });
    return () => {
      if (state.editor === editor) set(EMPTY);
    };
  },

  setFigures(figures: readonly EditorFigure[]): void {
    const selectedKey = figures.some((figure) => figure.key === state.selectedKey) ? state.selectedKey : (figures[0]?.key ?? null);
    set({ figures, selectedKey });
  },

  select(key: NodeKey): void {
    if (key !== state.selectedKey) set({ selectedKey: key });
  },

  uploading(delta: number): void {
    set({ uploading: Math.max(0, state.uploading + delta) });
  },
};

export function useFigureState(): FigureState {
  return useSyncExternalStore(figureStore.subscribe, figureStore.get);
}

/** Changes a figure's own fields (caption, alt text, credit, crop, rotation), from the Rights panel: one undoable step. */
export function updateFigure(key: NodeKey, patch: Partial<FigureFields>): void {
  state.editor?.update(
    () => {
      const node = $getNodeByKey(key);
      if ($isFigureNode(node)) node.setFields(patch);
    },
    { tag: [...TYPED_OUTSIDE_THE_TEXT] },
  );
}

/** Selects a figure in the text and brings it into view. */
export function revealFigure(key: NodeKey): void {
  const editor = state.editor;
  if (editor === null) return;
  figureStore.select(key);
  editor.update(() => {
    const selection = $createNodeSelection();
    selection.add(key);
    $setSelection(selection);
  });
  editor.getElementByKey(key)?.scrollIntoView({ block: 'nearest' });
}

export function openImagePicker(): void {
  state.editor?.dispatchCommand(OPEN_IMAGE_PICKER_COMMAND, undefined);
}

export function insertFromLibrary(value: AssetWithRights): void {
  state.editor?.dispatchCommand(INSERT_FIGURE_COMMAND, value);
}

/** Switches the side panel to the Rights tab (showing the selected figure). */
export function showRightsPanel(): void {
  requestShowPanel({ panelId: 'rights', request: { kind: 'showFigure' } });
}
