import { createHeadlessEditor } from '@lexical/headless';
import { $getRoot, type LexicalEditor, type SerializedEditorState } from 'lexical';
import { galleyNodes } from './nodes';
import { ArticleBodySchema, type ArticleBody } from './body';
import { countWords } from './text';

export interface ValidatedBody {
  body: ArticleBody;
  /** The body as plain text, paragraphs separated by blank lines: what search indexes. */
  text: string;
  wordCount: number;
}

export class InvalidBodyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidBodyError';
  }
}

let shared: LexicalEditor | null = null;

function headlessEditor(): LexicalEditor {
  shared ??= createHeadlessEditor({
    namespace: 'galley-validate',
    nodes: [...galleyNodes],
    onError: (error) => {
      throw error;
    },
  });
  return shared;
}

/**
 * Loads a body into a headless Lexical editor with Galley's node list. Anything Lexical
 * cannot load (an unknown node type, a malformed node) is refused, so a broken document
 * never replaces a good one on disk.
 */
export function validateBody(input: unknown): ValidatedBody {
  const parsed = ArticleBodySchema.safeParse(input);
  if (!parsed.success) {
    throw new InvalidBodyError(`The document is not a Galley body: ${parsed.error.issues[0]?.message ?? 'bad shape'}.`);
  }
  const editor = headlessEditor();
  let text: string;
  try {
    const state = editor.parseEditorState(parsed.data.editorState as unknown as SerializedEditorState);
    text = state.read(() => $getRoot().getTextContent());
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new InvalidBodyError(`The document cannot be loaded: ${reason}`);
  }
  return { body: parsed.data, text, wordCount: countWords(text) };
}
