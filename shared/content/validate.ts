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

/**
 * How much text a body may hold (the characters of all its strings): some forty times the
 * longest article a newsroom prints. Checked before the body is loaded, so a body far too
 * large is refused in a fraction of the time loading it would hold the process.
 */
export const MAX_BODY_CHARS = 5_000_000;

/**
 * The problem with `value`'s shape, if any: nesting deeper than `maxDepth`, or more than
 * `maxChars` characters of strings. Walks with its own stack, so it cannot overflow either.
 */
export function shapeProblem(value: unknown, maxDepth: number, maxChars: number): 'too deep' | 'too large' | null {
  const pending: Array<[unknown, number]> = [[value, 1]];
  let chars = 0;
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [item, depth] = next;
    if (typeof item === 'string') {
      chars += item.length;
      if (chars > maxChars) return 'too large';
      continue;
    }
    if (item === null || typeof item !== 'object') continue;
    if (depth > maxDepth) return 'too deep';
    for (const child of Array.isArray(item) ? item : Object.values(item)) pending.push([child, depth + 1]);
  }
  return null;
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
  const problem = shapeProblem(parsed.data, MAX_NESTING_DEPTH, MAX_BODY_CHARS);
  if (problem === 'too deep') {
    throw new InvalidBodyError(
      `The document is nested too deeply (more than ${MAX_NESTING_DEPTH} levels, such as lists inside lists); flatten the deepest part and save again.`,
    );
  }
  if (problem === 'too large') {
    throw new InvalidBodyError(
      `The document is too large to keep as one article (more than ${(MAX_BODY_CHARS / 1_000_000).toLocaleString('en')} million characters); split it into several articles.`,
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
