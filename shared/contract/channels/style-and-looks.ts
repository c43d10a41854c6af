import { z } from 'zod';
import { IdSchema, TimestampSchema } from '../../domain/ids';
import { StyleRulesSchema } from '../../style/rules';
import { ArticleDiffSchema } from '../../diff/types';
import { PersonRefSchema } from '../../domain/workflow';

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

/**
 * What the Changes panel compares the article with: the person's look before this opening;
 * on a first look, the version they last approved, else the writer's latest submission,
 * else what they saw on opening it (`opening`).
 */
export const ChangesBaseSchema = z.object({
  kind: z.enum(['look', 'approval', 'submission', 'opening']),
  at: TimestampSchema,
  /** Who approved or submitted it; null for a look (always the person's own). */
  by: PersonRefSchema.nullable(),
});
export type ChangesBase = z.infer<typeof ChangesBaseSchema>;

export const ChangesSinceSchema = z.object({
  /** Null: nothing to compare with (never opened, submitted or approved by this person). */
  base: ChangesBaseSchema.nullable(),
  currentVersion: z.number().int().nonnegative(),
  /** From the base to the working copy now; null without a base. */
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
    /** `opening`: the person opened the article, so their previous look becomes what the panel compares against; else "mark as seen" (compare from now). */
    input: z.object({ articleId: IdSchema, opening: z.boolean().optional() }).strict(),
    output: ReviewViewSchema,
  },
  'review.compareRevisions': {
    input: z.object({ fromId: IdSchema, toId: IdSchema }).strict(),
    output: ArticleDiffSchema,
  },
} as const;
