import { z } from 'zod';
import { IdSchema } from '../../domain/ids';
import { ArticleBodySchema } from '../../content/body';
import {
  ArticleReviewSchema,
  ClaimAuthorSchema,
  ClaimSchema,
  ClaimStatusSchema,
  CommentThreadSchema,
  MAX_COMMENT_CHARS,
  MAX_NOTE_CHARS,
  MAX_QUOTE_CHARS,
} from '../../domain/review';

const Text = z.string().trim().min(1, 'write something first').max(MAX_COMMENT_CHARS);
const Quote = z.string().max(MAX_QUOTE_CHARS);

/** Comments, claims and annotation-only saves (review). */
export const reviewChannels = {
  'review.get': {
    input: z.object({ articleId: IdSchema }).strict(),
    output: ArticleReviewSchema,
  },
  /** The mark carries `comment:<id>`; the editor makes the id, so the mark and the thread agree from the start. */
  'review.addComment': {
    input: z.object({ articleId: IdSchema, id: IdSchema, quote: Quote, text: Text, blocking: z.boolean().default(false) }).strict(),
    output: CommentThreadSchema,
  },
  'review.reply': {
    input: z.object({ commentId: IdSchema, text: Text }).strict(),
    output: CommentThreadSchema,
  },
  'review.resolve': {
    input: z.object({ commentId: IdSchema, resolved: z.boolean() }).strict(),
    output: CommentThreadSchema,
  },
  'review.setBlocking': {
    input: z.object({ commentId: IdSchema, blocking: z.boolean() }).strict(),
    output: CommentThreadSchema,
  },
  'review.addClaim': {
    input: z.object({ articleId: IdSchema, id: IdSchema, quote: Quote }).strict(),
    output: ClaimSchema,
  },
  'review.recordVerdict': {
    input: z.object({ claimId: IdSchema, status: ClaimStatusSchema, note: z.string().max(MAX_NOTE_CHARS).default('') }).strict(),
    output: ClaimSchema,
  },
  'review.setClaimSources': {
    input: z.object({ claimId: IdSchema, sourceIds: z.array(IdSchema).max(100) }).strict(),
    output: ClaimSchema,
  },
  /** Who made the claim: a person or an organisation; null clears it. */
  'review.setClaimAuthor': {
    input: z.object({ claimId: IdSchema, author: ClaimAuthorSchema.nullable() }).strict(),
    output: ClaimSchema,
  },
  /** A save that may only add or remove marks: reviewers comment without taking the text over. */
  'review.annotate': {
    input: z.object({ id: IdSchema, baseVersion: z.number().int().nonnegative(), body: ArticleBodySchema }).strict(),
    output: z.object({ version: z.number().int().nonnegative(), wordCount: z.number().int().nonnegative(), updatedAt: z.string() }),
  },
} as const;
