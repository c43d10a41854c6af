import { z } from 'zod';
import { IdSchema } from '../../domain/ids';
import { ArticleMetaSchema, ArticleSchema, ArticleSummarySchema } from '../../domain/article';
import { RevisionSchema, RevisionSummarySchema } from '../../domain/revision';
import { ArticleBodySchema } from '../../content/body';

export const EXPORT_FORMATS = ['html', 'md', 'json', 'txt', 'jsonld', 'ninjs'] as const;
export const ExportFormatSchema = z.enum(EXPORT_FORMATS);
export type ExportFormat = z.infer<typeof ExportFormatSchema>;

export const IMPORT_FORMATS = ['txt', 'md', 'html', 'docx'] as const;
export const ImportFormatSchema = z.enum(IMPORT_FORMATS);

// Above the importers' own 20 MiB limit, so that theirs (with the friendlier message) applies first.
const MAX_IMPORT_CHARS = 21_000_000;
// A binary file of 20 MiB as base64 (4 characters for every 3 bytes), with the same headroom.
const MAX_IMPORT_BASE64 = 28_500_000;
// Pasted HTML: Word puts a lot of markup around a little text, but not this much.
const MAX_PASTE_CHARS = 10_000_000;

/** Articles, their import and export, and their named revisions. */
export const articlesChannels = {
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
        /** The file's text, for text formats (txt, md, html). */
        text: z.string().max(MAX_IMPORT_CHARS).optional(),
        /** The file's bytes as base64, for binary formats (docx). */
        data: z.base64().max(MAX_IMPORT_BASE64).optional(),
      })
      .strict()
      .refine((input) => (input.text === undefined) !== (input.data === undefined), {
        message: 'send the file as either text or data (base64), not both and not neither',
      }),
    output: ArticleSchema,
  },
  /** HTML pasted into the body: sanitised and converted (footnotes kept) as an import would be. */
  'articles.convertPaste': {
    input: z.object({ html: z.string().max(MAX_PASTE_CHARS) }).strict(),
    output: z.object({ body: ArticleBodySchema, warnings: z.array(z.string()) }),
  },
  'articles.export': {
    input: z.object({ id: IdSchema, format: ExportFormatSchema }).strict(),
    output: z.object({ fileName: z.string(), mediaType: z.string(), content: z.string(), note: z.string().optional() }),
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
