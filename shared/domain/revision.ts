import { z } from 'zod';
import { IdSchema, TimestampSchema } from './ids';
import { ArticleMetaSchema } from './article';
import { ArticleBodySchema } from '../content/body';

export const RevisionSummarySchema = z.object({
  id: IdSchema,
  articleId: IdSchema,
  number: z.number().int().positive(),
  name: z.string(),
  /** Why it was made: a user's "Save version", a restore, a workflow step. */
  reason: z.enum(['manual', 'before-restore', 'restore', 'workflow', 'import']),
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  wordCount: z.number().int().nonnegative(),
  author: z.string(),
  createdAt: TimestampSchema,
});
export type RevisionSummary = z.infer<typeof RevisionSummarySchema>;

export const RevisionSchema = RevisionSummarySchema.extend({
  meta: ArticleMetaSchema,
  body: ArticleBodySchema,
});
export type Revision = z.infer<typeof RevisionSchema>;
