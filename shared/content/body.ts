import { z } from 'zod';

/**
 * The stored body: a Lexical editor state wrapped with its format version, so that a
 * later Galley can migrate old documents instead of guessing.
 *
 * The schema is deliberately shallow. Deep validation (every node type known, every
 * field well-formed) is done by loading the state into a headless Lexical editor with
 * Galley's node list: see `validateBody` in ./validate.
 */
export const BODY_FORMAT_VERSION = 1 as const;

export const SerializedRootSchema = z.looseObject({
  type: z.literal('root'),
  children: z.array(z.unknown()),
});

export const ArticleBodySchema = z.object({
  format: z.literal('galley.lexical'),
  version: z.literal(BODY_FORMAT_VERSION),
  editorState: z.looseObject({ root: SerializedRootSchema }),
});
export type ArticleBody = z.infer<typeof ArticleBodySchema>;

/** An empty document: one empty paragraph, as Lexical itself starts. */
export function emptyBody(): ArticleBody {
  return {
    format: 'galley.lexical',
    version: BODY_FORMAT_VERSION,
    editorState: {
      root: {
        type: 'root',
        version: 1,
        direction: null,
        format: '',
        indent: 0,
        children: [
          {
            type: 'paragraph',
            version: 1,
            direction: null,
            format: '',
            indent: 0,
            textFormat: 0,
            textStyle: '',
            children: [],
          },
        ],
      },
    },
  };
}
