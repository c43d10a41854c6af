import { useEffect, useMemo, useRef, type MouseEvent } from 'react';
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { PlainTextPlugin } from '@lexical/react/LexicalPlainTextPlugin';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { LinkNode } from '@lexical/link';
import { mergeRegister } from '@lexical/utils';
import { $getRoot, COMMAND_PRIORITY_HIGH, HISTORY_MERGE_TAG, KEY_DOWN_COMMAND, type LexicalEditor, type NodeKey } from 'lexical';
import { safeLinkUrl } from '../../../shared/content/render/safe-url';
import { commandForKeyEvent, shortcutFor, shortcutsFor } from '../commands/shortcuts';
import { ariaShortcut, shortcutLabel } from '../../app/platformKeys';
import { OPEN_LINK_EDITOR_COMMAND } from '../commands/editorCommands';
import { isAllowedLinkUrl } from '../commands/linkUrl';
import { useArticleQuotes } from '../plugins/articleQuotes';
import { CurlTypedQuotes } from '../plugins/SmartQuotesPlugin';
import { LinkEditor } from '../toolbar/LinkEditor';
import { useLinkEditing } from '../toolbar/useLinkEditing';
import { editorTheme } from '../theme/editorTheme';
import { $fillNote, $readNote, sameNote, type NoteValue } from './noteDocument';
import { NoteEditSession } from './noteEditing';
import '../../css/note-editor.css';

/** Marks the note editor's own updates that load what the footnote holds: they are not edits to write back. */
const LOADED_TAG = 'galley-note-loaded';

interface Props {
  /** The article's editor, which keeps the footnote. */
  editor: LexicalEditor;
  nodeKey: NodeKey;
  note: NoteValue;
  readOnly: boolean;
  label: string;
  placeholder: string;
  /** The text box's look where it sits (the popover's or the panel's). */
  className: string;
  /** Focus the note with the caret at its end as soon as it is on screen (the popover). */
  autoFocus?: boolean;
}

/**
 * A footnote's note, written in place (its popover) or in the Footnotes panel: plain text
 * whose words may carry links. It is a small editor of its own, so links show as links;
 * every change goes straight into the footnote as flat text and link ranges, the form the
 * article keeps (shared/content/nodes/note-links). Ctrl+K (or "Link…") links the selected
 * words; Ctrl+click opens a link, in the browser, never in Galley's window. Quotes typed
 * in it curl as in the body, to the article's quotes.
 */
export function NoteEditor({ editor, nodeKey, note, readOnly, label, placeholder, className, autoFocus = false }: Props) {
  const quotes = useArticleQuotes(editor);
  const initialConfig = useMemo<InitialConfigType>(
    () => ({
      namespace: 'galley-note',
      nodes: [LinkNode],
      theme: { link: editorTheme.link },
      editable: !readOnly,
      editorState: () => $fillNote(note),
      onError: (error) => {
        throw error;
      },
    }),
    // The first value only: later ones arrive through NoteSync.
    [],
  );
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <div className="note-editor">
        <PlainTextPlugin
          contentEditable={
            <ContentEditable
              className={`input note-editor__text ${className}`}
              aria-label={label}
              aria-multiline
              aria-readonly={readOnly}
              spellCheck
              aria-placeholder={placeholder}
              placeholder={<div className="note-editor__placeholder" aria-hidden="true">{placeholder}</div>}
              onClick={openLinkOnModifiedClick}
            />
          }
          ErrorBoundary={LexicalErrorBoundary}
        />
        <HistoryPlugin />
        <LinkPlugin validateUrl={isAllowedLinkUrl} />
        <NoteSync editor={editor} nodeKey={nodeKey} note={note} readOnly={readOnly} autoFocus={autoFocus} />
        {readOnly ? null : <NoteLinks />}
        {readOnly ? null : <CurlTypedQuotes quotes={quotes} />}
      </div>
    </LexicalComposer>
  );
}

/** Ctrl+click (Cmd+click on a Mac) on a link opens it in a new window: the browser's, in the app (see electron/app/guards). */
function openLinkOnModifiedClick(event: MouseEvent<HTMLElement>): void {
  if (!(event.ctrlKey || event.metaKey) || !(event.target instanceof Element)) return;
  const anchor = event.target.closest('a[href]');
  if (anchor === null) return;
  event.preventDefault();
  const url = safeLinkUrl(anchor.getAttribute('href') ?? '');
  if (url !== null) window.open(url, '_blank', 'noopener,noreferrer');
}

/** Keeps the note editor and the footnote in step, both ways. */
function NoteSync({ editor, nodeKey, note, readOnly, autoFocus }: { editor: LexicalEditor; nodeKey: NodeKey; note: NoteValue; readOnly: boolean; autoFocus: boolean }) {
  const [noteEditor] = useLexicalComposerContext();
  const session = useRef<NoteEditSession | null>(null);

  useEffect(() => noteEditor.setEditable(!readOnly), [noteEditor, readOnly]);

  // What is typed goes into the footnote. One writing session per visit: Ctrl+Z in the text undoes it whole.
  useEffect(
    () =>
      mergeRegister(
        noteEditor.registerRootListener((root, previous) => {
          const start = () => (session.current = new NoteEditSession(editor, nodeKey));
          const end = () => (session.current = null);
          previous?.removeEventListener('focus', start);
          previous?.removeEventListener('blur', end);
          root?.addEventListener('focus', start);
          root?.addEventListener('blur', end);
        }),
        noteEditor.registerUpdateListener(({ editorState, dirtyElements, dirtyLeaves, tags }) => {
          if (tags.has(LOADED_TAG) || (dirtyElements.size === 0 && dirtyLeaves.size === 0)) return;
          const value = editorState.read($readNote);
          (session.current ??= new NoteEditSession(editor, nodeKey)).write(value);
        }),
        noteEditor.registerCommand(
          KEY_DOWN_COMMAND,
          (event) => {
            if (commandForKeyEvent(event) !== 'format.link') return false;
            event.preventDefault();
            noteEditor.dispatchCommand(OPEN_LINK_EDITOR_COMMAND, undefined);
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
      ),
    [noteEditor, editor, nodeKey],
  );

  // The footnote changed elsewhere (the other place it is written, undo) while this one is not being typed in.
  useEffect(() => {
    const root = noteEditor.getRootElement();
    if (root !== null && root.contains(document.activeElement)) return;
    if (sameNote(noteEditor.getEditorState().read($readNote), note)) return;
    noteEditor.update(() => $fillNote(note), { tag: [LOADED_TAG, HISTORY_MERGE_TAG] });
  }, [noteEditor, note]);

  useEffect(() => {
    if (!autoFocus) return;
    // Writing carries on at the end of what the note already says.
    noteEditor.focus(() => noteEditor.update(() => $getRoot().selectEnd()), { defaultSelection: 'rootEnd' });
  }, [noteEditor, autoFocus]);

  return null;
}

/** The "Link…" button and the box for a link's address, as in the article's toolbar. */
function NoteLinks() {
  const [noteEditor] = useLexicalComposerContext();
  const { draft, apply, remove, close } = useLinkEditing();
  const shortcut = shortcutFor('format.link');
  return (
    <>
      <div className="note-editor__tools">
        <button
          type="button"
          className="button button--small button--quiet"
          // Named by its words alone: the tooltip drawn from data-tooltip would otherwise join the name.
          aria-label="Link…"
          aria-keyshortcuts={shortcutsFor('format.link').map(ariaShortcut).join(' ') || undefined}
          data-tooltip={shortcut === null ? 'Link the selected words' : `Link the selected words (${shortcutLabel(shortcut)})`}
          // The selected words stay selected: the button does not take the focus from them.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => noteEditor.dispatchCommand(OPEN_LINK_EDITOR_COMMAND, undefined)}
        >
          Link…
        </button>
      </div>
      {draft === null ? null : <LinkEditor inline initialUrl={draft.url} isEditingLink={draft.isEditingLink} onApply={apply} onRemove={remove} onCancel={close} />}
    </>
  );
}
