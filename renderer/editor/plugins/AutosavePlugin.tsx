import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { BLUR_COMMAND, COMMAND_PRIORITY_LOW } from 'lexical';
import { mergeRegister } from '@lexical/utils';
import { ArticleBodySchema, BODY_FORMAT_VERSION } from '../../../shared/content/body';
import type { SaveController } from '../autosave/saveController';
import { isSaveableChange } from '../commands/editTags';

/**
 * Connects the editor to its save queue. The update listener does constant work per
 * keystroke: it ignores updates that changed only the selection (no dirty nodes) and
 * Lexical's own bookkeeping (mounting, plugins normalising existing nodes: both tagged
 * history-merge, unlike a person's merged edit: see editTags), and otherwise only marks
 * the body as changed. Serialising the document
 * happens in the queue, once per save.
 */
export function AutosavePlugin({ controller }: { controller: SaveController }) {
  const [editor] = useLexicalComposerContext();

  useEffect(() => {
    controller.setBodyReader(() =>
      ArticleBodySchema.parse({
        format: 'galley.lexical',
        version: BODY_FORMAT_VERSION,
        editorState: editor.getEditorState().toJSON(),
      }),
    );
    return mergeRegister(
      editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, prevEditorState, tags }) => {
        if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
        if (prevEditorState.isEmpty() || !isSaveableChange(tags)) return;
        controller.bodyChanged();
      }),
      editor.registerCommand(
        BLUR_COMMAND,
        () => {
          void controller.flush();
          return false;
        },
        COMMAND_PRIORITY_LOW,
      ),
    );
  }, [editor, controller]);

  return null;
}
