import { z } from 'zod';
import { IdSchema, TimestampSchema } from '../../domain/ids';
import { StyleRulesSchema } from '../../style/rules';
import { ArticleDiffSchema } from '../../diff/types';

export const StoredStyleRulesSchema = z.object({
  rules: StyleRulesSchema,
  /** True while the newsroom has not changed Galley's default rules. */
  isDefault: z.boolean(),
  updatedBy: z.string().nullable(),
  updatedAt: TimestampSchema.nullable(),
});
export type StoredStyleRules = z.infer<typeof StoredStyleRulesSchema>;

export const ReviewViewSchema = z.object({
  articleId: IdSchema,
  /** The working copy's version the person saw. */
  version: z.number().int().nonnegative(),
  seenAt: TimestampSchema,
});
export type ReviewView = z.infer<typeof ReviewViewSchema>;

export const ChangesSinceSchema = z.object({
  /** The person's last look, or null when they have never opened the article. */
  lastSeen: ReviewViewSchema.nullable(),
  currentVersion: z.number().int().nonnegative(),
  /** From the last look to the working copy now; null without a last look. */
  diff: ArticleDiffSchema.nullable(),
});
export type ChangesSince = z.infer<typeof ChangesSinceSchema>;

/** House style and review: the rule set, each reviewer's last look, and comparing revisions. Spread into ../channels. */
export const styleAndLooksChannels = {
  'style.rules.get': {
    input: z.object({}).strict(),
    output: StoredStyleRulesSchema,
  },
  'style.rules.set': {
    input: z.object({ rules: StyleRulesSchema }).strict(),
    output: StoredStyleRulesSchema,
  },
  'review.changes': {
    input: z.object({ articleId: IdSchema }).strict(),
    output: ChangesSinceSchema,
  },
  'review.markSeen': {
    input: z.object({ articleId: IdSchema }).strict(),
    output: ReviewViewSchema,
  },
  'review.compareRevisions': {
    input: z.object({ fromId: IdSchema, toId: IdSchema }).strict(),
    output: ArticleDiffSchema,
  },
} as const;
