import { describe, expect, it } from 'vitest';
import { createHeadlessEditor } from '@lexical/headless';
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { $generateJSONFromSelectedNodes, $generateNodesFromSerializedNodes, $insertGeneratedNodes } from '@lexical/clipboard';
import { $isMarkNode, type MarkNode } from '@lexical/mark';
import { registerRichText } from '@lexical/rich-text';
import {
  $createRangeSelection,
  $getRoot,
  $getSelection,
  $isRangeSelection,
  $isElementNode,
  $isTextNode,
  $setSelection,
  CONTROLLED_TEXT_INSERTION_COMMAND,
  HISTORY_MERGE_TAG,
  PASTE_COMMAND,
  UNDO_COMMAND,
  type LexicalEditor,
  type LexicalNode,
  type RangeSelection,
  type SerializedEditorState,
  type TextNode,
} from 'lexical';
import { galleyNodes } from '../../../shared/content/nodes';
import { markRefsIn } from '../../../shared/content/marks';
import { BODY_FORMAT_VERSION, type ArticleBody } from '../../../shared/content/body';
import { bodyOf, markNode, paragraphOf } from '../../support/bodies';
import { registerMarksFollowTyping } from '../../../renderer/editor/review/marksFollowTyping';
import { registerMarksFollowPaste } from '../../../renderer/editor/review/insertIntoMark';

/**
 * Anchor survival: a comment's mark must follow its words through the edits a writer makes
 * around and inside them, through cut and paste within the article, and through undo; when
 * its words are deleted the mark goes, and the service then shows the comment as detached.
 * These run Lexical itself (headless, with the rich-text commands and history registered),
 * so what is asserted is what the editor does.
 */

const ID = 'comment:6f1c2a9e-0b7d-4c55-9a43-3a1b2c3d4e5f';
const QUOTE = 'the bridge will cost 40 million';

function editorWith(body: ArticleBody): LexicalEditor {
  const editor = createHeadlessEditor({ namespace: 'anchors', nodes: [...galleyNodes], onError: (error) => { throw error; } });
  registerRichText(editor);
  registerHistory(editor, createEmptyHistoryState(), 0);
  editor.setEditorState(editor.parseEditorState(body.editorState as unknown as SerializedEditorState), { tag: HISTORY_MERGE_TAG });
  return editor;
}

const start = () => editorWith(bodyOf(paragraphOf('Officials said ', markNode([ID], QUOTE), ' on Tuesday.'), paragraphOf('Work starts in May.')));

const update = (editor: LexicalEditor, fn: () => void) => editor.update(fn, { discrete: true });

function allNodes(): LexicalNode[] {
  const out: LexicalNode[] = [];
  const stack: LexicalNode[] = [$getRoot()];
  while (stack.length > 0) {
    const node = stack.pop()!;
    out.push(node);
    if ($isElementNode(node)) stack.push(...node.getChildren());
  }
  return out;
}

const marksOf = (editor: LexicalEditor): string[] =>
  editor.getEditorState().read(() => allNodes().filter((n): n is MarkNode => $isMarkNode(n) && n.hasID(ID)).map((n) => n.getTextContent()));

const paragraphText = (editor: LexicalEditor, index = 0) => editor.getEditorState().read(() => $getRoot().getChildAtIndex(index)?.getTextContent());

/** The text node holding `needle`, and where in it. */
function $find(needle: string): { node: TextNode; offset: number } {
  for (const node of allNodes()) {
    if ($isTextNode(node) && node.getTextContent().includes(needle)) return { node, offset: node.getTextContent().indexOf(needle) };
  }
  throw new Error(`no text “${needle}”`);
}

function $caret(needle: string, delta: number): void {
  const { node, offset } = $find(needle);
  const selection = $createRangeSelection();
  selection.anchor.set(node.getKey(), offset + delta, 'text');
  selection.focus.set(node.getKey(), offset + delta, 'text');
  $setSelection(selection);
}

function $range(needle: string): ReturnType<typeof $createRangeSelection> {
  const { node, offset } = $find(needle);
  const selection = $createRangeSelection();
  selection.anchor.set(node.getKey(), offset, 'text');
  selection.focus.set(node.getKey(), offset + needle.length, 'text');
  $setSelection(selection);
  return selection;
}

function $getSelectionOrThrow(): RangeSelection {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) throw new Error('no range selection');
  return selection;
}

/** Types `text` one keystroke at a time with the caret `delta` characters into `needle`. */
function typeAt(editor: LexicalEditor, needle: string, delta: number, text: string): void {
  update(editor, () => $caret(needle, delta));
  for (const ch of text) update(editor, () => $getSelectionOrThrow().insertText(ch));
}

/** Ctrl+Z: history applies the earlier state in a later task, as it does in the app. */
async function undo(editor: LexicalEditor): Promise<void> {
  editor.dispatchCommand(UNDO_COMMAND, undefined);
  await new Promise((resolve) => setTimeout(resolve, 0));
}

/** A click: the caret lands first (history folds that into the current entry), then the edit is its own step. */
function click(editor: LexicalEditor, needle: string): void {
  update(editor, () => $caret(needle, 0));
}

const bodyOfEditor = (editor: LexicalEditor): ArticleBody => ({
  format: 'galley.lexical',
  version: BODY_FORMAT_VERSION,
  editorState: editor.getEditorState().toJSON() as unknown as ArticleBody['editorState'],
});

describe('comment and claim anchors in the editor', () => {
  it('keep their words when typing before them: the new words stay outside', () => {
    const editor = start();
    typeAt(editor, QUOTE, 0, 'that ');
    expect(paragraphText(editor)).toBe(`Officials said that ${QUOTE} on Tuesday.`);
    expect(marksOf(editor)).toEqual([QUOTE]);
  });

  it('grow when typing inside them', () => {
    const editor = start();
    typeAt(editor, 'cost', 0, 'now ');
    expect(marksOf(editor)).toEqual(['the bridge will now cost 40 million']);
  });

  it('keep their words when typing right after them: the new words stay outside', () => {
    const editor = start();
    typeAt(editor, ' on Tuesday', 0, ', officials said,');
    expect(paragraphText(editor)).toBe(`Officials said ${QUOTE}, officials said, on Tuesday.`);
    expect(marksOf(editor)).toEqual([QUOTE]);
    // The caret at the very end of the marked words (inside the mark's text) types outside it too.
    typeAt(editor, QUOTE, QUOTE.length, ' (estimate)');
    expect(marksOf(editor)).toEqual([QUOTE]);
    expect(paragraphText(editor)).toBe(`Officials said ${QUOTE} (estimate), officials said, on Tuesday.`);
  });

  it('move with their words through cut and paste within the article', () => {
    const editor = start();
    let copied: ReturnType<typeof $generateJSONFromSelectedNodes> | null = null;
    update(editor, () => {
      const selection = $range(QUOTE);
      copied = $generateJSONFromSelectedNodes(editor, selection);
      selection.removeText();
    });
    expect(marksOf(editor)).toEqual([]);
    update(editor, () => {
      $caret('May', 3);
      const selection = $getSelectionOrThrow();
      $insertGeneratedNodes(editor, $generateNodesFromSerializedNodes(copied!.nodes), selection);
    });
    expect(paragraphText(editor, 1)).toBe(`Work starts in May${QUOTE}.`);
    expect(marksOf(editor)).toEqual([QUOTE]);
    expect(markRefsIn(bodyOfEditor(editor))).toEqual([{ kind: 'comment', id: ID.slice('comment:'.length) }]);
  });

  it('come back with undo after their words were deleted, and are gone (detached) until then', async () => {
    const editor = start();
    click(editor, QUOTE);
    update(editor, () => {
      $range(QUOTE).removeText();
    });
    expect(marksOf(editor)).toEqual([]);
    expect(markRefsIn(bodyOfEditor(editor))).toEqual([]);
    await undo(editor);
    expect(marksOf(editor)).toEqual([QUOTE]);
    expect(paragraphText(editor)).toBe(`Officials said ${QUOTE} on Tuesday.`);
  });

  it('survive undo of typing inside them', async () => {
    const editor = start();
    typeAt(editor, 'cost', 0, 'now ');
    for (let i = 0; i < 'now '.length; i += 1) await undo(editor);
    expect(marksOf(editor)).toEqual([QUOTE]);
    expect(paragraphText(editor)).toBe(`Officials said ${QUOTE} on Tuesday.`);
  });
});

/*
 * Retyping: each keystroke arrives as the editor's text-insertion command, as Lexical
 * dispatches it for typing it handles itself (at a mark's edge, over a selection).
 */

/** Selects from `delta` characters into `from` to `endDelta` characters into `to` (a caret when they meet). */
function select(editor: LexicalEditor, from: string, delta: number, to = from, endDelta = delta): void {
  update(editor, () => {
    const a = $find(from);
    const b = $find(to);
    const selection = $createRangeSelection();
    selection.anchor.set(a.node.getKey(), a.offset + delta, 'text');
    selection.focus.set(b.node.getKey(), b.offset + endDelta, 'text');
    $setSelection(selection);
  });
}

/** One keystroke at a time, each its own update, as Lexical dispatches them. */
function typeKeys(editor: LexicalEditor, text: string): void {
  for (const ch of text) update(editor, () => editor.dispatchCommand(CONTROLLED_TEXT_INSERTION_COMMAND, ch));
}

/** Backspace, one character at a time (the character before the caret selected and removed, as Lexical does). */
function backspace(editor: LexicalEditor, times: number): void {
  for (let i = 0; i < times; i += 1) {
    update(editor, () => {
      const selection = $getSelection();
      if (!$isRangeSelection(selection) || selection.anchor.type !== 'text') throw new Error('no caret in text');
      selection.anchor.set(selection.anchor.key, selection.anchor.offset - 1, 'text');
      selection.removeText();
    });
  }
}

/** The editor as the app has it: typing in a mark keeps the words there (renderer/editor/review/marksFollowTyping). */
function retypable(): LexicalEditor {
  const editor = start();
  registerMarksFollowTyping(editor);
  return editor;
}

describe('retyping the words of a comment or claim', () => {
  it('keeps the new words in the mark when its last words are selected and typed over', () => {
    const editor = retypable();
    select(editor, 'million', 0, 'million', 'million'.length);
    typeKeys(editor, 'billion');
    expect(marksOf(editor)).toEqual(['the bridge will cost 40 billion']);
    expect(paragraphText(editor)).toBe('Officials said the bridge will cost 40 billion on Tuesday.');
  });

  it('keeps the mark, with the new words, when all of its words are typed over', () => {
    const editor = retypable();
    select(editor, QUOTE, 0, QUOTE, QUOTE.length);
    typeKeys(editor, 'the tunnel is free');
    expect(marksOf(editor)).toEqual(['the tunnel is free']);
    expect(paragraphText(editor)).toBe('Officials said the tunnel is free on Tuesday.');
  });

  it('keeps the new words in the mark when a selection from inside it to the text after it is typed over', () => {
    const editor = retypable();
    select(editor, 'million', 0, ' on Tuesday', ' on'.length);
    typeKeys(editor, 'billion');
    expect(marksOf(editor)).toEqual(['the bridge will cost 40 billion']);
    expect(paragraphText(editor)).toBe('Officials said the bridge will cost 40 billion Tuesday.');
  });

  it('keeps the new words in the mark when its last characters are deleted and typed again', () => {
    const editor = retypable();
    select(editor, QUOTE, QUOTE.length);
    backspace(editor, '40 million'.length);
    typeKeys(editor, '38 million');
    expect(marksOf(editor)).toEqual([QUOTE.replace('40', '38')]);
    expect(paragraphText(editor)).toBe(`Officials said ${QUOTE.replace('40', '38')} on Tuesday.`);
  });

  it('leaves words typed next to the mark outside it, with a caret only placed there', () => {
    const editor = retypable();
    select(editor, QUOTE, QUOTE.length);
    typeKeys(editor, ' (estimate)');
    select(editor, QUOTE, 0);
    typeKeys(editor, 'that ');
    expect(marksOf(editor)).toEqual([QUOTE]);
    expect(paragraphText(editor)).toBe(`Officials said that ${QUOTE} (estimate) on Tuesday.`);
  });
});

/*
 * Pasting: the clipboard event as the rich-text plugin receives it, with the app's paste
 * rule registered (renderer/editor/review/insertIntoMark); PasteHtmlPlugin inserts converted
 * HTML through the same rule.
 */

/** A clipboard holding `types`, as a paste event carries it. */
function clipboard(types: Record<string, string>): DataTransfer {
  return { types: Object.keys(types), files: [], getData: (type: string) => types[type] ?? '' } as unknown as DataTransfer;
}

/*
 * Node has no DOM event classes; the rich-text plugin's paste only asks whether the event is
 * one of these (it is not), so empty stand-ins let Lexical's own paste run here.
 */
for (const name of ['DragEvent', 'InputEvent', 'KeyboardEvent', 'ClipboardEvent'] as const) {
  (globalThis as Record<string, unknown>)[name] ??= class {};
}

function paste(editor: LexicalEditor, types: Record<string, string>): void {
  const event = { clipboardData: clipboard(types), preventDefault: () => {} } as unknown as ClipboardEvent;
  update(editor, () => editor.dispatchCommand(PASTE_COMMAND, event));
}

function pastable(): LexicalEditor {
  const editor = retypable();
  registerMarksFollowPaste(editor);
  return editor;
}

describe('pasting over the words of a comment or claim', () => {
  it('keeps pasted plain text in the mark when its last words are selected and pasted over', () => {
    const editor = pastable();
    select(editor, 'million', 0, 'million', 'million'.length);
    paste(editor, { 'text/plain': 'billion' });
    expect(marksOf(editor)).toEqual(['the bridge will cost 40 billion']);
    expect(paragraphText(editor)).toBe('Officials said the bridge will cost 40 billion on Tuesday.');
  });

  it('keeps the mark, with the pasted words, when all of its words are pasted over', () => {
    const editor = pastable();
    select(editor, QUOTE, 0, QUOTE, QUOTE.length);
    paste(editor, { 'text/plain': 'the tunnel is free' });
    expect(marksOf(editor)).toEqual(['the tunnel is free']);
    expect(paragraphText(editor)).toBe('Officials said the tunnel is free on Tuesday.');
  });

  it('keeps words copied within the article in the mark when pasted over its last words', () => {
    const editor = pastable();
    let copied = '';
    update(editor, () => {
      copied = JSON.stringify($generateJSONFromSelectedNodes(editor, $range('Work')));
    });
    select(editor, '40 million', 0, ' on Tuesday', ' on'.length);
    paste(editor, { 'application/x-lexical-editor': copied, 'text/plain': 'Work' });
    expect(marksOf(editor)).toEqual(['the bridge will cost Work']);
    expect(paragraphText(editor)).toBe('Officials said the bridge will cost Work Tuesday.');
  });

  it('leaves a paste at a caret next to the mark outside it', () => {
    const editor = pastable();
    select(editor, QUOTE, QUOTE.length);
    paste(editor, { 'text/plain': ' (estimate)' });
    expect(marksOf(editor)).toEqual([QUOTE]);
    expect(paragraphText(editor)).toBe(`Officials said ${QUOTE} (estimate) on Tuesday.`);
  });
});
