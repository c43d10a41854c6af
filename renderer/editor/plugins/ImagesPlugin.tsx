import { useCallback, useEffect, useRef } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { DRAG_DROP_PASTE } from '@lexical/rich-text';
import { $insertNodeToNearestRoot, mergeRegister } from '@lexical/utils';
import {
  $getRoot,
  $getSelection,
  $isNodeSelection,
  COMMAND_PRIORITY_HIGH,
  COMMAND_PRIORITY_LOW,
  DRAGOVER_COMMAND,
  type LexicalEditor,
} from 'lexical';
import { $createFigureNode, $isFigureNode, FigureNode } from '../../../shared/content/nodes/figure';
import type { AssetWithRights } from '../../../shared/domain/asset';
import { IMAGE_FORMATS } from '../../../shared/domain/asset';
import { errorMessage } from '../../platform/api';
import { useApi } from '../../platform/ApiContext';
import { useToasts } from '../../ui/toasts';
import { rememberAsset } from '../../common/assets/FigureAssets';
import {
  figureStore,
  INSERT_FIGURE_COMMAND,
  OPEN_IMAGE_PICKER_COMMAND,
  revealFigure,
  showRightsPanel,
  type EditorFigure,
} from '../nodes/FigureSelection';
import { onSelectLocation } from '../../common/locationEvents';

/** The same limit as the library's (electron/assets/limits): refused here before the file is read. */
const MAX_IMAGE_BYTES = 30 * 1024 * 1024;
const ACCEPT = IMAGE_FORMATS.map((format) => `image/${format}`).join(',');
const IMAGE_NAME = /\.(jpe?g|png|webp|gif|avif)$/i;

/** Files that look like images go to the library, which judges them by their bytes; anything else is left to other handlers. */
const looksLikeImage = (file: File) => file.type.startsWith('image/') || IMAGE_NAME.test(file.name);

function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(new Error(`“${file.name}” could not be read from the disk.`));
    reader.readAsDataURL(file);
  });
}

/** The article's figures in document order (figures are top-level blocks). */
function $figures(): EditorFigure[] {
  return $getRoot()
    .getChildren()
    .filter($isFigureNode)
    .map((node) => ({ key: node.getKey(), fields: node.getFields() }));
}

function insertFigure(editor: LexicalEditor, value: AssetWithRights): void {
  let key: string | null = null;
  editor.update(
    () => {
      const node = $createFigureNode({
        assetId: value.asset.id,
        caption: value.asset.suggestedCaption,
        alt: value.asset.suggestedAlt,
      });
      key = $insertNodeToNearestRoot(node).getKey();
    },
    {
      onUpdate: () => {
        if (key === null) return;
        figureStore.select(key);
        // Show what the file's metadata filled in, and what is still missing.
        showRightsPanel();
      },
    },
  );
}

/**
 * Images into the text: by the file picker, by dropping files on the text, or by pasting
 * an image. Each file is sent to the library (which checks its bytes, stores it once and
 * reads its IPTC/XMP rights) and comes back as a figure at the caret. Also keeps the
 * Rights panel told of the article's figures and which one is selected.
 */
export function ImagesPlugin() {
  const [editor] = useLexicalComposerContext();
  const api = useApi();
  const toasts = useToasts();
  const picker = useRef<HTMLInputElement>(null);

  const addFiles = useCallback(
    async (files: readonly File[]) => {
      for (const file of files) {
        if (!editor.isEditable()) {
          toasts.showError('This article cannot be changed now, so no image can be added to it.');
          return;
        }
        if (file.size > MAX_IMAGE_BYTES) {
          toasts.showError(`“${file.name}” is ${(file.size / 1048576).toFixed(0)} MB; the limit for an image is 30 MB. Save a smaller copy and add that.`);
          continue;
        }
        figureStore.uploading(1);
        try {
          const added = await api.call('assets.add', { fileName: file.name || 'pasted image', data: await readAsBase64(file) });
          rememberAsset(added);
          insertFigure(editor, added);
          if (added.duplicate) toasts.showInfo(`“${added.asset.fileName}” was already in the library: it is used with the rights recorded there.`);
        } catch (error) {
          toasts.showError(`Couldn't add the image: ${errorMessage(error)}`);
        } finally {
          figureStore.uploading(-1);
        }
      }
    },
    [api, editor, toasts],
  );

  useEffect(() => {
    const detach = figureStore.attach(editor);
    editor.getEditorState().read(() => figureStore.setFigures($figures()));
    return mergeRegister(
      detach,
      // "Show me where" for a finding about an image (the Checks panel): select its figure and show its rights.
      onSelectLocation((location) => {
        if (location.kind !== 'asset') return false;
        const figure = figureStore.get().figures.find((each) => each.fields.assetId === location.assetId);
        if (figure === undefined) return false;
        revealFigure(figure.key);
        showRightsPanel();
        return true;
      }),
      // Only a figure being added, changed or removed refreshes the list: typing costs nothing here.
      editor.registerMutationListener(
        FigureNode,
        () => editor.getEditorState().read(() => figureStore.setFigures($figures())),
        { skipInitialization: true },
      ),
      editor.registerUpdateListener(({ editorState }) => {
        editorState.read(() => {
          const selection = $getSelection();
          if (!$isNodeSelection(selection)) return;
          const figure = selection.getNodes().find($isFigureNode);
          if (figure !== undefined) figureStore.select(figure.getKey());
        });
      }),
      editor.registerCommand(
        DRAG_DROP_PASTE,
        (files) => {
          const images = files.filter(looksLikeImage);
          if (images.length === 0) return false;
          void addFiles(images);
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
      // Dropping files anywhere on the text must reach DROP (which turns it into DRAG_DROP_PASTE),
      // never the browser's default of opening the file.
      editor.registerCommand(
        DRAGOVER_COMMAND,
        (event) => {
          if (!event.dataTransfer?.types.includes('Files')) return false;
          event.preventDefault();
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
      editor.registerCommand(
        OPEN_IMAGE_PICKER_COMMAND,
        () => {
          picker.current?.click();
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
      editor.registerCommand(
        INSERT_FIGURE_COMMAND,
        (value) => {
          rememberAsset(value);
          insertFigure(editor, value);
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
    );
  }, [editor, addFiles]);

  return (
    <input
      ref={picker}
      type="file"
      accept={ACCEPT}
      multiple
      hidden
      aria-hidden="true"
      tabIndex={-1}
      data-testid="image-file-input"
      onChange={(event) => {
        const files = [...(event.currentTarget.files ?? [])];
        event.currentTarget.value = '';
        if (files.length > 0) void addFiles(files);
      }}
    />
  );
}
