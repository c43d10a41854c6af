import { z } from 'zod';
import { IdSchema, TimestampSchema } from './ids';
import { OptionalWebUrlSchema } from './web-address';

/**
 * Comments and claims. Each is anchored in the body by a mark (shared/content/marks) whose
 * id is the record's id; the threads, replies, verdicts and their history live in SQLite.
 */

export const MAX_COMMENT_CHARS = 10_000;
export const MAX_QUOTE_CHARS = 2_000;
export const MAX_NOTE_CHARS = 5_000;

export const PersonRefSchema = z.object({ id: IdSchema, name: z.string() });
export type PersonRef = z.infer<typeof PersonRefSchema>;

export const CommentReplySchema = z.object({
  id: IdSchema,
  author: PersonRefSchema,
  text: z.string(),
  createdAt: TimestampSchema,
});
export type CommentReply = z.infer<typeof CommentReplySchema>;

export const CommentThreadSchema = z.object({
  id: IdSchema,
  articleId: IdSchema,
  /** The words the comment is on, as the saved body has them now; a detached comment shows them as they were. */
  quote: z.string(),
  author: PersonRefSchema,
  text: z.string(),
  createdAt: TimestampSchema,
  blocking: z.boolean(),
  resolved: z.object({ by: PersonRefSchema, at: TimestampSchema }).nullable(),
  /** True when the saved body no longer has the comment's mark (its words were deleted). */
  detached: z.boolean(),
  replies: z.array(CommentReplySchema),
});
export type CommentThread = z.infer<typeof CommentThreadSchema>;

export const CLAIM_STATUSES = ['unchecked', 'verified', 'disputed', 'false', 'unverifiable'] as const;
export const ClaimStatusSchema = z.enum(CLAIM_STATUSES);
export type ClaimStatus = z.infer<typeof ClaimStatusSchema>;

/** Verdicts that need a note saying why (a person reading the verdict later must see the reason). */
export const STATUSES_NEEDING_NOTE: readonly ClaimStatus[] = ['disputed', 'false', 'unverifiable'];

export const ClaimCheckSchema = z.object({
  status: ClaimStatusSchema,
  note: z.string(),
  /** The claim's words when this verdict was given: the verdict covers those words only. */
  quote: z.string(),
  by: PersonRefSchema,
  at: TimestampSchema,
});
export type ClaimCheck = z.infer<typeof ClaimCheckSchema>;

export const CLAIM_AUTHOR_KINDS = ['person', 'organization'] as const;

/**
 * Who made a claim (not who checked it): the person or organisation the article quotes,
 * with a page about them when known. It goes out as the reviewed Claim's author.
 */
export const ClaimAuthorSchema = z
  .object({
    kind: z.enum(CLAIM_AUTHOR_KINDS),
    name: z.string().trim().min(1, 'name who made the claim').max(200),
    url: OptionalWebUrlSchema,
  })
  .strict();
export type ClaimAuthor = z.infer<typeof ClaimAuthorSchema>;

export const ClaimSchema = z.object({
  id: IdSchema,
  articleId: IdSchema,
  /** The claim's words as the saved body has them now (the last known, once its words are deleted). */
  quote: z.string(),
  createdBy: PersonRefSchema,
  createdAt: TimestampSchema,
  status: ClaimStatusSchema,
  note: z.string(),
  /** The last verdict's checker and time; null while unchecked. */
  checked: z.object({ by: PersonRefSchema, at: TimestampSchema }).nullable(),
  sourceIds: z.array(IdSchema),
  /** Who made the claim; null while nobody has said. */
  author: ClaimAuthorSchema.nullable(),
  detached: z.boolean(),
  /** True when the words changed after the last verdict: it no longer counts and must be given again. */
  outdated: z.boolean(),
  /** Every verdict recorded, oldest first. */
  history: z.array(ClaimCheckSchema),
});
export type Claim = z.infer<typeof ClaimSchema>;

export const ArticleReviewSchema = z.object({ comments: z.array(CommentThreadSchema), claims: z.array(ClaimSchema) });
export type ArticleReview = z.infer<typeof ArticleReviewSchema>;
