import { z } from 'zod';
import { IdSchema } from '../domain/ids';
import {
  ArticleMetaSchema,
  ArticleSchema,
  ArticleSummarySchema,
} from '../domain/article';
import { RevisionSchema, RevisionSummarySchema } from '../domain/revision';
import { SessionSchema } from '../domain/session';
import { ArticleBodySchema } from '../content/body';

/**
 * The one list of channels. The main-process router validates every input and output
 * against these schemas; the renderer's client is typed from them. Adding a channel
 * here is the only way to add one.
 */
export const EXPORT_FORMATS = ['html', 'md', 'json', 'txt'] as const;
export const ExportFormatSchema = z.enum(EXPORT_FORMATS);
export type ExportFormat = z.infer<typeof ExportFormatSchema>;

export const IMPORT_FORMATS = ['txt', 'md', 'html'] as const;
export const ImportFormatSchema = z.enum(IMPORT_FORMATS);

// Above the importers' own 20 MiB limit, so that theirs (with the friendlier message) applies first.
const MAX_IMPORT_CHARS = 21_000_000;

export const channels = {
  'session.current': {
    input: z.object({}).strict(),
    output: SessionSchema,
  },
  'articles.create': {
    input: z.object({ meta: ArticleMetaSchema.partial().optional() }).strict(),
    output: ArticleSchema,
  },
  'articles.get': {
    input: z.object({ id: IdSchema }).strict(),
    output: ArticleSchema,
  },
  'articles.list': {
    input: z
      .object({
        /** Full-text query over headline, dek and body; empty lists everything. */
        query: z.string().max(500).default(''),
        offset: z.number().int().min(0).max(10_000_000).default(0),
        limit: z.number().int().min(1).max(500).default(100),
      })
      .strict(),
    output: z.object({
      items: z.array(ArticleSummarySchema),
      total: z.number().int().nonnegative(),
    }),
  },
  'articles.save': {
    input: z
      .object({
        id: IdSchema,
        /** The version the editor loaded or last saved; a mismatch is a CONFLICT, never a silent overwrite. */
        baseVersion: z.number().int().nonnegative(),
        meta: ArticleMetaSchema.optional(),
        body: ArticleBodySchema.optional(),
      })
      .strict(),
    output: z.object({
      version: z.number().int().nonnegative(),
      wordCount: z.number().int().nonnegative(),
      updatedAt: z.string(),
    }),
  },
  'articles.import': {
    input: z
      .object({
        fileName: z.string().min(1).max(500),
        format: ImportFormatSchema.optional(),
        text: z.string().max(MAX_IMPORT_CHARS),
      })
      .strict(),
    output: ArticleSchema,
  },
  'articles.export': {
    input: z.object({ id: IdSchema, format: ExportFormatSchema }).strict(),
    output: z.object({ fileName: z.string(), mediaType: z.string(), content: z.string() }),
  },
  'revisions.create': {
    input: z.object({ articleId: IdSchema, name: z.string().trim().min(1).max(200) }).strict(),
    output: RevisionSummarySchema,
  },
  'revisions.list': {
    input: z.object({ articleId: IdSchema }).strict(),
    output: z.array(RevisionSummarySchema),
  },
  'revisions.get': {
    input: z.object({ id: IdSchema }).strict(),
    output: RevisionSchema,
  },
  'revisions.restore': {
    input: z.object({ articleId: IdSchema, revisionId: IdSchema }).strict(),
    output: ArticleSchema,
  },
} as const;

export type Channels = typeof channels;
export type ChannelName = keyof Channels;
export type ChannelInput<C extends ChannelName> = z.input<Channels[C]['input']>;
export type ChannelParsedInput<C extends ChannelName> = z.output<Channels[C]['input']>;
export type ChannelOutput<C extends ChannelName> = z.output<Channels[C]['output']>;

export const CHANNEL_NAMES = Object.keys(channels) as ChannelName[];
export const isChannelName = (name: unknown): name is ChannelName =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(channels, name);
