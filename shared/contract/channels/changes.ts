import { z } from 'zod';
import { IdSchema, TimestampSchema } from '../../domain/ids';
import { ArticleDiffSchema } from '../../diff/types';
import { PersonRefSchema } from '../../domain/workflow';

/** A look as the caller gets it back: one person saw the article at this version, then. */
export const LookSummarySchema = z.object({
  articleId: IdSchema,
  /** The working copy's version the person saw. */
  version: z.number().int().nonnegative(),
  seenAt: TimestampSchema,
});
export type LookSummary = z.infer<typeof LookSummarySchema>;

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

/**
 * Changes (the panel of that name): what changed since each person's last look at an
 * article, and what changed between two revisions.
 */
export const changesChannels = {
  'changes.since': {
    input: z.object({ articleId: IdSchema }).strict(),
    output: ChangesSinceSchema,
  },
  'changes.markSeen': {
    /** `opening`: the person opened the article, so their previous look becomes what the panel compares against; else "mark as seen" (compare from now). */
    input: z.object({ articleId: IdSchema, opening: z.boolean().optional() }).strict(),
    output: LookSummarySchema,
  },
  'changes.compareRevisions': {
    input: z.object({ fromId: IdSchema, toId: IdSchema }).strict(),
    output: ArticleDiffSchema,
  },
} as const;
