import { z } from 'zod';
import { IdSchema, TimestampSchema } from './ids';
import { ArticleBodySchema } from '../content/body';
import { WebUrlSchema } from './web-address';

export const WORKFLOW_STATES = [
  'draft',
  'submitted',
  'in_edit',
  'returned',
  'ready',
  'approved',
  'scheduled',
  'published',
  'correction',
  'unpublished',
  'spiked',
] as const;
export const WorkflowStateSchema = z.enum(WORKFLOW_STATES);
export type WorkflowState = z.infer<typeof WorkflowStateSchema>;

const shortText = (max: number) => z.string().max(max);

/** The editable metadata of an article: everything but the body and the workflow. */
export const ArticleMetaSchema = z.object({
  headline: shortText(500),
  dek: shortText(2000),
  bylines: z.array(shortText(200)).max(20),
  /**
   * Each byline's author page, by the byline's name; absent when none has one (so metadata
   * written before there were author pages is unchanged, and hashes the same).
   */
  bylineUrls: z
    .record(shortText(200), WebUrlSchema)
    .refine((urls) => Object.keys(urls).length <= 20, 'at most 20 author pages')
    .optional(),
  section: shortText(200),
  tags: z.array(shortText(100)).max(50),
  slug: z
    .string()
    .max(200)
    .regex(/^[a-z0-9]*(?:-[a-z0-9]+)*$/, 'a slug is lowercase letters, digits and single hyphens'),
  dateline: shortText(200),
  language: z
    .string()
    .regex(/^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/, 'a language is a BCP 47 tag such as en or ur-PK'),
});
export type ArticleMeta = z.infer<typeof ArticleMetaSchema>;

/**
 * The metadata as kept: an author page only for a byline the article still has, and no
 * `bylineUrls` at all when none has one (the form of metadata from before author pages).
 */
export function keptMeta(meta: ArticleMeta): ArticleMeta {
  const { bylineUrls, ...rest } = meta;
  const kept = Object.entries(bylineUrls ?? {}).filter(([name]) => meta.bylines.includes(name));
  return kept.length === 0 ? rest : { ...rest, bylineUrls: Object.fromEntries(kept) };
}

export const emptyMeta = (): ArticleMeta => ({
  headline: '',
  dek: '',
  bylines: [],
  section: '',
  tags: [],
  slug: '',
  dateline: '',
  language: 'en',
});

/** What the article list shows: no body, so that pages of 100,000 rows stay cheap. */
export const ArticleSummarySchema = z.object({
  id: IdSchema,
  headline: z.string(),
  dek: z.string(),
  section: z.string(),
  state: WorkflowStateSchema,
  wordCount: z.number().int().nonnegative(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  snippet: z.string().optional(),
  /** Where the snippet was found, when not in the body's text: in a footnote's note. */
  snippetIn: z.literal('note').optional(),
});
export type ArticleSummary = z.infer<typeof ArticleSummarySchema>;

/** The working copy of an article as the editor loads it. */
export const ArticleSchema = z.object({
  id: IdSchema,
  meta: ArticleMetaSchema,
  body: ArticleBodySchema,
  state: WorkflowStateSchema,
  /** Increases by one on every save of the working copy; guards against lost updates. */
  version: z.number().int().nonnegative(),
  wordCount: z.number().int().nonnegative(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Article = z.infer<typeof ArticleSchema>;
