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

/**
 * How deeply a body's JSON may nest (objects and arrays; a list inside a list costs four).
 * Far beyond any real article, and far below where JSON.stringify, Lexical and the
 * renderers run out of stack: a body that passes here can be stored, hashed, rendered and
 * published. The one limit, checked at save and import.
 */
export const MAX_NESTING_DEPTH = 256;

/** True when `value` nests deeper than `limit`; walks with its own stack, so it cannot overflow either. */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const pending: Array<[unknown, number]> = [[value, 1]];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [item, depth] = next;
    if (item === null || typeof item !== 'object') continue;
    if (depth > limit) return true;
    for (const child of Array.isArray(item) ? item : Object.values(item)) pending.push([child, depth + 1]);
  }
  return false;
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
  if (nestsDeeperThan(parsed.data, MAX_NESTING_DEPTH)) {
    throw new InvalidBodyError(
      `The document is nested too deeply (more than ${MAX_NESTING_DEPTH} levels, such as lists inside lists); flatten the deepest part and save again.`,
    );
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
