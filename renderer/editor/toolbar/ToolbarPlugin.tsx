import { useRef } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $toggleLink } from '@lexical/link';
import { runCommand, type AppCommand } from '../../common/commands';
import {
  BulletListIcon,
  CiteIcon,
  CommentIcon,
  FootnoteIcon,
  ImageIcon,
  LinkIcon,
  NumberedListIcon,
  QuoteIcon,
  RedoIcon,
  UndoIcon,
  UnlinkIcon,
} from '../../ui/icons';
import { runEditorCommand, type EditorCommand } from '../commands/editorCommands';
import { useToolbarState } from '../plugins/useSelectionFormat';
import { LinkEditor } from './LinkEditor';
import { ToolbarButton } from './ToolbarButton';
import { useLinkEditing } from './useLinkEditing';
import { OPEN_IMAGE_PICKER_COMMAND } from '../nodes/FigureSelection';
import { useRovingFocus } from './useRovingFocus';

/** The formatting toolbar: every button names itself, shows its shortcut and, for toggles, whether it is on. */
export function ToolbarPlugin() {
  const [editor] = useLexicalComposerContext();
  const state = useToolbarState();
  // With no caret in the text, no style is "on": nothing would receive it.
  const block = state.hasSelection ? state.blockType : null;
  const toolbarRef = useRef<HTMLDivElement>(null);
  const onToolbarKeyDown = useRovingFocus(toolbarRef);
  const link = useLinkEditing();

  const run = (command: EditorCommand) => runEditorCommand(editor, command);

  const toggle = (label: string, command: AppCommand & EditorCommand, pressed: boolean, glyph: string, glyphClass: string) => (
    <ToolbarButton label={label} command={command} pressed={pressed} onRun={() => run(command)}>
      <span className={`tool__glyph ${glyphClass}`} aria-hidden="true">
        {glyph}
      </span>
    </ToolbarButton>
  );

  return (
    <div className="toolbar-wrap">
      <div
        ref={toolbarRef}
        className="toolbar"
        role="toolbar"
        aria-label="Formatting"
        aria-controls="article-body"
        onKeyDown={onToolbarKeyDown}
      >
        <div className="toolbar__group">
          <ToolbarButton label="Undo" command="edit.undo" disabled={!state.canUndo} onRun={() => run('edit.undo')}>
            <UndoIcon />
          </ToolbarButton>
          <ToolbarButton label="Redo" command="edit.redo" disabled={!state.canRedo} onRun={() => run('edit.redo')}>
            <RedoIcon />
          </ToolbarButton>
        </div>
        <div className="toolbar__group">
          {toggle('Paragraph', 'format.paragraph', block === 'paragraph', '¶', 'tool__glyph--block')}
          {toggle('Heading 1', 'format.heading1', block === 'h1', 'H1', 'tool__glyph--block')}
          {toggle('Heading 2', 'format.heading2', block === 'h2', 'H2', 'tool__glyph--block')}
          {toggle('Heading 3', 'format.heading3', block === 'h3', 'H3', 'tool__glyph--block')}
        </div>
        <div className="toolbar__group">
          {toggle('Bold', 'format.bold', state.bold, 'B', 'tool__glyph--bold')}
          {toggle('Italic', 'format.italic', state.italic, 'I', 'tool__glyph--italic')}
          {toggle('Underline', 'format.underline', state.underline, 'U', 'tool__glyph--underline')}
          {toggle('Strikethrough', 'format.strikethrough', state.strikethrough, 'S', 'tool__glyph--strike')}
        </div>
        <div className="toolbar__group">
          <ToolbarButton
            label="Bulleted list"
            command="format.bulletList"
            pressed={block === 'bullet'}
            onRun={() => run('format.bulletList')}
          >
            <BulletListIcon />
          </ToolbarButton>
          <ToolbarButton
            label="Numbered list"
            command="format.numberedList"
            pressed={block === 'number'}
            onRun={() => run('format.numberedList')}
          >
            <NumberedListIcon />
          </ToolbarButton>
          <ToolbarButton
            label="Block quote"
            command="format.quote"
            pressed={block === 'quote'}
            onRun={() => run('format.quote')}
          >
            <QuoteIcon />
          </ToolbarButton>
        </div>
        <div className="toolbar__group">
          <ToolbarButton
            label={state.isLink ? 'Edit link' : 'Insert link'}
            command="format.link"
            pressed={state.isLink}
            onRun={() => run('format.link')}
          >
            <LinkIcon />
          </ToolbarButton>
          <ToolbarButton
            label="Remove link"
            disabled={!state.isLink}
            onRun={() => {
              editor.update(() => $toggleLink(null));
            }}
          >
            <UnlinkIcon />
          </ToolbarButton>
        </div>
        <div className="toolbar__group">
          <ToolbarButton
            label={state.isCitation ? 'Edit citation' : 'Cite'}
            command="format.cite"
            pressed={state.isCitation}
            onRun={() => run('format.cite')}
          >
            <CiteIcon />
          </ToolbarButton>
          <ToolbarButton label="Insert footnote" command="format.footnote" onRun={() => run('format.footnote')}>
            <FootnoteIcon />
          </ToolbarButton>
          <ToolbarButton label="Comment" command="review.comment" onRun={() => runCommand('review.comment')}>
            <CommentIcon />
          </ToolbarButton>
        </div>
        <div className="toolbar__group">
          <ToolbarButton label="Insert image…" onRun={() => editor.dispatchCommand(OPEN_IMAGE_PICKER_COMMAND, undefined)}>
            <ImageIcon />
          </ToolbarButton>
        </div>
      </div>
      {link.draft !== null ? (
        <LinkEditor
          initialUrl={link.draft.url}
          isEditingLink={link.draft.isEditingLink}
          onApply={link.apply}
          onRemove={link.remove}
          onCancel={link.close}
        />
      ) : null}
    </div>
  );
}
